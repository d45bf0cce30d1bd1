using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Fluent;

/// <summary>
/// Holds rules written with the DSL, loaded by <see cref="Load"/>; compile it with
/// <c>repository.Compile()</c>.
/// </summary>
public class RuleRepository : IRuleRepository
{
    private const string DefaultRuleSetName = "default";
    private readonly List<IRuleSet> _ruleSets = [];

    /// <summary>Creates an empty repository.</summary>
    public RuleRepository()
    {
        Activator = new RuleActivator();
    }

    /// <summary>Creates rule instances from rule classes.</summary>
    public IRuleActivator Activator { get; set; }

    /// <inheritdoc />
    public IEnumerable<IRuleSet> GetRuleSets() => _ruleSets;

    /// <summary>Loads rules as specified, for example <c>x =&gt; x.From(assembly).Where(r =&gt; r.IsTagged("core"))</c>.</summary>
    /// <param name="specAction">Builds the load specification.</param>
    /// <exception cref="ArgumentNullException"><paramref name="specAction"/> is null.</exception>
    public void Load(Action<IRuleLoadSpec> specAction)
    {
        ArgumentNullException.ThrowIfNull(specAction);
        var spec = new RuleLoadSpec(Activator);
        specAction(spec);
        var name = spec.RuleSetName ?? DefaultRuleSetName;
        var ruleSet = _ruleSets.FirstOrDefault(s => s.Name == name);
        if (ruleSet is null)
        {
            ruleSet = new RuleSet(name);
            _ruleSets.Add(ruleSet);
        }

        ruleSet.Add(spec.Load());
    }

    /// <summary>Adds a rule set, for example one built with <see cref="RuleModel.Builders.RuleBuilder"/>.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentException">A rule set with the same name exists.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public void Add(IRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        if (_ruleSets.Any(s => s.Name == ruleSet.Name))
        {
            throw new ArgumentException($"A rule set named '{ruleSet.Name}' already exists.", nameof(ruleSet));
        }

        _ruleSets.Add(ruleSet);
    }
}
