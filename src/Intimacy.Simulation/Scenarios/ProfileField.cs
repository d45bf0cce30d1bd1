using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Intimacy.Core.Profiles;

namespace Intimacy.Simulation.Scenarios;

/// <summary>What kind of value a profile field holds.</summary>
internal enum FieldKind
{
    Boolean,
    Integer,
    Real,
    Option,
}

/// <summary>
/// One answer of the profile a scenario can give a distribution to, discovered from the profile
/// types themselves so ranges and option names have a single source (the <see cref="RangeAttribute"/>s).
/// </summary>
internal sealed class ProfileField
{
    private ProfileField(string path, bool isRelationship, int slot, FieldKind kind, Type? optionType, string[] options, double min, double max, string section, bool required)
    {
        Path = path;
        IsRelationship = isRelationship;
        Slot = slot;
        Kind = kind;
        OptionType = optionType;
        Options = options;
        Min = min;
        Max = max;
        Section = section;
        Required = required;
    }

    /// <summary>The scenario path: <c>relationship.lengthYears</c>, <c>ageYears</c> or <c>view.sexPerYear</c>.</summary>
    public string Path { get; }

    public bool IsRelationship { get; }

    /// <summary>The index in the relationship's or a partner's value array.</summary>
    public int Slot { get; }

    public FieldKind Kind { get; }

    public Type? OptionType { get; }

    /// <summary>The camel-case option names, in declaration order, for option fields.</summary>
    public string[] Options { get; }

    public double Min { get; }

    public double Max { get; }

    /// <summary>The section's JSON name (<c>view</c>, <c>relationship</c>…), or empty for <c>ageYears</c>.</summary>
    public string Section { get; }

    /// <summary>Whether the profile cannot leave this field unknown (an age, a PAIR score's two parts).</summary>
    public bool Required { get; }

    public bool IsWhole => Kind is FieldKind.Integer or FieldKind.Option or FieldKind.Boolean;

    /// <summary>The value to show in messages for a range.</summary>
    public string RangeText => Kind switch
    {
        FieldKind.Boolean => "true or false",
        FieldKind.Option => "one of " + string.Join(", ", Options),
        FieldKind.Integer => string.Create(CultureInfo.InvariantCulture, $"a whole number from {Min} to {Max}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"a number from {Min} to {Max}"),
    };

    /// <summary>Finds the option index of a camel-case option name, or -1.</summary>
    public int OptionIndex(string name) => Array.IndexOf(Options, name);

    /// <summary>Parses a literal (<c>true</c>, <c>often</c>, <c>3</c>) as this field's numeric value.</summary>
    /// <returns>Whether the text names a value of this field within its range.</returns>
    public bool TryParseValue(string text, out double value)
    {
        value = double.NaN;
        switch (Kind)
        {
            case FieldKind.Boolean:
                if (text == "true")
                {
                    value = 1;
                    return true;
                }

                if (text == "false")
                {
                    value = 0;
                    return true;
                }

                return false;
            case FieldKind.Option:
                var index = OptionIndex(text);
                value = index;
                return index >= 0;
            default:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    return false;
                }

                if (Kind == FieldKind.Integer && number != Math.Floor(number))
                {
                    return false;
                }

                value = number;
                return number >= Min && number <= Max;
        }
    }

    /// <summary>Formats a numeric value of this field back to scenario text.</summary>
    public string Format(double value) => Kind switch
    {
        FieldKind.Boolean => value != 0 ? "true" : "false",
        FieldKind.Option => Options[(int)value],
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>Every field, from the profile types, in a fixed order.</summary>
    internal static class Catalog
    {
        private static readonly (ProfileField[] Relationship, ProfileField[] Partner) Fields = Build();

        /// <summary>The relationship's fields; their slots index the relationship array.</summary>
        public static IReadOnlyList<ProfileField> Relationship => Fields.Relationship;

        /// <summary>A partner's fields; their slots index a partner's array.</summary>
        public static IReadOnlyList<ProfileField> Partner => Fields.Partner;

        public static ProfileField? Find(string path)
        {
            var list = path.StartsWith(ProfileSections.Relationship + ".", StringComparison.Ordinal) ? Fields.Relationship : Fields.Partner;
            foreach (var field in list)
            {
                if (field.Path == path)
                {
                    return field;
                }
            }

            return null;
        }

        public static ProfileField Get(string path) => Find(path) ?? throw new InvalidOperationException("No profile field " + path + ".");

        private static (ProfileField[], ProfileField[]) Build()
        {
            var relationship = new List<ProfileField>();
            Walk(typeof(RelationshipFacts), ProfileSections.Relationship, true, ProfileSections.Relationship, relationship);
            var partner = new List<ProfileField>();
            Walk(typeof(PartnerResponse), string.Empty, false, string.Empty, partner);
            return ([.. relationship], [.. partner]);
        }

        private static void Walk(Type type, string prefix, bool isRelationship, string section, List<ProfileField> fields)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!property.CanWrite || IsStructural(property))
                {
                    continue;
                }

                var name = JsonName(property.Name);
                var path = prefix.Length == 0 ? name : prefix + "." + name;
                var nullable = Nullable.GetUnderlyingType(property.PropertyType);
                var underlying = nullable ?? property.PropertyType;
                var required = nullable is null && underlying.IsValueType;
                var childSection = section.Length == 0 ? name : section;
                var range = property.GetCustomAttribute<RangeAttribute>();

                if (underlying == typeof(bool))
                {
                    fields.Add(new ProfileField(path, isRelationship, fields.Count, FieldKind.Boolean, null, [], 0, 1, section, required));
                }
                else if (underlying.IsEnum)
                {
                    var options = Enum.GetNames(underlying).Select(JsonName).ToArray();
                    fields.Add(new ProfileField(path, isRelationship, fields.Count, FieldKind.Option, underlying, options, 0, options.Length - 1, section, required));
                }
                else if (underlying == typeof(int) || underlying == typeof(double))
                {
                    if (range is null)
                    {
                        throw new InvalidOperationException("Profile field " + path + " has no [Range]; the simulator needs one.");
                    }

                    var min = Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture);
                    var max = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
                    var kind = underlying == typeof(int) ? FieldKind.Integer : FieldKind.Real;
                    fields.Add(new ProfileField(path, isRelationship, fields.Count, kind, null, [], min, max, section, required));
                }
                else if (underlying.IsClass && underlying.Namespace == typeof(CoupleProfile).Namespace)
                {
                    Walk(underlying, path, isRelationship, childSection, fields);
                }
                else
                {
                    throw new InvalidOperationException("Profile field " + path + " has a type the simulator does not know.");
                }
            }
        }

        private static string JsonName(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
    }

    /// <summary>Properties that describe the profile rather than answer a question.</summary>
    internal static bool IsStructural(PropertyInfo property)
        => property.Name is nameof(IProfileSection.Visibility) or nameof(CoupleProfile.SchemaVersion)
            || property.GetIndexParameters().Length > 0;
}
