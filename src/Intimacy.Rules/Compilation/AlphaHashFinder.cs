using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Intimacy.Rules.Network;

namespace Intimacy.Rules.Compilation;

/// <summary>
/// Looks at a pattern's first alpha condition for <c>fact.Member == constant</c> (possibly the first
/// conjunct of an <c>&amp;&amp;</c>) so the pattern can be hash-dispatched. Only the very first test
/// qualifies: every later one may rely on an earlier one as a guard (<c>x.A != null &amp;&amp; x.A.B == 1</c>),
/// and dispatching on it would evaluate it first and unguarded. The constant side must be
/// a literal, a const or static readonly field, or a variable captured by the rule's closure; it is
/// read once, at compile time.
/// </summary>
internal static class AlphaHashFinder
{
    public static AlphaHash? Find(IEnumerable<LambdaExpression> conditions, string own, Type ownType, Func<ParameterExpression, ParameterBinding> binder)
    {
        foreach (var condition in conditions.Take(1))
        {
            var parameter = condition.Parameters.FirstOrDefault(p => p.Name == own);
            if (parameter is null)
            {
                continue;
            }

            foreach (var conjunct in Conjuncts(condition.Body).Take(1))
            {
                if (conjunct is MethodCallExpression call && Membership(call, parameter, own, ownType, binder, decides: ReferenceEquals(conjunct, condition.Body)) is { } membership)
                {
                    return membership;
                }

                if (conjunct is not BinaryExpression { NodeType: ExpressionType.Equal } equal || equal.Left.Type != equal.Right.Type
                    || ConditionClassifier.ComparerFor(equal) is not { } comparer)
                {
                    continue;
                }

                foreach (var (member, constant) in new[] { (equal.Left, equal.Right), (equal.Right, equal.Left) })
                {
                    if (IsMemberOf(member, parameter) && TryConstant(constant, out var value))
                    {
                        var normalized = new ParameterReplacer(new Dictionary<ParameterExpression, Expression> { [parameter] = Expression.Parameter(parameter.Type, "x") }).Visit(member);
                        var signature = $"{ownType.FullName}|{normalized}|{member.Type.FullName}|{comparer.GetType().FullName}";
                        var key = KeyOf(member, parameter, binder);
                        return new AlphaHash(signature, key, [value ?? NullKey.Instance], comparer);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// <c>set.Contains(fact.Member)</c> (or <c>Enumerable.Contains(set, fact.Member)</c>) where the set is a
    /// constant <see cref="FrozenSet{T}"/> or <see cref="ImmutableHashSet{T}"/> with default equality: its
    /// members cannot change after compilation, so the node is listed under each of them. When the test is the whole
    /// condition (<paramref name="decides"/>), a fact dispatched to the node under a member of the set passes it.
    /// </summary>
    private static AlphaHash? Membership(MethodCallExpression call, ParameterExpression parameter, string own, Type ownType, Func<ParameterExpression, ParameterBinding> binder, bool decides)
    {
        if (call.Method.Name != nameof(Enumerable.Contains))
        {
            return null;
        }

        var (setExpression, member) = call switch
        {
            { Object: { } target, Arguments.Count: 1 } => (target, call.Arguments[0]),
            { Object: null, Arguments.Count: 2 } when call.Method.DeclaringType == typeof(Enumerable) => (call.Arguments[0], call.Arguments[1]),
            _ => (null, null),
        };
        if (setExpression is null || member is null || !IsMemberOf(member, parameter)
            || !TryConstant(setExpression, out var set) || set is null || ImmutableSetValues(set, member.Type) is not { } values
            || ComparerForElement(member.Type) is not { } comparer)
        {
            return null;
        }

        var normalized = new ParameterReplacer(new Dictionary<ParameterExpression, Expression> { [parameter] = Expression.Parameter(parameter.Type, "x") }).Visit(member);
        var signature = $"{ownType.FullName}|{normalized}|{member.Type.FullName}|{comparer.GetType().FullName}";
        var key = KeyOf(member, parameter, binder);
        return new AlphaHash(signature, key, values, comparer) { DecidesFirstCondition = decides };
    }

    /// <summary>
    /// The dispatch key read from a fact: the member, as an object. An <see cref="int"/> key (an enum's value among them)
    /// comes boxed from <see cref="SmallBoxes"/>, so reading a small one allocates nothing.
    /// </summary>
    private static CompiledExpression<Func<Token?, object?, object?>> KeyOf(Expression member, ParameterExpression parameter, Func<ParameterExpression, ParameterBinding> binder) =>
        ExpressionRewriter.Value(
            Expression.Lambda(member.Type == typeof(int) ? Expression.Call(typeof(SmallBoxes).GetMethod(nameof(SmallBoxes.Of))!, member) : member, parameter),
            binder);

    /// <summary>The members of an immutable set whose equality is the element type's default, or null.</summary>
    private static object[]? ImmutableSetValues(object set, Type elementType)
    {
        var type = set.GetType();
        var immutable = false;
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(FrozenSet<>) || t.GetGenericTypeDefinition() == typeof(ImmutableHashSet<>))
                && t.GetGenericArguments()[0] == elementType)
            {
                immutable = true;
                break;
            }
        }

        var comparer = type.GetProperty("KeyComparer")?.GetValue(set) ?? type.GetProperty("Comparer")?.GetValue(set);
        if (!immutable || comparer is null)
        {
            return null;
        }

        var defaultEquality = comparer.Equals(typeof(EqualityComparer<>).MakeGenericType(elementType).GetProperty("Default")!.GetValue(null))
            || (elementType == typeof(string) && ReferenceEquals(comparer, StringComparer.Ordinal));
        return defaultEquality ? [.. ((System.Collections.IEnumerable)set).Cast<object?>().Select(v => v ?? NullKey.Instance)] : null;
    }

    /// <summary>The dispatch comparer for an element type, as for an equality test; null where hashing would change the meaning.</summary>
    private static IEqualityComparer<object>? ComparerForElement(Type type) =>
        ConditionClassifier.ComparerFor(Expression.Equal(Expression.Default(type), Expression.Default(type)));

    private static IEnumerable<Expression> Conjuncts(Expression body)
    {
        if (body is BinaryExpression { NodeType: ExpressionType.AndAlso } and)
        {
            return Conjuncts(and.Left).Concat(Conjuncts(and.Right));
        }

        return [body];
    }

    /// <summary>
    /// Whether the expression computes a key from the fact alone: member reads, conversions and
    /// built-in arithmetic with literal operands (<c>x.Kind % 7</c>). Literals show in the
    /// expression's text, so equal texts mean equal keys and nodes can share a group.
    /// </summary>
    private static bool IsMemberOf(Expression expression, ParameterExpression parameter) => expression switch
    {
        ParameterExpression p => p == parameter,
        MemberExpression { Expression: { } inner, Member: FieldInfo or PropertyInfo } => IsMemberOf(inner, parameter),
        UnaryExpression { NodeType: ExpressionType.Convert, Method: null } convert => IsMemberOf(convert.Operand, parameter),
        BinaryExpression { Method: null } arithmetic when IsArithmetic(arithmetic.NodeType) =>
            (IsMemberOf(arithmetic.Left, parameter) && IsMemberOrLiteral(arithmetic.Right, parameter))
            || (IsLiteral(arithmetic.Left) && IsMemberOf(arithmetic.Right, parameter)),
        _ => false,
    };

    private static bool IsMemberOrLiteral(Expression expression, ParameterExpression parameter) =>
        IsLiteral(expression) || IsMemberOf(expression, parameter);

    private static bool IsLiteral(Expression expression) =>
        expression is ConstantExpression { Value: null or string or bool or char or byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal };

    private static bool IsArithmetic(ExpressionType type) => type is ExpressionType.Add or ExpressionType.Subtract
        or ExpressionType.Multiply or ExpressionType.Divide or ExpressionType.Modulo or ExpressionType.And
        or ExpressionType.Or or ExpressionType.ExclusiveOr or ExpressionType.LeftShift or ExpressionType.RightShift;

    private static bool TryConstant(Expression expression, out object? value)
    {
        value = null;
        switch (expression)
        {
            case ConstantExpression constant:
                value = constant.Value;
                return true;
            case UnaryExpression { NodeType: ExpressionType.Convert, Method: null } convert when TryConstant(convert.Operand, out var operand):
                value = Expression.Lambda<Func<object?>>(Expression.Convert(Expression.Convert(Expression.Constant(operand, convert.Operand.Type), convert.Type), typeof(object)))
                    .Compile(preferInterpretation: true)();
                return true;
            case MemberExpression { Member: FieldInfo field } member:
                if (field.IsStatic)
                {
                    if (!field.IsLiteral && !field.IsInitOnly)
                    {
                        return false;
                    }

                    value = field.GetValue(null);
                    return true;
                }

                if ((field.IsInitOnly || IsCaptured(field)) && member.Expression is not null && TryConstant(member.Expression, out var target) && target is not null)
                {
                    value = field.GetValue(target);
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>A closure field or captured primary-constructor parameter: written only by compiler-generated code.</summary>
    private static bool IsCaptured(FieldInfo field) =>
        field.Name.StartsWith('<') || field.DeclaringType?.GetCustomAttribute<CompilerGeneratedAttribute>() is not null;
}
