using Intimacy.Core.Barriers;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>AttachmentInsecurity</c> for a partner: the partner describes an anxious, avoidant or fearful attachment pattern.</summary>
[Name("Detect.Barrier.AttachmentInsecurity")]
[Description("The partner describes an anxious, avoidant or fearful attachment pattern.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class AttachmentInsecurityRule : BarrierRule
{
    private static readonly InputSet Answers = new("personal.attachmentStyle");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.AttachmentInsecurity;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Personal?.AttachmentStyle is AttachmentStyle.Anxious or AttachmentStyle.Avoidant or AttachmentStyle.Fearful;
}
