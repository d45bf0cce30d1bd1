using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Intimacy.Core.Profiles;

namespace Intimacy.Core.Validation;

/// <summary>
/// One range or option check on a profile field, compiled once from the profile types' own
/// <see cref="RangeAttribute"/>s and enum definitions so the rules live in one place.
/// </summary>
internal sealed class FieldCheck
{
    private readonly Func<CoupleProfile, double?> _get;

    private FieldCheck(string path, Func<CoupleProfile, double?> get, double min, double max, string message)
    {
        Path = path;
        _get = get;
        Min = min;
        Max = max;
        Message = message;
    }

    public string Path { get; }

    public double Min { get; }

    public double Max { get; }

    public string Message { get; }

    private static readonly FieldCheck[] Checks = Build(out AnyViolationCompiled);
    private static readonly Func<CoupleProfile, bool> AnyViolationCompiled;

    /// <summary>Every check, for both partners, in document order.</summary>
    public static IReadOnlyList<FieldCheck> All => Checks;

    /// <summary>
    /// Whether any check fails, as one compiled method: the common valid case costs one call instead
    /// of a delegate call per field.
    /// </summary>
    public static bool AnyViolation(CoupleProfile profile) => AnyViolationCompiled(profile);

    public bool IsViolatedBy(CoupleProfile profile)
    {
        var value = _get(profile);
        return value is { } v && !(v >= Min && v <= Max);
    }

    private static FieldCheck[] Build(out Func<CoupleProfile, bool> anyViolation)
    {
        var checks = new List<FieldCheck>();
        var violations = new List<Expression>();
        var root = Expression.Parameter(typeof(CoupleProfile), "profile");
        Walk(typeof(CoupleProfile), root, root, "$", checks, violations);
        var any = violations.Aggregate((Expression)Expression.Constant(false), Expression.OrElse);
        anyViolation = Expression.Lambda<Func<CoupleProfile, bool>>(any, root).Compile();
        return [.. checks];
    }

    private static void Walk(Type type, Expression instance, ParameterExpression root, string path, List<FieldCheck> checks, List<Expression> violations)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var childPath = path + "." + JsonName(property.Name);
            var access = Expression.Property(instance, property);
            var range = property.GetCustomAttribute<RangeAttribute>();
            var underlying = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;

            if (range is not null)
            {
                var min = Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture);
                var max = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
                var whole = underlying == typeof(int);
                var message = whole
                    ? string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {min} to {max}.")
                    : string.Create(CultureInfo.InvariantCulture, $"must be a number from {min:0.0} to {max:0.0}.");
                if (property.Name == nameof(PartnerResponse.AgeYears))
                {
                    message = string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {min} to {max}: only adults can be described.");
                }

                checks.Add(Leaf(childPath, access, root, min, max, message, violations));
            }
            else if (underlying.IsEnum)
            {
                var names = Enum.GetNames(underlying);
                var message = "must be one of: " + string.Join(", ", names.Select(JsonName)) + ".";
                checks.Add(Leaf(childPath, access, root, 0, names.Length - 1, message, violations));
            }
            else if (underlying.IsClass && underlying.Namespace == typeof(CoupleProfile).Namespace)
            {
                Walk(underlying, access, root, childPath, checks, violations);
            }
        }
    }

    private static FieldCheck Leaf(
        string path, MemberExpression access, ParameterExpression root, double min, double max, string message, List<Expression> violations)
    {
        Expression value = Expression.Convert(
            access.Type.IsEnum || Nullable.GetUnderlyingType(access.Type)?.IsEnum == true
                ? Expression.Convert(access, Nullable.GetUnderlyingType(access.Type) is null ? typeof(int) : typeof(int?))
                : access,
            typeof(double?));

        // Guard every parent on the way down: a missing section means "unknown", not an error.
        for (var parent = access.Expression as MemberExpression; parent is not null; parent = parent.Expression as MemberExpression)
        {
            value = Expression.Condition(
                Expression.Equal(parent, Expression.Constant(null, parent.Type)),
                Expression.Constant(null, typeof(double?)),
                value);
        }

        // The same test as IsViolatedBy, inlined into the one fast-path method.
        var temp = Expression.Variable(typeof(double?), "value");
        violations.Add(Expression.Block(
            [temp],
            Expression.Assign(temp, value),
            Expression.AndAlso(
                Expression.Property(temp, nameof(Nullable<double>.HasValue)),
                Expression.Not(Expression.AndAlso(
                    Expression.GreaterThanOrEqual(Expression.Property(temp, nameof(Nullable<double>.Value)), Expression.Constant(min)),
                    Expression.LessThanOrEqual(Expression.Property(temp, nameof(Nullable<double>.Value)), Expression.Constant(max)))))));

        var get = Expression.Lambda<Func<CoupleProfile, double?>>(value, root).Compile();
        return new FieldCheck(path, get, min, max, message);
    }

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
