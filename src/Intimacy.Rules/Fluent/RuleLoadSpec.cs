using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Fluent;

/// <summary>Collects the load specification and turns it into rule definitions.</summary>
internal sealed class RuleLoadSpec : IRuleLoadSpec
{
    private readonly IRuleActivator _activator;
    private readonly List<Assembly> _assemblies = [];
    private readonly List<Type> _types = [];
    private Func<IRuleMetadata, bool>? _filter;
    private bool _privateTypes;
    private bool _nestedTypes;

    public RuleLoadSpec(IRuleActivator activator)
    {
        _activator = activator;
    }

    public string? RuleSetName { get; private set; }

    public IRuleLoadSpec PrivateTypes(bool include = true)
    {
        _privateTypes = include;
        return this;
    }

    public IRuleLoadSpec NestedTypes(bool include = true)
    {
        _nestedTypes = include;
        return this;
    }

    [RequiresUnreferencedCode(RuleTypeScanner.AssemblyScanNeedsTypes)]
    public IRuleLoadSpec From(params Assembly[] assemblies) => From((IEnumerable<Assembly>)assemblies);

    [RequiresUnreferencedCode(RuleTypeScanner.AssemblyScanNeedsTypes)]
    public IRuleLoadSpec From(IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        _assemblies.AddRange(assemblies);
        return this;
    }

    public IRuleLoadSpec From(params Type[] types) => From((IEnumerable<Type>)types);

    public IRuleLoadSpec From(IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        foreach (var type in types)
        {
            if (type is null)
            {
                throw new ArgumentException("The rule types must not contain null.", nameof(types));
            }

            if (!RuleTypeScanner.IsRuleType(type))
            {
                throw new ArgumentException($"{type} is not a concrete class deriving from {typeof(Rule)}.", nameof(types));
            }

            _types.Add(type);
        }

        return this;
    }

    public IRuleLoadSpec Where(Func<IRuleMetadata, bool> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (_filter is not null)
        {
            throw new InvalidOperationException("A load specification takes a single Where.");
        }

        _filter = filter;
        return this;
    }

    public IRuleLoadSpec To(string ruleSetName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleSetName);
        if (RuleSetName is not null)
        {
            throw new InvalidOperationException("A load specification takes a single To.");
        }

        RuleSetName = ruleSetName;
        return this;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Assemblies are added only through From(Assembly...), which warns its callers.")]
    public List<IRuleDefinition> Load()
    {
        // The given types (each checked by From) in the given order, then the assemblies' rule classes by full name.
        var types = new RuleTypeScanner().PrivateTypes(_privateTypes).NestedTypes(_nestedTypes).Types(_types).Assemblies(_assemblies).GetRuleTypes();
        var definitions = new List<IRuleDefinition>();
        foreach (var type in types)
        {
            if (_filter is not null && !_filter(new RuleMetadata(type)))
            {
                continue;
            }

            foreach (var rule in Activate(type))
            {
                try
                {
                    definitions.Add(rule.GetDefinition());
                }
                catch (Exception exception) when (exception is not RuleDefinitionException)
                {
                    throw new RuleDefinitionException("Failed to define rule", type, exception);
                }
            }
        }

        return definitions;
    }

    private IEnumerable<Rule> Activate(Type type)
    {
        try
        {
            return _activator.Activate(type).ToArray();
        }
        catch (MissingMethodException exception)
        {
            throw new RuleActivationException(
                "Failed to activate rule type: it has no parameterless constructor; add one, or set RuleRepository.Activator to an IRuleActivator that can create it",
                type,
                exception);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } cause)
        {
            // The rule's own constructor threw: its exception is the one to report, not reflection's wrapper.
            throw new RuleActivationException("Failed to activate rule type: its constructor threw", type, cause);
        }
        catch (Exception exception)
        {
            throw new RuleActivationException("Failed to activate rule type", type, exception);
        }
    }
}
