using System.Text.Json.Serialization;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Sources;

namespace Intimacy.Core.Serialization;

/// <summary>
/// The source-generated System.Text.Json context for recommendation plans: camel-case names, enums as
/// camel-case strings, absent values omitted, unknown or duplicate properties rejected and every
/// constructor argument required. <see cref="PlanJson"/> is the convenient way to use it.
/// </summary>
/// <remarks>Combine it with an app's own context through <c>JsonSerializerOptions.TypeInfoResolverChain</c>.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UseStringEnumConverter = true,
    Converters =
    [
        typeof(CamelCaseEnumConverter<Audience>),
        typeof(CamelCaseEnumConverter<Indicator>),
        typeof(CamelCaseEnumConverter<FindingKind>),
        typeof(CamelCaseEnumConverter<ItemAudience>),
        typeof(CamelCaseEnumConverter<PlanTrack>),
        typeof(CamelCaseEnumConverter<PlanStage>),
        typeof(CamelCaseEnumConverter<InterventionKind>),
        typeof(CamelCaseEnumConverter<EvidenceLevel>),
        typeof(CamelCaseEnumConverter<PartnerId>),
        typeof(WholeNumberConverter),
    ])]
[JsonSerializable(typeof(RecommendationPlan))]
public sealed partial class PlanJsonContext : JsonSerializerContext
{
}
