using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intimacy.Core.Serialization;

/// <summary>
/// Describes enums in the exported JSON Schemas. <see cref="CamelCaseEnumConverter{TEnum}"/> is a custom
/// converter, which the schema exporter cannot look into, so the schemas list its options from here.
/// </summary>
internal static class EnumSchema
{
    /// <summary>
    /// The schema of an enum: <c>{ "enum": [...] }</c> with the options it is written as, plus <c>null</c>
    /// when the value is optional. It replaces whatever the exporter made of the custom converter.
    /// </summary>
    /// <param name="type">The type being described.</param>
    /// <returns>The schema, or <see langword="null"/> when <paramref name="type"/> is not an enum.</returns>
    public static JsonObject? Of(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        var enumType = underlying ?? type;
        if (!enumType.IsEnum)
        {
            return null;
        }

        var options = new JsonArray([.. Names(enumType).Select(name => (JsonNode?)JsonValue.Create(name))]);
        if (underlying is not null)
        {
            options.Add(null);
        }

        return new JsonObject { ["enum"] = options };
    }

    /// <summary>The names <see cref="CamelCaseEnumConverter{TEnum}"/> reads and writes for an enum, in declaration order.</summary>
    /// <param name="enumType">The enum type.</param>
    /// <returns>The names.</returns>
    /// <remarks>
    /// The converter's own naming, applied here rather than read from the converter made for the enum at run time,
    /// which native AOT cannot promise to do; a test holds the two to the same names.
    /// </remarks>
    public static IReadOnlyList<string> Names(Type enumType) =>
        [.. Enum.GetNames(enumType).Select(JsonNamingPolicy.CamelCase.ConvertName)];
}
