using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>CommunicationBarriers</c> for a partner: important talks are avoided or feelings are hard to voice.</summary>
[Name("Detect.Barrier.CommunicationBarriers")]
[Description("Important talks are avoided or feelings are hard to voice.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class CommunicationBarriersRule : BarrierRule
{
    private static readonly InputSet Answers = new("view.avoidsMeaningfulConversations", "view.easeTalkingAboutFeelings");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.CommunicationBarriers;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.View is { } v && (v.AvoidsMeaningfulConversations == true || v.EaseTalkingAboutFeelings <= 2);
}
