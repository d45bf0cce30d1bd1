using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Intimacy.Core.Profiles;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Running;

/// <summary>
/// Reads one answer of a profile by its JSON path (<c>partnerA.life.newParent</c>,
/// <c>relationship.lengthYears</c>) as a group label for a breakdown: <c>true</c>/<c>false</c>,
/// an option name, a whole number, or <c>unknown</c> when the answer (or partner) is missing.
/// </summary>
internal sealed class FieldReader
{
    /// <summary>The label of a missing answer.</summary>
    public const string Unknown = "unknown";

    private readonly Func<CoupleProfile, object?> _root;
    private readonly PropertyInfo[] _steps;

    private FieldReader(string path, Func<CoupleProfile, object?> root, PropertyInfo[] steps)
    {
        Path = path;
        _root = root;
        _steps = steps;
    }

    public string Path { get; }

    /// <summary>Compiles a reader, or explains in one sentence why the path cannot be used.</summary>
    public static FieldReader Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? path : path[..dot];
        var rest = dot < 0 ? string.Empty : path[(dot + 1)..];
        (Func<CoupleProfile, object?> root, Type type, string catalogPath) = head switch
        {
            "partnerA" => ((Func<CoupleProfile, object?>)(p => p.PartnerA), typeof(PartnerResponse), rest),
            "partnerB" => (p => p.PartnerB, typeof(PartnerResponse), rest),
            "relationship" => (p => p.Relationship, typeof(RelationshipFacts), path),
            _ => throw new ArgumentException($"The breakdown field '{path}' must start with partnerA., partnerB. or relationship.", nameof(path)),
        };

        var field = ProfileField.Catalog.Find(catalogPath);
        if (field is null || rest.Length == 0)
        {
            throw new ArgumentException($"The breakdown field '{path}' is not a profile answer.", nameof(path));
        }

        if (field.Kind == FieldKind.Real)
        {
            throw new ArgumentException($"The breakdown field '{path}' holds a real number; choose a true/false, option or whole-number answer.", nameof(path));
        }

        var steps = new List<PropertyInfo>();
        foreach (var name in rest.Split('.'))
        {
            var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == name)
                ?? throw new ArgumentException($"The breakdown field '{path}' is not a profile answer.", nameof(path));
            steps.Add(property);
            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }

        return new FieldReader(path, root, [.. steps]);
    }

    /// <summary>The group label of a profile.</summary>
    public string Read(CoupleProfile profile)
    {
        var value = _root(profile);
        foreach (var step in _steps)
        {
            if (value is null)
            {
                return Unknown;
            }

            value = step.GetValue(value);
        }

        return value switch
        {
            null => Unknown,
            bool b => b ? "true" : "false",
            Enum e => JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? Unknown,
        };
    }
}
