using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Intimacy.Rules.Compilation;
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
        if (body is MemberExpression { Member: FieldInfo or PropertyInfo } member && IsCapturedVariable(member))
        {
            var variableType = member.Member is FieldInfo field ? field.FieldType : ((PropertyInfo)member.Member).PropertyType;
            if (!variableType.IsAssignableFrom(alias.ReturnType))
            {
                // Reads of the variable are rewritten into a cast of the bound value, which would fail on the first
                // firing (an InvalidCastException) for every value the variable's type cannot hold.
                throw new ArgumentException(
                    $"The alias '{member.Member.Name}' is a variable of type {NameOf(variableType)} but it is bound to values of type {NameOf(alias.ReturnType)}, "
                    + $"which it cannot hold; declare the variable as {NameOf(alias.ReturnType)} (or match the type the variable has).",
                    nameof(alias));
            }

            return (member.Member, member.Member.Name);
        }

        throw new ArgumentException(
            $"An alias must be a captured local variable, such as () => customer; got {ExpressionText.Readable(alias)}. A member of another alias or object "
            + "cannot be an alias: declare a local variable and join on it, such as Match(() => customer, c => c == order.Customer).",
            nameof(alias));
    }

    /// <summary>
    /// Whether a member access reads a variable the rule's lambdas capture: a local of <c>Define</c> (a field of the
    /// compiler's closure, reached directly or, from a nested block, through the closures of the enclosing blocks), a
    /// field or property of the rule itself, or a static one.
    /// </summary>
    public static bool IsCapturedVariable(MemberExpression member) => member.Expression switch
    {
        null or ConstantExpression => true,
        MemberExpression { Member: FieldInfo { FieldType: var closure } } outer => closure.IsDefined(typeof(CompilerGeneratedAttribute), false) && IsCapturedVariable(outer),
        _ => false,
    };

    // C#-like names for messages: List<Item> rather than System.Collections.Generic.List`1[Ns.Item].
    private static string NameOf(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(NameOf))}>"
        : type.Name;

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
                    $"The expression {ExpressionText.Readable(expression)} reads '{declaration.Name}' before the Match, Let or Query that declares it; an alias can only be read after its declaration.");
            }
        }
    }
}
