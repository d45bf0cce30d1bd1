using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intimacy.Core.Serialization;

/// <summary>Writes and reads an enum as its camel-case name (for example <c>wantsMore</c>); numbers are rejected.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
