using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

/// <summary>One of many distinct single-pattern rules: each instance has its own threshold and name.</summary>
public sealed class ThresholdRule(int threshold, Counter counter) : Rule
{
    public override void Define()
    {
        Name("threshold-" + threshold);
        Reading reading = null!;
        When().Match(() => reading, r => r.Value == threshold);
        Then().Do(ctx => counter.Increment());
    }
}
