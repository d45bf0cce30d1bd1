using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

public sealed class EvenReadingRule(Counter counter) : Rule
{
    public override void Define()
    {
        Reading reading = null!;
        When().Match(() => reading, r => r.Value % 2 == 0);
        Then().Do(ctx => counter.Increment());
    }
}
