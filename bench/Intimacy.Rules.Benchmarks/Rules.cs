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

public sealed class ThresholdActivator(int count, Counter counter) : IRuleActivator
{
    public IEnumerable<Rule> Activate(Type type) => Enumerable.Range(0, count).Select(i => (Rule)new ThresholdRule(i, counter));
}

public sealed class EvenReadingRule(Counter counter) : Rule
{
    public override void Define()
    {
        Reading reading = null!;
        When().Match(() => reading, r => r.Value % 2 == 0);
        Then().Do(ctx => counter.Increment());
    }
}

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

public sealed class YieldRule : Rule
{
    public override void Define()
    {
        Reading reading = null!;
        When().Match(() => reading);
        Then().Yield(ctx => new Derived(reading.Id));
    }
}

public sealed class ConsumeDerivedRule(Counter counter) : Rule
{
    public override void Define()
    {
        Derived derived = null!;
        When().Match(() => derived);
        Then().Do(ctx => counter.Increment());
    }
}

public sealed class InstanceActivator(params Rule[] rules) : IRuleActivator
{
    public IEnumerable<Rule> Activate(Type type) => rules.Where(r => r.GetType() == type);
}
