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
}
