using System.Globalization;
using Intimacy.Core.Profiles;
using Intimacy.Core.Specifications;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>SexlessRelationship</c>: sex has become rare (below the configured yearly count) and at least one partner is unhappy about it; couples content with little sex are left alone.</summary>
[Name("Detect.Sign.SexlessRelationship")]
[Description("Sex has become rare (below the configured yearly count) and at least one partner is unhappy about it; couples content with little sex are left alone.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class SexlessRelationshipRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.sexPerYear", "view.sexFrequencyFeeling", "view.satisfaction.sexual");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.SexlessRelationship;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    internal override Specification<CoupleProfile> Detection(Thresholds thresholds) => thresholds.SexlessRelationship;

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds thresholds) =>
        string.Create(CultureInfo.InvariantCulture, $"sex fewer than {thresholds.SexlessFrequencyPerYear} times a year, with a partner unhappy about it");
}
