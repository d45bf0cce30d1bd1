using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Tests.Domain;

/// <summary>Compiles rule classes into a factory for a test.</summary>
public static class RuleSession
{
    public static ISessionFactory Factory(params Type[] ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleTypes));
        return repository.Compile();
    }

    public static ISession Create(params Type[] ruleTypes) => Factory(ruleTypes).CreateSession();

    public static ISessionFactory Factory(params Rule[] rules)
    {
        var repository = new RuleRepository { Activator = new InstanceActivator(rules) };
        repository.Load(x => x.From(rules.Select(r => r.GetType())));
        return repository.Compile();
    }

    private sealed class InstanceActivator(Rule[] rules) : IRuleActivator
    {
        public IEnumerable<Rule> Activate(Type type) => rules.Where(r => r.GetType() == type);
    }
}
