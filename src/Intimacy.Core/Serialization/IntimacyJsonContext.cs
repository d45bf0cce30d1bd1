using System.Text.Json.Serialization;
using Intimacy.Core.Profiles;

namespace Intimacy.Core.Serialization;

/// <summary>
/// The source-generated System.Text.Json context for the library's public JSON formats: camel-case
/// names, enums as camel-case strings, unknown answers omitted, unknown or duplicate properties rejected.
/// </summary>
/// <remarks>Combine it with an app's own context through <c>JsonSerializerOptions.TypeInfoResolverChain</c>.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    UseStringEnumConverter = true,
    Converters =
    [
        typeof(CamelCaseEnumConverter<PartnerId>),
        typeof(CamelCaseEnumConverter<Visibility>),
        typeof(CamelCaseEnumConverter<Frequency>),
        typeof(CamelCaseEnumConverter<RelationshipArrangement>),
        typeof(CamelCaseEnumConverter<SexFrequencyFeeling>),
        typeof(CamelCaseEnumConverter<Trend>),
        typeof(CamelCaseEnumConverter<SelfHelpOutcome>),
        typeof(CamelCaseEnumConverter<AttachmentStyle>),
        typeof(CamelCaseEnumConverter<BreachBy>),
        typeof(WholeNumberConverter),
    ])]
[JsonSerializable(typeof(CoupleProfile))]
public sealed partial class IntimacyJsonContext : JsonSerializerContext
{
}
