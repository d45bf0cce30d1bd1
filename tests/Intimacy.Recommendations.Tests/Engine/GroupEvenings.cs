using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Sources;

namespace Intimacy.Recommendations.Tests.Engine;

/// <summary>An app's own catalog of many small-group evenings, for tests of evaluations far larger than the built-in catalog allows.</summary>
internal static class GroupEvenings
{
    /// <summary><paramref name="count"/> group evenings whose ids are <paramref name="idPrefix"/> and a number from 0.</summary>
    public static IEnumerable<Intervention> Make(string idPrefix, int count) => Enumerable.Range(0, count).Select(n => new Intervention(
        $"{idPrefix}{n}",
        $"Group evening {n}",
        "An evening in a small group of couples.",
        InterventionKind.SharedActivity,
        InterventionActor.CoupleTogether,
        PlanStage.Support,
        [IntimacyDimension.Emotional],
        [Sources.TherapistGuide.At("Group work")]));
}
