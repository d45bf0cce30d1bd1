using Intimacy.Core.Profiles;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// The app rule the regression tests write again and again: for every couple profile it inserts the facts
/// (candidates, findings) that <see cref="Facts"/> makes, fresh each time it fires, in order. A derived rule
/// gives its own name and priority attributes.
/// </summary>
public abstract class InsertingRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CoupleProfile profile = null!;

        When()
            .Match(() => profile);
        Then()
            .Do(ctx => InsertFacts(ctx));
    }

    /// <summary>The facts to insert, made anew for each firing.</summary>
    protected abstract IEnumerable<object> Facts();

    private void InsertFacts(IContext ctx)
    {
        foreach (var fact in Facts())
        {
            ctx.Insert(fact);
        }
    }
}
