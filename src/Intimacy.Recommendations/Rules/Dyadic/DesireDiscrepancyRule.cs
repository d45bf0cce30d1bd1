using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Dyadic;

/// <summary>The partners' sexual desire differs: levels far apart, or one wants more while the other wants less.</summary>
[Name("Detect.Dyadic.DesireDiscrepancy")]
[Description("Compares the partners' desire: levels at least the configured points apart, or one wanting more sex while the other wants less.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Dyadic)]
[Priority(RulePriorities.Dyadic)]
public sealed class DesireDiscrepancyRule : DyadicRule
{
    private static readonly FindingCode FindingCode = new("dyadic.desire-discrepancy");
    private static readonly InputSet Answers = new("view.desireLevel", "view.sexFrequencyFeeling");
    // The barrier's own sources: the seed sections that actually discuss mismatched desire.
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(Intimacy.Core.Barriers.Barriers.MismatchedDesire);

    /// <inheritdoc />
    protected override FindingCode Code => FindingCode;

    /// <inheritdoc />
    protected override string Title => "The partners' levels of desire differ";

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override string? CatalogId => Intimacy.Core.Barriers.Barriers.MismatchedDesire.Id;

    /// <inheritdoc />
    protected override bool Differ(PartnerResponse a, PartnerResponse b, Thresholds thresholds)
    {
        var levelsApart = a.View?.DesireLevel is { } da && b.View?.DesireLevel is { } db && Math.Abs(da - db) >= thresholds.DesireDiscrepancy;
        var opposite = (a.View?.SexFrequencyFeeling, b.View?.SexFrequencyFeeling) is
            (SexFrequencyFeeling.WantsMore, SexFrequencyFeeling.WantsLess) or (SexFrequencyFeeling.WantsLess, SexFrequencyFeeling.WantsMore);
        return levelsApart || opposite;
    }

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds thresholds) =>
        string.Create(CultureInfo.InvariantCulture, $"desire levels {thresholds.DesireDiscrepancy} or more points apart on a 1 to 5 scale, or opposite wishes");
}
