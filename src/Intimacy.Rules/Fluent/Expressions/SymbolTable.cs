using System.Linq.Expressions;
using System.Reflection;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Fluent.Expressions;

/// <summary>
/// The aliases a rule has declared, keyed by the captured variable (closure field) that names them.
/// </summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<MemberInfo, Declaration> _symbols = [];
    private List<(MemberInfo Member, LambdaExpression Expression)>? _capturedReads;

    public static (MemberInfo Member, string Name) AliasOf(LambdaExpression alias)
    {
        var body = alias.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : alias.Body;
        if (body is MemberExpression { Member: FieldInfo or PropertyInfo } member)
        {
            return (member.Member, member.Member.Name);
        }

        throw new ArgumentException($"An alias must be a captured local variable, such as () => customer; got {alias}", nameof(alias));
    }

    public void Add(MemberInfo member, Declaration declaration) => _symbols[member] = declaration;

    public bool TryGet(MemberInfo member, out Declaration declaration) => _symbols.TryGetValue(member, out declaration!);

    /// <summary>Records that an expression reads a captured variable that was not an alias when it was written.</summary>
    public void NoteCapturedRead(MemberInfo member, LambdaExpression expression) => (_capturedReads ??= []).Add((member, expression));

    /// <summary>
    /// Throws when an expression read a captured variable that a later <c>Match</c>, <c>Let</c> or
    /// <c>Query</c> made an alias: the variable is never assigned, so the expression would see its
    /// default value (usually null) instead of the matched fact.
    /// </summary>
    public void ThrowIfAliasReadBeforeDeclared()
    {
        if (_capturedReads is null)
        {
            return;
        }

        foreach (var (member, expression) in _capturedReads)
        {
            if (_symbols.TryGetValue(member, out var declaration))
            {
                throw new InvalidOperationException(
                    $"The expression {expression} reads '{declaration.Name}' before the Match, Let or Query that declares it; an alias can only be read after its declaration.");
            }
        }
    }
}
