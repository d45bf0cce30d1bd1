using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Dyadic;

/// <summary>The partners rate their satisfaction with some dimension of intimacy very differently.</summary>
[Name("Detect.Dyadic.PartnersDisagree")]
[Description("Compares satisfaction per dimension: one partner satisfied (4 or 5) while the other is not (1 or 2) on the same dimension.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Dyadic)]
[Priority(RulePriorities.Dyadic)]
public sealed class PartnersDisagreeRule : DyadicRule
{
    private static readonly FindingCode FindingCode = new("dyadic.partners-disagree");
    private static readonly InputSet Answers = new(
        "view.satisfaction.emotional", "view.satisfaction.physicalAffection", "view.satisfaction.sexual",
        "view.satisfaction.intellectual", "view.satisfaction.recreational", "view.satisfaction.social");

    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(SchaeferOlson1981.At("Comparing partners' views per dimension"));

    /// <inheritdoc />
    protected override FindingCode Code => FindingCode;

    /// <inheritdoc />
    protected override string Title => "The partners see a part of their intimacy very differently";

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override bool Differ(PartnerResponse a, PartnerResponse b, Thresholds thresholds)
    {
        if (a.View?.Satisfaction is not { } x || b.View?.Satisfaction is not { } y)
        {
            return false;
        }

        return Split(x.Emotional, y.Emotional) || Split(x.PhysicalAffection, y.PhysicalAffection) || Split(x.Sexual, y.Sexual)
            || Split(x.Intellectual, y.Intellectual) || Split(x.Recreational, y.Recreational) || Split(x.Social, y.Social);
    }

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds thresholds) => "one partner at 4 or 5 and the other at 1 or 2 on the same dimension";

    private static bool Split(int? first, int? second) =>
        first is { } f && second is { } s && ((f >= 4 && s <= 2) || (f <= 2 && s >= 4));
}
