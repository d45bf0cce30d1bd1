using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Sources;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found by mutation testing of <see cref="RecommendationPlan.ForAudience"/>: "a view also drops from the reasons it
/// keeps the ids of findings it does not show" (docs/safety.md), since an id such as
/// <c>gate.violence-or-coercion:partnerA</c> tells of the finding. The engine narrows a reason to the findings it cites,
/// so its own plans never reach that step; a plan read back from JSON or made by hand does, and no test covered it.
/// </summary>
public class ViewDropsHiddenFindingIdsTests
{
    private const string PrivateFinding = "gate.violence-or-coercion:partnerA";
    private const string SharedFinding = "sign.app-shared";

    [Theory]
    [InlineData(Audience.Couple)]
    [InlineData(Audience.PartnerB)]
    public void AKeptReason_LosesTheIdOfAFindingTheViewDoesNotShow(Audience audience)
    {
        var view = Plan().ForAudience(audience);

        view.Findings.Select(f => f.Id).Should().Equal(SharedFinding);
        view.AllItems.Single().Reasons.Single().FindingIds.Should().Equal(SharedFinding);
        view.Withheld.Single().Reasons.Single().FindingIds.Should().Equal(SharedFinding);
    }

    [Fact]
    public void TheViewThatShowsTheFinding_KeepsItsId()
    {
        var view = Plan().ForAudience(Audience.PartnerA);

        view.AllItems.Single().Reasons.Single().FindingIds.Should().Equal(PrivateFinding, SharedFinding);
    }

    /// <summary>A hand-made plan whose shared reasons cite a finding private to partner A and a shared one.</summary>
    private static RecommendationPlan Plan()
    {
        var reason = new Reason
        {
            RuleName = "App.Rule",
            Text = "An app's reason.",
            FindingIds = [PrivateFinding, SharedFinding],
            Disclosure = Disclosure.Shared,
        };
        var item = new PlanItem
        {
            InterventionId = "intervention.app-x",
            Title = "X",
            Summary = "An app exercise.",
            Detail = "An app exercise.",
            Kind = InterventionKind.SharedActivity,
            Stage = PlanStage.EmotionalFoundation,
            Track = PlanTrack.Phase,
            Indicator = Indicator.Info,
            Priority = 40,
            Audience = ItemAudience.Couple,
            Reasons = [reason],
            Sources = [new Citation("source.app", "App guide", new Uri("https://example.org/guide"), "p. 1", EvidenceLevel.PractitionerAdvice)],
            Disclosure = Disclosure.Shared,
        };
        return new RecommendationPlan
        {
            Stamp = new PlanStamp("1.0.0", "abc", "def", RecommendationPlan.CurrentSchemaVersion),
            Phases = [new PlanPhase(PlanStage.EmotionalFoundation, [item])],
            Withheld = [new WithheldItem { InterventionId = "intervention.app-y", Title = "Y", HeldBy = "gate.app", Reasons = [reason], Disclosure = Disclosure.Shared }],
            Findings =
            [
                new Finding { Id = PrivateFinding, Code = "gate.violence-or-coercion", Kind = FindingKind.Safety, Title = "Private", RuleName = "Safety.ViolenceOrCoercion", Subject = PartnerId.PartnerA, Disclosure = Disclosure.PrivateTo(PartnerId.PartnerA) },
                new Finding { Id = SharedFinding, Code = "sign.app-shared", Kind = FindingKind.Dyadic, Title = "Shared", RuleName = "App.Rule", Disclosure = Disclosure.Shared },
            ],
        };
    }
}
