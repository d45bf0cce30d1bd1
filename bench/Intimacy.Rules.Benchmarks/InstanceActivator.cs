using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

public sealed class InstanceActivator(params Rule[] rules) : IRuleActivator
{
    public IEnumerable<Rule> Activate(Type type) => rules.Where(r => r.GetType() == type);
}
