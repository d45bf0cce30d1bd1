using System.Linq.Expressions;
using System.Reflection;
using Intimacy.Rules.Network;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Compilation;

/// <summary>
/// Splits a pattern's conditions into alpha conditions (only the pattern's own value), beta
/// conditions (also earlier declarations) and, when one exists, an equality between the two sides
/// that can hash-index the join.
/// </summary>
internal static class ConditionClassifier
{
    public static (List<LambdaExpression> Alpha, List<LambdaExpression> Beta) Split(IEnumerable<LambdaExpression> conditions, string own)
    {
        var alpha = new List<LambdaExpression>();
        var beta = new List<LambdaExpression>();
        foreach (var condition in conditions)
        {
            if (condition.Parameters.All(p => p.Name == own))
            {
                alpha.Add(condition);
            }
            else
            {
                beta.Add(condition);
            }
        }

        return (alpha, beta);
    }

    /// <summary>
    /// Takes the first beta condition out of the list when it is an indexable equality. Only the first
    /// one qualifies: a later condition may rely on an earlier one as a guard (<c>c.Partner != null</c>,
    /// then <c>o.Owner == c.Partner.Name</c>), and as a join key it would be evaluated for every token and
    /// fact, unguarded.
    /// </summary>
    public static (LambdaExpression Left, LambdaExpression Right, IEqualityComparer<object> Comparer, LambdaExpression Condition)? TakeEquality(List<LambdaExpression> beta, string own)
    {
        for (var i = 0; i < Math.Min(1, beta.Count); i++)
        {
            var condition = beta[i];
            if (condition.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal || equal.Left.Type != equal.Right.Type)
            {
                continue;
            }

            var comparer = ComparerFor(equal);
            if (comparer is null)
            {
                continue;
            }

            var leftUses = Uses(equal.Left, condition.Parameters);
            var rightUses = Uses(equal.Right, condition.Parameters);
            Expression ownSide;
            Expression otherSide;
            if (IsOwnOnly(leftUses, own) && IsOuterOnly(rightUses, own))
            {
                (ownSide, otherSide) = (equal.Left, equal.Right);
            }
            else if (IsOwnOnly(rightUses, own) && IsOuterOnly(leftUses, own))
            {
                (ownSide, otherSide) = (equal.Right, equal.Left);
            }
            else
            {
                continue;
            }

            beta.RemoveAt(i);
            var ownLambda = Expression.Lambda(ownSide, condition.Parameters.Where(p => p.Name == own));
            var otherUses = Uses(otherSide, condition.Parameters);
            var otherLambda = Expression.Lambda(otherSide, condition.Parameters.Where(otherUses.Contains));
            return (otherLambda, ownLambda, comparer, condition);
        }

        return null;
    }

    private static bool IsOwnOnly(HashSet<ParameterExpression> uses, string own) => uses.Count > 0 && uses.All(p => p.Name == own);

    private static bool IsOuterOnly(HashSet<ParameterExpression> uses, string own) => uses.Count > 0 && uses.All(p => p.Name != own);

    private static HashSet<ParameterExpression> Uses(Expression expression, IReadOnlyCollection<ParameterExpression> parameters)
    {
        var collector = new ParameterCollector();
        collector.Visit(expression);
        collector.Parameters.IntersectWith(parameters);
        return collector.Parameters;
    }

    public static IEqualityComparer<object>? ComparerFor(BinaryExpression equal)
    {
        var type = Nullable.GetUnderlyingType(equal.Left.Type) ?? equal.Left.Type;
        if (equal.Method is null)
        {
            if (type == typeof(float) || type == typeof(double))
            {
                // NaN == NaN is false but NaN.Equals(NaN) is true: hashing would change the meaning.
                return null;
            }

            return type.IsValueType ? EqualityComparer<object>.Default : ReferenceEqualityComparer.Instance;
        }

        if (type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(TimeSpan) || type == typeof(Guid) || type == typeof(DateOnly) || type == typeof(TimeOnly) || IsRecord(type))
        {
            return EqualityComparer<object>.Default;
        }

        return null;
    }

    private static bool IsRecord(Type type) =>
        type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null;

    private sealed class ParameterCollector : ExpressionVisitor
    {
        public HashSet<ParameterExpression> Parameters { get; } = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Parameters.Add(node);
            return node;
        }
    }
}
