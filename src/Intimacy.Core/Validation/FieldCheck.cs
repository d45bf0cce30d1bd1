using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
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

    // Looked up from a constant type, so the trimmer keeps them; by name in an expression they were trimmed away.
    private static readonly PropertyInfo HasValue = typeof(double?).GetProperty(nameof(Nullable<double>.HasValue))!;
    private static readonly MethodInfo ValueOrDefault = typeof(double?).GetMethod(nameof(Nullable<double>.GetValueOrDefault), Type.EmptyTypes)!;
    private static readonly PropertyInfo WholeHasValue = typeof(int?).GetProperty(nameof(Nullable<int>.HasValue))!;
    private static readonly MethodInfo WholeValueOrDefault = typeof(int?).GetMethod(nameof(Nullable<int>.GetValueOrDefault), Type.EmptyTypes)!;

    private static readonly FieldCheck[] Checks = Build();
    private static readonly Func<CoupleProfile, bool> AnyViolationCompiled =
        (Func<CoupleProfile, bool>)AnyViolationOf(typeof(CoupleProfile), []);

    /// <summary>Every check, for both partners, in document order.</summary>
    public static IReadOnlyList<FieldCheck> All => Checks;

    /// <summary>
    /// Whether any check fails, as compiled methods, one per section type (small enough for the JIT to
    /// optimise fully; one method for the whole profile was too large and ran unoptimised): the common
    /// valid case costs a few calls instead of a delegate call per field.
    /// </summary>
    public static bool AnyViolation(CoupleProfile profile) => AnyViolationCompiled(profile);

    public bool IsViolatedBy(CoupleProfile profile)
    {
        var value = _get(profile);
        return value is { } v && !(v >= Min && v <= Max);
    }

    private static FieldCheck[] Build()
    {
        var checks = new List<FieldCheck>();
        var root = Expression.Parameter(typeof(CoupleProfile), "profile");
        Walk(typeof(CoupleProfile), root, root, "$", checks);
        return [.. checks];
    }

    /// <summary>The checked properties of a profile type, in declaration order.</summary>
    /// <remarks>
    /// The types are reached through property types, which the trimmer cannot follow, so every type the walk
    /// visits is named here for it (a test keeps the list complete).
    /// </remarks>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(CoupleProfile))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(RelationshipFacts))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(PartnerResponse))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(RelationshipView))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(DimensionSatisfaction))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(LifeCircumstances))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(HealthStatus))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(PersonalBarriers))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(TraumaHistory))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(TrustBreach))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Commitment))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(SafetyScreen))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(HelpHistory))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(RelationshipScores))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(PairScores))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(PairDimensionScore))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(WellbeingScores))]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Every profile type the walk visits is kept by the DynamicDependency attributes above.")]
    private static IEnumerable<PropertyInfo> Checked(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0);

    /// <summary>
    /// Compiles "does any field of this section (or of the sections inside it) fail its check" for one
    /// type, as a <c>Func&lt;T, bool&gt;</c>; nested sections call their own compiled method when present.
    /// </summary>
    [UnconditionalSuppressMessage("AotAnalysis", "IL3050", Justification = "Func<section, bool> over a profile record, a reference type, whose shared code native AOT always has; the consumer check validates profiles in a native AOT app.")]
    private static Delegate AnyViolationOf(Type type, Dictionary<Type, Delegate> compiled)
    {
        if (compiled.TryGetValue(type, out var known))
        {
            return known;
        }

        var section = Expression.Parameter(type, "section");
        Expression any = Expression.Constant(false);
        foreach (var property in Checked(type))
        {
            var access = Expression.Property(section, property);
            var underlying = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (property.GetCustomAttribute<RangeAttribute>() is { } range)
            {
                // Or, not OrElse: the fields' tests are combined without a branch each, as almost every profile passes them all.
                any = Expression.Or(any, FastViolation(access, Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture), Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture)));
            }
            else if (underlying.IsEnum)
            {
                any = Expression.Or(any, FastViolation(access, 0, Enum.GetNames(underlying).Length - 1));
            }
            else if (IsSection(underlying))
            {
                // A reference test: a record's != operator would call its Equals for every section present.
                var inner = AnyViolationOf(underlying, compiled);
                any = Expression.OrElse(
                    any,
                    Expression.AndAlso(
                        Expression.ReferenceNotEqual(access, Expression.Constant(null, access.Type)),
                        Expression.Invoke(Expression.Constant(inner), access)));
            }
        }

        var method = Expression.Lambda(typeof(Func<,>).MakeGenericType(type, typeof(bool)), any, section).Compile();
        compiled[type] = method;
        return method;
    }

    private static bool IsSection(Type type) => type.IsClass && type.Namespace == typeof(CoupleProfile).Namespace;

    private static Expression AsDouble(Expression access) => AsNullable(access, typeof(double?));

    /// <summary>A field's value as <paramref name="nullable"/> (an option through its number), null when unknown.</summary>
    private static Expression AsNullable(Expression access, Type nullable) => Expression.Convert(
        access.Type.IsEnum || Nullable.GetUnderlyingType(access.Type)?.IsEnum == true
            ? Expression.Convert(access, Nullable.GetUnderlyingType(access.Type) is null ? typeof(int) : typeof(int?))
            : access,
        nullable);

    /// <summary>
    /// The same test as <see cref="IsViolatedBy"/>, a known value outside [min, max], without branches: an unknown value
    /// is read as its default and the test masked by <c>HasValue</c>. A whole number (or option) is outside exactly when
    /// its distance above min, as an unsigned number, exceeds max − min (a value below min wraps to a large distance);
    /// a real one is compared as a double, so NaN fails as it does there.
    /// </summary>
    private static Expression FastViolation(MemberExpression access, double min, double max)
    {
        var underlying = Nullable.GetUnderlyingType(access.Type) ?? access.Type;
        var whole = underlying == typeof(int) || (underlying.IsEnum && Enum.GetUnderlyingType(underlying) == typeof(int));
        if (whole && min == Math.Floor(min) && max == Math.Floor(max) && min >= int.MinValue && max <= int.MaxValue && min <= max)
        {
            var number = Expression.Variable(typeof(int?), "value");
            var distance = Expression.Convert(Expression.Subtract(Expression.Call(number, WholeValueOrDefault), Expression.Constant((int)min)), typeof(uint));
            return Expression.Block(
                [number],
                Expression.Assign(number, AsNullable(access, typeof(int?))),
                Expression.And(
                    Expression.Property(number, WholeHasValue),
                    Expression.GreaterThan(distance, Expression.Constant((uint)((long)max - (long)min)))));
        }

        var temp = Expression.Variable(typeof(double?), "value");
        var real = Expression.Call(temp, ValueOrDefault);
        return Expression.Block(
            [temp],
            Expression.Assign(temp, AsDouble(access)),
            Expression.And(
                Expression.Property(temp, HasValue),
                Expression.Not(Expression.And(
                    Expression.GreaterThanOrEqual(real, Expression.Constant(min)),
                    Expression.LessThanOrEqual(real, Expression.Constant(max))))));
    }

    private static void Walk(Type type, Expression instance, ParameterExpression root, string path, List<FieldCheck> checks)
    {
        foreach (var property in Checked(type))
        {

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

                checks.Add(Leaf(childPath, access, root, min, max, message));
            }
            else if (underlying.IsEnum)
            {
                var names = Enum.GetNames(underlying);
                var message = "must be one of: " + string.Join(", ", names.Select(JsonName)) + ".";
                checks.Add(Leaf(childPath, access, root, 0, names.Length - 1, message));
            }
            else if (IsSection(underlying))
            {
                Walk(underlying, access, root, childPath, checks);
            }
        }
    }

    private static FieldCheck Leaf(string path, MemberExpression access, ParameterExpression root, double min, double max, string message)
    {
        var value = AsDouble(access);

        // Guard every parent on the way down: a missing section means "unknown", not an error.
        for (var parent = access.Expression as MemberExpression; parent is not null; parent = parent.Expression as MemberExpression)
        {
            value = Expression.Condition(
                Expression.ReferenceEqual(parent, Expression.Constant(null, parent.Type)),
                Expression.Constant(null, typeof(double?)),
                value);
        }

        var get = Expression.Lambda<Func<CoupleProfile, double?>>(value, root).Compile();
        return new FieldCheck(path, get, min, max, message);
    }

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
