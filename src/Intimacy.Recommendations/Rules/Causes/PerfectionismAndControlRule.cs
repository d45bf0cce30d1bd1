using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>PerfectionismAndControl</c> for a partner: the partner recognises a pull towards perfectionism or control.</summary>
[Name("Detect.Barrier.PerfectionismAndControl")]
[Description("The partner recognises a pull towards perfectionism or control.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class PerfectionismAndControlRule : BarrierRule
{
    private static readonly InputSet Answers = new("personal.perfectionismOrControl");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.PerfectionismAndControl;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Personal?.PerfectionismOrControl == true;
}
