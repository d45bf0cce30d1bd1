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

    public BranchScope(string ruleName, int branch = 0, int branches = 1)
    {
        _ruleName = ruleName;
        _branch = branch;
        _branches = branches;
    }

    /// <summary>Where in the rule an undeclared alias was read, for the error (built only when there is one).</summary>
    private string Where => _branches > 1
        ? $" in branch {_branch + 1} of {_branches} of its Or; each branch must declare every alias that its conditions and the actions read"
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
