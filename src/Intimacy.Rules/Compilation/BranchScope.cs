using System.Linq.Expressions;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Compilation;

/// <summary>The declarations bound so far in a branch, by name, with the depth holding each.</summary>
internal sealed class BranchScope
{
    private readonly Dictionary<string, (Declaration Declaration, int Depth)> _declarations = new(StringComparer.Ordinal);
    private readonly List<(Declaration Declaration, int Depth)> _ordered = [];
    private readonly string _ruleName;
    private readonly int _branch;
    private readonly int _branches;
    private readonly IReadOnlySet<string>? _ruleAliases;

    /// <param name="ruleName">The rule's name, for errors.</param>
    /// <param name="branch">The branch's index among the rule's branches.</param>
    /// <param name="branches">How many branches the rule's Or groups expand to.</param>
    /// <param name="ruleAliases">The aliases any branch of the rule binds (for a rule with an Or), which its actions may read.</param>
    public BranchScope(string ruleName, int branch = 0, int branches = 1, IReadOnlySet<string>? ruleAliases = null)
    {
        _ruleName = ruleName;
        _branch = branch;
        _branches = branches;
        _ruleAliases = ruleAliases;
    }

    /// <summary>Where in the rule an undeclared alias was read, for the error (built only when there is one).</summary>
    private string Where => _branches > 1
        ? $" in branch {_branch + 1} of {_branches} of its Or; a condition can only read an alias that its own branch declares before it"
        : string.Empty;

    public IReadOnlyList<(Declaration Declaration, int Depth)> Ordered => _ordered;

    public void Add(Declaration declaration, int depth)
    {
        if (!_declarations.TryAdd(declaration.Name, (declaration, depth)))
        {
            throw new RuleCompilationException($"Declaration '{declaration.Name}' is bound twice in one branch", _ruleName, null);
        }

        _ordered.Add((declaration, depth));
    }

    public bool Contains(string name) => _declarations.ContainsKey(name);

    /// <summary>
    /// Binds a parameter of an action, evaluated with the branch's final token of depth <paramref name="depth"/>: as in
    /// NRules, an action of a rule with an Or may read an alias that only another branch binds, and reads its type's
    /// default (null) when this branch fires.
    /// </summary>
    public Func<ParameterExpression, ParameterBinding> ActionBinder(int depth)
    {
        var bind = Binder(depth, null);
        return parameter => parameter.Name is not null && !_declarations.ContainsKey(parameter.Name) && _ruleAliases?.Contains(parameter.Name) == true
            ? new ParameterBinding(false, ParameterBinding.Unbound)
            : bind(parameter);
    }

    /// <summary>Binds a parameter for an expression evaluated with a left token of depth <paramref name="leftDepth"/>.</summary>
    public Func<ParameterExpression, ParameterBinding> Binder(int leftDepth, string? own) => parameter =>
    {
        if (own is not null && parameter.Name == own)
        {
            return new ParameterBinding(true, 0);
        }

        if (parameter.Name is not null && _declarations.TryGetValue(parameter.Name, out var found))
        {
            if (!parameter.Type.IsAssignableFrom(found.Declaration.Type) && !found.Declaration.Type.IsAssignableFrom(parameter.Type))
            {
                throw new RuleCompilationException($"Parameter '{parameter.Name}' has type {parameter.Type} but the declaration has type {found.Declaration.Type}", _ruleName, null);
            }

            return new ParameterBinding(false, leftDepth - found.Depth);
        }

        throw new RuleCompilationException($"Expression reads '{parameter.Name}', which is not declared before it{Where}", _ruleName, null);
    };
}
