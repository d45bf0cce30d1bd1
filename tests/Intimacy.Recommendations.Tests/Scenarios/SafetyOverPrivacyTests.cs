using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Safety;
using static Intimacy.Core.Interventions.Interventions;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// docs/safety.md, "What the couple view cannot hide": when partner A reports violence in the private
/// safety section, the couple's view and B's suggest no joint work, say nothing of why, and still list
/// the shared finding (a distressed CSI-4 score) that would otherwise lead to joint work.
/// </summary>
public class SafetyOverPrivacyTests
{
    private static readonly string Violence = SafetyGates.Id(SafetyGate.ViolenceOrCoercion);

    private static CoupleProfile Profile(bool violence) => Couples.Both(
        a => a.Safety(s => s with { ExperiencesViolence = violence }).RelationshipScores(r => r with { Csi4 = 8 }),
        b => b.View(v => v with { FeelsLikeRoommates = true, Affection = Frequency.Rarely }));

    [Fact]
    public void PrivateViolence_TakesJointWorkOutOfTheCouplesAndBsViews_AndKeepsTheSharedDistressFinding()
    {
        var without = Engines.Default.Recommend(Profile(violence: false));
        var with = Engines.Default.Recommend(Profile(violence: true));

        foreach (var audience in new[] { Audience.Couple, Audience.PartnerB })
        {
            var before = without.ForAudience(audience);
            before.AllItems.Should().Contain(i => i.Audience == ItemAudience.Couple, "the same answers without violence call for joint work in the {0} view", audience);
            before.Findings.Select(f => f.Id).Should().Contain("instrument.csi4-distress:partnerA");

            var view = with.ForAudience(audience);
            view.AllItems.Should().NotContain(i => i.Audience == ItemAudience.Couple, "row 2 holds joint work back in every view");
            view.Findings.Select(f => f.Id).Should().Contain("instrument.csi4-distress:partnerA", "the shared finding is still listed");
            view.ShouldRevealNothingOf("$.partnerA.safety", [SafetyPlanning.Id, SpecialistScreening.Id], Violence);
            view.Notices.Should().BeEmpty();
            view.WithheldShouldBeEmpty();
        }
    }
}
