using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

// Compiled into each project that compiles expression trees written by its users (linked, not referenced): the
// specifications of Intimacy.Core and the rule conditions of Intimacy.Rules, neither of which depends on the other.
namespace Intimacy.Shared;

/// <summary>
/// Rewrites <c>x == null</c> and <c>x != null</c> on a record to reference tests before an expression is compiled. In an
/// expression tree the C# compiler writes such a test as a call of the record's <c>==</c> operator, which calls the
/// record's <c>Equals</c> for every non-null value: about half the time of the catalog's specifications went there. The
/// answer is the same when the record is sealed and both its operator and its <c>Equals(T)</c> are the ones the compiler
/// writes (a value is never equal to null); any other operator, a record's own <c>Equals</c> included, is left as written.
/// Only the compiled delegate is built from the rewritten tree; the expression a caller sees stays as written.
/// </summary>
internal sealed class RecordNullTests : ExpressionVisitor
{
    private static readonly RecordNullTests Instance = new();

    /// <summary>The expression with its record null tests as reference tests; the same tree when it has none.</summary>
    public static TExpression Rewrite<TExpression>(TExpression expression)
        where TExpression : Expression =>
        (TExpression)Instance.Visit(expression);

    /// <inheritdoc />
    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual
            && node.Method is { } method
            && (IsNull(node.Right) || IsNull(node.Left))
            && IsCompilersRecordOperator(method))
        {
            var left = Visit(node.Left);
            var right = Visit(node.Right);
            return node.NodeType == ExpressionType.Equal ? Expression.ReferenceEqual(left, right) : Expression.ReferenceNotEqual(left, right);
        }

        return base.VisitBinary(node);
    }

    private static bool IsNull(Expression expression) => expression is ConstantExpression { Value: null };

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Equals(T) is kept with every record type that has its == operator, which the expression tree references.")]
    private static bool IsCompilersRecordOperator(MethodInfo method)
    {
        var type = method.DeclaringType;
        if (type is null || !type.IsSealed || type.IsValueType || !method.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
        {
            return false;
        }

        var equals = type.GetMethod(nameof(Equals), BindingFlags.Public | BindingFlags.Instance, [type]);
        return equals is not null && equals.DeclaringType == type && equals.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);
    }
}
