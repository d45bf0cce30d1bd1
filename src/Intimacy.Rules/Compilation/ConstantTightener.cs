using System.Linq.Expressions;
using System.Reflection;

namespace Intimacy.Rules.Compilation;

/// <summary>
/// Before a rule expression is compiled to a delegate, gives each captured object constant its runtime type. The C#
/// compiler types a captured <c>this</c> as the class the lambda is written in (often an abstract rule base class),
/// so the compiled delegate casts it to that class on every call, walking the class hierarchy, and calls its virtual
/// methods virtually. Typed as what it is (typically a sealed rule class), the constant needs no such cast and its
/// calls can be devirtualized and inlined. The constant keeps its declared type for the rest of the expression, so
/// nothing else changes; only the delegate is built from the tightened tree, the expression stays as written.
/// </summary>
internal sealed class ConstantTightener : ExpressionVisitor
{
    public static readonly ConstantTightener Instance = new();

    private ConstantTightener()
    {
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is not { } value || node.Type.IsValueType)
        {
            return node;
        }

        var runtime = value.GetType();
        if (runtime == node.Type || runtime.IsValueType || !Tightenable(runtime))
        {
            return node;
        }

        return Expression.Convert(Expression.Constant(value, runtime), node.Type);
    }

    /// <summary>
    /// Only types the delegate may name: a user type, public or not (compiled delegates skip visibility checks), or a
    /// public framework type; never the framework's internal types (<c>RuntimeType</c>, say) or reflection objects.
    /// </summary>
    private static bool Tightenable(Type runtime) =>
        !runtime.IsCOMObject
        && !runtime.ContainsGenericParameters
        && !typeof(MemberInfo).IsAssignableFrom(runtime)
        && (runtime.IsVisible || runtime.Assembly != typeof(object).Assembly);
}
