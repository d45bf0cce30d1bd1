using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Tests.Scenarios;
using static Intimacy.Recommendations.Tests.Rules.RuleExample;

namespace Intimacy.Recommendations.Tests.Rules;

/// <summary>The rules that compare the two partners; they need both partners to have answered.</summary>
public class DyadicRuleTests
{
    private static CoupleProfile Desire(int a, int b) =>
        Couples.Both(x => x.View(v => v with { DesireLevel = a }), y => y.View(v => v with { DesireLevel = b }));

    private static CoupleProfile Realized(int a, int b) => Couples.Both(
        x => x.RelationshipScores(r => r with { Pair = new PairScores { Recreational = new PairDimensionScore { Realized = a, Ideal = a } } }),
        y => y.RelationshipScores(r => r with { Pair = new PairScores { Recreational = new PairDimensionScore { Realized = b, Ideal = b } } }));

    private static CoupleProfile Satisfied(int a, int b) => Couples.Both(
        x => x.View(v => v with { Satisfaction = new DimensionSatisfaction { Intellectual = a } }),
        y => y.View(v => v with { Satisfaction = new DimensionSatisfaction { Intellectual = b } }));

    public static IReadOnlyList<RuleExample> Examples { get; } =
    [
        Firing("Detect.Dyadic.DesireDiscrepancy", "levels 5 and 3", Desire(5, 3)),
        Firing("Detect.Dyadic.DesireDiscrepancy", "one wants more, the other less", Couples.Both(
            a => a.View(v => v with { SexFrequencyFeeling = SexFrequencyFeeling.WantsLess }),
            b => b.View(v => v with { SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }))),
        Quiet("Detect.Dyadic.DesireDiscrepancy", "levels 4 and 3", Desire(4, 3)),
        Quiet("Detect.Dyadic.DesireDiscrepancy", "one wants more, the other is content", Couples.Both(
            a => a.View(v => v with { SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }),
            b => b.View(v => v with { SexFrequencyFeeling = SexFrequencyFeeling.Content }))),
        Quiet("Detect.Dyadic.DesireDiscrepancy", "one respondent", Couples.OnlyA(a => a.View(v => v with { DesireLevel = 5, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }))),

        Firing("Detect.Dyadic.OnePartnerLeaningOut", "B leaning out, A not", Couples.Both(null, b => b.Commitment(c => c with { LeaningOut = true }))),
        Quiet("Detect.Dyadic.OnePartnerLeaningOut", "both leaning out", Couples.Alike(p => p.Commitment(c => c with { LeaningOut = true }))),
        Quiet("Detect.Dyadic.OnePartnerLeaningOut", "neither leaning out", Couples.Alike(p => p.Commitment(c => c with { LeaningOut = false }))),

        Firing("Detect.Dyadic.PairPartnerGap", "realized 40 and 45", Realized(40, 45)),
        Quiet("Detect.Dyadic.PairPartnerGap", "realized 40 and 44", Realized(40, 44)),
        Quiet("Detect.Dyadic.PairPartnerGap", "only one partner has PAIR scores", Couples.Both(a => a.RelationshipScores(r => r with { Pair = new PairScores { Recreational = new PairDimensionScore { Realized = 10, Ideal = 10 } } }))),

        Firing("Detect.Dyadic.PartnersDisagree", "4 and 2", Satisfied(4, 2)),
        Firing("Detect.Dyadic.PartnersDisagree", "1 and 5", Satisfied(1, 5)),
        Quiet("Detect.Dyadic.PartnersDisagree", "3 and 1", Satisfied(3, 1)),
        Quiet("Detect.Dyadic.PartnersDisagree", "4 and 3", Satisfied(4, 3)),
    ];

    public static TheoryData<string> Keys => RuleExamples.Keys(Examples);

    [Theory]
    [MemberData(nameof(Keys))]
    public void DyadicRule_FiresExactlyWhenThePartnersDiffer(string key) => RuleExamples.Check(Examples, key);

    [Fact]
    public void DyadicFinding_IsAboutTheCouple_AndCitesBothPartnersAnswers()
    {
        var finding = Engines.Default.Recommend(Desire(5, 1)).Findings.Single(f => f.RuleName == "Detect.Dyadic.DesireDiscrepancy");

        finding.Id.Should().Be("dyadic.desire-discrepancy");
        finding.Subject.Should().BeNull();
        finding.InputPaths.Should().Contain(["$.partnerA.view.desireLevel", "$.partnerB.view.desireLevel"]);
        finding.Disclosure.Should().Be(Disclosure.Shared);
    }

    [Fact]
    public void DesireDiscrepancyFinding_CitesTheSeedSectionsThatDescribeMismatchedDesire()
    {
        // The seeds discuss mismatched desire under "Obstacles to intimacy" ([therapist-guide]) and "The connection
        // between physical and emotional intimacy" ([rebuild-emotional]); neither has a section on the
        // pursue-withdraw pattern or a "common causes: mismatched desire" entry. The finding cites what the
        // catalog barrier it records cites.
        var finding = Engines.Default.Recommend(Desire(5, 1)).Findings.Single(f => f.RuleName == "Detect.Dyadic.DesireDiscrepancy");

        var barrier = Core.Barriers.Barriers.MismatchedDesire;
        finding.CatalogId.Should().Be(barrier.Id);
        finding.Sources.Select(c => (c.SourceId, c.Locator)).Should().BeEquivalentTo(barrier.Sources.Select(r => (r.Source.Id, r.Locator)));
    }

    [Fact]
    public void LeaningOutFinding_IsClinicianOnly_BecauseItAlsoRestsOnTheOtherPartnersPrivateAnswer()
    {
        // The finding says "the other partner is not known to be leaning out": that rests on partner A's private
        // commitment section too, so showing it to B would tell B something about A.
        var plan = Engines.Default.Recommend(Couples.Both(null, b => b.Commitment(c => c with { LeaningOut = true })));

        plan.Findings.Single(f => f.RuleName == "Detect.Dyadic.OnePartnerLeaningOut").Disclosure.Should().Be(Disclosure.ClinicianOnly);
        plan.ForAudience(Audience.PartnerA).ShouldRevealNothingOf("$.partnerB.commitment", [Core.Interventions.Interventions.DiscernmentCounselling.Id]);
    }

    [Fact]
    public void DesireAndPairGaps_FollowTheOptions()
    {
        var profile = Couples.Both(
            a => a.View(v => v with { DesireLevel = 4 }).RelationshipScores(r => r with { Pair = new PairScores { Social = new PairDimensionScore { Realized = 40, Ideal = 40 } } }),
            b => b.View(v => v with { DesireLevel = 3 }).RelationshipScores(r => r with { Pair = new PairScores { Social = new PairDimensionScore { Realized = 43, Ideal = 43 } } }));

        Engines.Default.Recommend(profile).Findings.Should().BeEmpty();
        var plan = Engines.With(o => { o.DesireDiscrepancy = 1; o.PairPartnerGap = 3; }).Recommend(profile);

        plan.Findings.Select(f => f.Threshold).Should().BeEquivalentTo(
        [
            "desire levels 1 or more points apart on a 1 to 5 scale, or opposite wishes",
            "PAIR realized scores 3 or more points apart",
        ]);
    }
}
