using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

public sealed class YieldRule : Rule
{
    public override void Define()
    {
        Reading reading = null!;
        When().Match(() => reading);
        Then().Yield(ctx => new Derived(reading.Id));
    }
}
