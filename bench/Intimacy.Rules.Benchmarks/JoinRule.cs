using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

public sealed class JoinRule(Counter counter) : Rule
{
    public override void Define()
    {
        Left left = null!;
        Right right = null!;
        When()
            .Match(() => left)
            .Match(() => right, r => r.LeftId == left.Id);
        Then().Do(ctx => counter.Increment());
    }
}
