using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intimacy.Core.Serialization;

/// <summary>
/// Writes and reads an enum as its camel-case name (for example <c>wantsMore</c>). Reading accepts
/// exactly the names the JSON Schema lists: numbers, other casing, surrounding spaces and
/// comma-separated lists are rejected.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
/// <remarks>
/// System.Text.Json's own string enum converter matches names case-insensitively, trims spaces and
/// combines comma-separated names bitwise, so <c>"rarely, sometimes"</c> silently became
/// <c>often</c>. An answer must never be read as a different answer, so this converter matches
/// names ordinally and nothing else. Its errors never quote the value given.
/// </remarks>
public sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly JsonEncodedText[] Names =
        [.. Enum.GetNames<TEnum>().Select(name => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(name)))];

    /// <summary>The camel-case names, in the enum's declaration order.</summary>
    internal static IEnumerable<string> JsonNames => Names.Select(name => name.Value);

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            for (var i = 0; i < Names.Length; i++)
            {
                if (reader.ValueTextEquals(Names[i].EncodedUtf8Bytes))
                {
                    return Values[i];
                }
            }
        }

        throw new JsonException($"The value is not one of the {typeof(TEnum).Name} options.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var index = Array.IndexOf(Values, value);
        if (index < 0)
        {
            throw new JsonException($"The value is not one of the {typeof(TEnum).Name} options.");
        }

        writer.WriteStringValue(Names[index]);
    }
}
