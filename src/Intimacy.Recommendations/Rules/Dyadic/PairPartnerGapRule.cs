using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Dyadic;

/// <summary>The partners' PAIR scores for how intimacy is now differ by at least the configured gap on some dimension.</summary>
[Name("Detect.Dyadic.PairPartnerGap")]
[Description("Compares the partners' PAIR realized scores per dimension; gaps under five points are usually of no consequence.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Dyadic)]
[Tag(RuleTags.Instruments)]
[Priority(RulePriorities.Dyadic)]
public sealed class PairPartnerGapRule : DyadicRule
{
    private static readonly FindingCode FindingCode = new("dyadic.pair-partner-gap");
    private static readonly InputSet Answers = new("relationshipScores.pair");
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(SchaeferOlson1981.At("Partner differences on the PAIR scales"));

    /// <inheritdoc />
    protected override FindingCode Code => FindingCode;

    /// <inheritdoc />
    protected override string Title => "The partners' PAIR scores differ on a dimension";

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override bool Differ(PartnerResponse a, PartnerResponse b, Thresholds thresholds)
    {
        if (a.RelationshipScores?.Pair is not { } x || b.RelationshipScores?.Pair is not { } y)
        {
            return false;
        }

        var gap = thresholds.PairPartnerGap;
        return Apart(x.Emotional, y.Emotional, gap) || Apart(x.Social, y.Social, gap) || Apart(x.Sexual, y.Sexual, gap)
            || Apart(x.Intellectual, y.Intellectual, gap) || Apart(x.Recreational, y.Recreational, gap);
    }

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds thresholds) =>
        string.Create(CultureInfo.InvariantCulture, $"PAIR realized scores {thresholds.PairPartnerGap} or more points apart");

    private static bool Apart(PairDimensionScore? first, PairDimensionScore? second, double gap) =>
        first is not null && second is not null && Math.Abs(first.Realized - second.Realized) >= gap;
}
