using System.Text.Json.Serialization;
using Intimacy.Core.Plans;
using Intimacy.Core.Serialization;

namespace Intimacy.Recommendations.Cards;

/// <summary>
/// The source-generated System.Text.Json context for CDS Hooks responses: camel-case names as the
/// CDS Hooks specification spells them, the indicator as <c>info</c>, <c>warning</c> or <c>critical</c>,
/// absent values omitted.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    Converters = [typeof(CamelCaseEnumConverter<Indicator>), typeof(CdsUriConverter)])]
[JsonSerializable(typeof(CdsHooksResponse))]
public sealed partial class CdsHooksJsonContext : JsonSerializerContext
{
}
