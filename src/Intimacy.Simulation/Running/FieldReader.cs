using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Intimacy.Core.Profiles;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Running;

/// <summary>
/// Reads one answer of a profile by its JSON path (<c>partnerA.life.newParent</c>,
/// <c>relationship.lengthYears</c>) as a group label for a breakdown: <c>true</c>/<c>false</c>,
/// an option name, a whole number, or <c>unknown</c> when the answer (or partner) is missing.
/// </summary>
/// <remarks>
/// The path is compiled once into a delegate that walks the records without reflection or boxing, and
/// every label is made once, so reading a profile allocates nothing and equal answers share one string.
/// Thread-safe.
/// </remarks>
internal sealed class FieldReader
{
    /// <summary>The label of a missing answer.</summary>
    public const string Unknown = "unknown";

    private const long Missing = long.MinValue;

    private readonly Func<CoupleProfile, long> _read;
    private readonly ProfileField _field;
    private readonly string[] _labels;
    private readonly long _first;

    private FieldReader(string path, ProfileField field, Func<CoupleProfile, long> read)
    {
        Path = path;
        _field = field;
        _read = read;
        (_first, _labels) = field.Kind switch
        {
            FieldKind.Boolean => (0L, new[] { "false", "true" }),
            FieldKind.Option => (0L, OptionLabels(field.OptionType!)),
            _ when field.Max - field.Min <= 4096 => ((long)field.Min, Enumerable.Range(0, (int)(field.Max - field.Min) + 1)
                .Select(i => ((long)field.Min + i).ToString(CultureInfo.InvariantCulture)).ToArray()),
            _ => (0L, []),
        };
    }

    public string Path { get; }

    /// <summary>Compiles a reader, or explains in one sentence why the path cannot be used (the path shown escaped, so the sentence stays on one line).</summary>
    public static FieldReader Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? path : path[..dot];
        var rest = dot < 0 ? string.Empty : path[(dot + 1)..];
        var (rootName, rootType, catalogPath) = head switch
        {
            "partnerA" => (nameof(CoupleProfile.PartnerA), typeof(PartnerResponse), rest),
            "partnerB" => (nameof(CoupleProfile.PartnerB), typeof(PartnerResponse), rest),
            "relationship" => (nameof(CoupleProfile.Relationship), typeof(RelationshipFacts), path),
            _ => throw new ArgumentException($"The breakdown field '{Formats.OneLine(path)}' must start with partnerA., partnerB. or relationship.", nameof(SimulationSettings.BreakdownField)),
        };

        var field = ProfileField.Catalog.Find(catalogPath);
        if (field is null || rest.Length == 0)
        {
            throw new ArgumentException($"The breakdown field '{Formats.OneLine(path)}' is not a profile answer.", nameof(SimulationSettings.BreakdownField));
        }

        if (field.Kind == FieldKind.Real)
        {
            throw new ArgumentException($"The breakdown field '{Formats.OneLine(path)}' holds a real number; choose a true/false, option or whole-number answer.", nameof(SimulationSettings.BreakdownField));
        }

        var steps = new List<PropertyInfo>();
        var type = rootType;
        foreach (var name in rest.Split('.'))
        {
            var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == name)
                ?? throw new ArgumentException($"The breakdown field '{Formats.OneLine(path)}' is not a profile answer.", nameof(SimulationSettings.BreakdownField));
            steps.Add(property);
            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }

        return new FieldReader(path, field, Compile(rootName, steps));
    }

    /// <summary>The group label of a profile.</summary>
    public string Read(CoupleProfile profile) => Label(_read(profile));

    private string Label(long value)
    {
        if (value == Missing)
        {
            return Unknown;
        }

        var index = value - _first;
        return index >= 0 && index < _labels.Length
            ? _labels[index]
            : _field.Kind == FieldKind.Option ? Unknown : value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Builds <c>p =&gt; p.Root?.Step1?.Step2 ... as a whole number</c>, with <see cref="Missing"/> for any
    /// missing record or answer.
    /// </summary>
    private static Func<CoupleProfile, long> Compile(string rootName, List<PropertyInfo> steps)
    {
        var profile = Expression.Parameter(typeof(CoupleProfile), "profile");
        var done = Expression.Label(typeof(long), "done");
        var missing = Expression.Return(done, Expression.Constant(Missing));
        var variables = new List<ParameterExpression>();
        var body = new List<Expression>();
        Expression current = Expression.Property(profile, rootName);
        foreach (var step in steps)
        {
            var holder = Expression.Variable(current.Type);
            variables.Add(holder);
            body.Add(Expression.Assign(holder, current));
            if (!current.Type.IsValueType)
            {
                body.Add(Expression.IfThen(Expression.ReferenceEqual(holder, Expression.Constant(null, current.Type)), missing));
            }

            current = Expression.Property(holder, step);
        }

        var answer = Expression.Variable(current.Type, "answer");
        variables.Add(answer);
        body.Add(Expression.Assign(answer, current));
        Expression value = answer;
        var valueType = current.Type;
        if (Nullable.GetUnderlyingType(current.Type) is { } underlying)
        {
            body.Add(Expression.IfThen(Expression.Not(Expression.Property(answer, "HasValue")), missing));
            value = Expression.Property(answer, "Value");
            valueType = underlying;
        }

        value = valueType == typeof(bool)
            ? Expression.Condition(value, Expression.Constant(1L), Expression.Constant(0L))
            : Expression.Convert(valueType.IsEnum ? Expression.Convert(value, Enum.GetUnderlyingType(valueType)) : value, typeof(long));
        body.Add(Expression.Label(done, value));
        return Expression.Lambda<Func<CoupleProfile, long>>(Expression.Block(variables, body), profile).Compile();
    }

    private static string[] OptionLabels(Type enumType)
    {
        var values = Enum.GetValues(enumType).Cast<object>().Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)).ToArray();
        if (values.Length == 0 || values.Min() != 0 || values.Max() != values.Length - 1)
        {
            throw new InvalidOperationException("Breakdowns need option types numbered 0 to n - 1; " + enumType.Name + " is not.");
        }

        var labels = new string[values.Length];
        foreach (var value in values)
        {
            labels[value] = JsonNamingPolicy.CamelCase.ConvertName(Enum.GetName(enumType, value)!);
        }

        return labels;
    }
}
