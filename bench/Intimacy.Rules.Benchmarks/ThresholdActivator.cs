using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

public sealed class ThresholdActivator(int count, Counter counter) : IRuleActivator
{
    public IEnumerable<Rule> Activate(Type type) => Enumerable.Range(0, count).Select(i => (Rule)new ThresholdRule(i, counter));
}
