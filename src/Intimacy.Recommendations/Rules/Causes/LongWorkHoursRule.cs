using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>LongWorkHours</c> for a partner: the partner works long hours (at or above the configured weekly hours).</summary>
[Name("Detect.Barrier.LongWorkHours")]
[Description("The partner works long hours (at or above the configured weekly hours).")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class LongWorkHoursRule : BarrierRule
{
    private static readonly InputSet Answers = new("life.workHoursPerWeek");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.LongWorkHours;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds t) => r.Response.Life?.WorkHoursPerWeek >= t.LongWorkHours;
}
