using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Instruments;

/// <summary>A partner's PAIR ideal is well above how intimacy is now on one or more dimensions: one finding per dimension.</summary>
[Name("Detect.Instrument.PairIdealGap")]
[Description("Compares each PAIR dimension's ideal with its realized score; a gap of at least the configured points is an unmet wish.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Instruments)]
[Priority(RulePriorities.Detection)]
public sealed class PairIdealGapRule : Rule
{
    private static readonly (string Name, FindingCode Code, InputSet Inputs, Func<PairScores, PairDimensionScore?> Score)[] Dimensions =
    [
        ("emotional", new("instrument.pair-gap.emotional"), new("relationshipScores.pair.emotional"), p => p.Emotional),
        ("social", new("instrument.pair-gap.social"), new("relationshipScores.pair.social"), p => p.Social),
        ("sexual", new("instrument.pair-gap.sexual"), new("relationshipScores.pair.sexual"), p => p.Sexual),
        ("intellectual", new("instrument.pair-gap.intellectual"), new("relationshipScores.pair.intellectual"), p => p.Intellectual),
        ("recreational", new("instrument.pair-gap.recreational"), new("relationshipScores.pair.recreational"), p => p.Recreational),
    ];

    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(SchaeferOlson1981.At("Realized versus ideal scores per dimension"));

    /// <inheritdoc />
    public override void Define()
    {
        Respondent respondent = null!;

        When()
            .Match(() => respondent, r => HasGap(r, r.Thresholds));
        Then()
            .Do(ctx => InsertGaps(ctx, respondent, respondent.Thresholds));
    }

    private static bool HasGap(Respondent respondent, Thresholds thresholds)
    {
        if (respondent.Response.RelationshipScores?.Pair is not { } pair)
        {
            return false;
        }

        foreach (var dimension in Dimensions)
        {
            if (dimension.Score(pair) is { } score && score.Gap >= thresholds.PairIdealGap)
            {
                return true;
            }
        }

        return false;
    }

    private static void InsertGaps(IContext context, Respondent respondent, Thresholds thresholds)
    {
        var pair = respondent.Response.RelationshipScores!.Pair!;
        var threshold = string.Create(CultureInfo.InvariantCulture, $"PAIR ideal {thresholds.PairIdealGap} or more points above realized");
        foreach (var dimension in Dimensions)
        {
            if (dimension.Score(pair) is { } score && score.Gap >= thresholds.PairIdealGap)
            {
                context.Insert(Explain.PartnerFinding(
                    context.Rule.Name, respondent, dimension.Code, FindingKind.Instrument,
                    "PAIR: more " + dimension.Name + " intimacy wished for than experienced",
                    dimension.Inputs.For(respondent.Partner), Cited, Indicator.Info, threshold));
            }
        }
    }
}
