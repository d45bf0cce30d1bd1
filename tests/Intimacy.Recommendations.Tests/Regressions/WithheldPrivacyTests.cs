using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found by the privacy property: a withheld entry names what holds it back (<c>HeldBy</c>), and a view
/// showed the entry because of a shared reason while naming a gate that came from a private answer, for
/// example "held by gate.imminent-danger" in the couple's view when one partner had privately reported a
/// self-harm plan and the shared reason was substance use. Contraindications all had the same rank, so
/// the first one was named even when only another one's reason could be shown.
/// </summary>
public class WithheldPrivacyTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    private static readonly CoupleProfile Profile = CoupleProfileBuilder.Create()
        .WithPartnerA(33, a => a
            .RelationshipScores(r => r with { Csi4 = 5 })
            .Health(h => h with { SubstanceMisuse = true })
            .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = true, SelfHarmPlan = true }))
        .WithPartnerB(35, b => b.Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .Build();

    [Fact]
    public void TheCoupleView_NeverNamesAGateThatRestsOnAPrivateAnswer()
    {
        var plan = Engine.Recommend(Profile);
        plan.Withheld.Should().Contain(w => w.InterventionId == "intervention.couples-therapy" && w.HeldBy == "gate.imminent-danger");

        foreach (var audience in new[] { Audience.Couple, Audience.PartnerB })
        {
            plan.ForAudience(audience).Withheld.Should().NotContain(w => w.HeldBy == "gate.imminent-danger", "partner A's self-harm plan is private ({0} view)", audience);
        }
    }

    [Fact]
    public void ThePartnerWhoseAnswerHoldsTheItem_SeesTheHoldWithItsReason()
    {
        var view = Engine.Recommend(Profile).ForAudience(Audience.PartnerA);

        var entry = view.Withheld.Should().ContainSingle(w => w.InterventionId == "intervention.couples-therapy").Subject;
        entry.HeldBy.Should().Be("gate.imminent-danger");
        entry.Reasons.Should().Contain(r => r.FindingIds.Contains("gate.imminent-danger:partnerA"));
    }

    [Fact]
    public void AContraindicationNamedAsTheHolder_IsOneTheViewShowsAReasonFor()
    {
        // Sex therapy for partner B's shared sexual pain: safety not screened for A (private) and untreated pain (shared) both apply.
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(50)
            .WithPartnerB(49, b => b
                .Health(h => h with { PainDuringSex = true, PainBeingTreated = false })
                .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
            .Build();

        var plan = Engine.Recommend(profile);
        plan.Withheld.Should().Contain(w => w.InterventionId == "intervention.sex-therapy");

        foreach (var audience in new[] { Audience.Couple, Audience.PartnerA, Audience.PartnerB })
        {
            foreach (var entry in plan.ForAudience(audience).Withheld.Where(w => w.HeldBy.StartsWith("contraindication.", StringComparison.Ordinal)))
            {
                var name = Engine.Catalog.GetContraindication(entry.HeldBy).Name;
                entry.Reasons.Should().Contain(r => r.Text.Contains(name), "the {0} view names {1} as the holder of {2}", audience, entry.HeldBy, entry.InterventionId);
            }
        }
    }
}
