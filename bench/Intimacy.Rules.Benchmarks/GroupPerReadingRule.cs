using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

/// <summary>A query with one group per reading (readings have distinct ids): the worst case of a recompute per insert.</summary>
public sealed class GroupPerReadingRule(Counter counter) : Rule
{
    public override void Define()
    {
        IGrouping<int, Reading> group = null!;
        When().Query(() => group, q => q.Match<Reading>().GroupBy(r => r.Id));
        Then().Do(ctx => counter.Increment());
    }
}
