using System.Globalization;
using Intimacy.Core.Profiles;
using Intimacy.Core.Specifications;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>PersistentEmotionalDistance</c>: a partner has felt emotionally far away for at least the configured number of months.</summary>
[Name("Detect.Sign.PersistentEmotionalDistance")]
[Description("A partner has felt emotionally far away for at least the configured number of months.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class PersistentEmotionalDistanceRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.distanceMonths");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.PersistentEmotionalDistance;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    internal override Specification<CoupleProfile> Detection(Thresholds thresholds) => thresholds.PersistentEmotionalDistance;

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds thresholds) =>
        string.Create(CultureInfo.InvariantCulture, $"emotional distance for {thresholds.PersistentDistanceMonths} months or more");
}
