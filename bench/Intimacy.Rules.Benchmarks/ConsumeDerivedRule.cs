using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

public sealed class ConsumeDerivedRule(Counter counter) : Rule
{
    public override void Define()
    {
        Derived derived = null!;
        When().Match(() => derived);
        Then().Do(ctx => counter.Increment());
    }
}
