using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Tests.Scenarios;
using static Intimacy.Recommendations.Tests.Rules.RuleExample;

namespace Intimacy.Recommendations.Tests.Rules;

/// <summary>
/// The questionnaire rules at their published cut-offs, in the right direction (distress is below
/// the CSI, DAS and RDAS cut-offs, above the PHQ and GAD ones; IIEF-5 and FSFI count only with sexual
/// activity in the window).
/// </summary>
public class InstrumentRuleTests
{
    private static readonly CoupleProfile Unknown = Couples.Both();

    private static CoupleProfile ScoresA(Func<RelationshipScores, RelationshipScores> edit) => Couples.Both(a => a.RelationshipScores(edit));

    private static CoupleProfile WellbeingB(Func<WellbeingScores, WellbeingScores> edit) => Couples.Both(null, b => b.WellbeingScores(edit));

    private static CoupleProfile Pair(int realized, int ideal) =>
        ScoresA(r => r with { Pair = new PairScores { Intellectual = new PairDimensionScore { Realized = realized, Ideal = ideal } } });

    public static IReadOnlyList<RuleExample> Examples { get; } =
    [
        Firing("Detect.Instrument.Csi4Distress", "13 (below 13.5)", ScoresA(r => r with { Csi4 = 13 })),
        Quiet("Detect.Instrument.Csi4Distress", "14 (above 13.5)", ScoresA(r => r with { Csi4 = 14 })),
        Quiet("Detect.Instrument.Csi4Distress", "unknown", Unknown),

        Firing("Detect.Instrument.Csi16Distress", "51 (below 51.5)", ScoresA(r => r with { Csi16 = 51 })),
        Quiet("Detect.Instrument.Csi16Distress", "52 (above 51.5)", ScoresA(r => r with { Csi16 = 52 })),

        Firing("Detect.Instrument.Csi32Distress", "104 (below 104.5)", ScoresA(r => r with { Csi32 = 104 })),
        Quiet("Detect.Instrument.Csi32Distress", "105 (above 104.5)", ScoresA(r => r with { Csi32 = 105 })),

        Firing("Detect.Instrument.DasDistress", "96 (below 97)", ScoresA(r => r with { Das = 96 })),
        Quiet("Detect.Instrument.DasDistress", "97 (at 97)", ScoresA(r => r with { Das = 97 })),

        Firing("Detect.Instrument.RdasDistress", "47 (at 47)", ScoresA(r => r with { Rdas = 47 })),
        Quiet("Detect.Instrument.RdasDistress", "48 (above 47)", ScoresA(r => r with { Rdas = 48 })),
        Quiet("Detect.Instrument.RdasDistress", "unknown", Unknown),

        Firing("Detect.Instrument.Phq2Positive", "3", WellbeingB(w => w with { Phq2 = 3 })),
        Quiet("Detect.Instrument.Phq2Positive", "2", WellbeingB(w => w with { Phq2 = 2 })),

        // A screen calls for the full instrument; once the full instrument is answered, its total decides (domain notes §2).
        Quiet("Detect.Instrument.Phq2Positive", "4, but the full PHQ-9 answered (6)", WellbeingB(w => w with { Phq2 = 4, Phq9 = 6, Phq9Item9 = 0 })),
        Quiet("Detect.Instrument.Phq2Positive", "4, full PHQ-9 answered and moderate (12)", WellbeingB(w => w with { Phq2 = 4, Phq9 = 12, Phq9Item9 = 0 })),
        Firing("Detect.Instrument.Phq2Positive", "4, PHQ-9 unknown, GAD-7 known", WellbeingB(w => w with { Phq2 = 4, Gad7 = 2 })),

        Firing("Detect.Instrument.Phq9Moderate", "10", WellbeingB(w => w with { Phq9 = 10, Phq9Item9 = 0 })),
        Quiet("Detect.Instrument.Phq9Moderate", "9", WellbeingB(w => w with { Phq9 = 9, Phq9Item9 = 0 })),

        Firing("Detect.Instrument.Gad2Positive", "3", WellbeingB(w => w with { Gad2 = 3 })),
        Quiet("Detect.Instrument.Gad2Positive", "2", WellbeingB(w => w with { Gad2 = 2 })),

        Quiet("Detect.Instrument.Gad2Positive", "3, but the full GAD-7 answered (5)", WellbeingB(w => w with { Gad2 = 3, Gad7 = 5 })),
        Quiet("Detect.Instrument.Gad2Positive", "3, full GAD-7 answered and moderate (11)", WellbeingB(w => w with { Gad2 = 3, Gad7 = 11 })),
        Firing("Detect.Instrument.Gad2Positive", "3, GAD-7 unknown, PHQ-9 known", WellbeingB(w => w with { Gad2 = 3, Phq9 = 3, Phq9Item9 = 0 })),

        Firing("Detect.Instrument.Gad7Moderate", "10", WellbeingB(w => w with { Gad7 = 10 })),
        Quiet("Detect.Instrument.Gad7Moderate", "9", WellbeingB(w => w with { Gad7 = 9 })),

        Firing("Detect.Instrument.Iief5Low", "21 while sexually active", WellbeingB(w => w with { Iief5 = 21, Iief5SexuallyActive = true })),
        Quiet("Detect.Instrument.Iief5Low", "22 while sexually active", WellbeingB(w => w with { Iief5 = 22, Iief5SexuallyActive = true })),
        Quiet("Detect.Instrument.Iief5Low", "5 without sexual activity", WellbeingB(w => w with { Iief5 = 5, Iief5SexuallyActive = false })),
        Quiet("Detect.Instrument.Iief5Low", "5 with activity unknown", WellbeingB(w => w with { Iief5 = 5 })),

        Firing("Detect.Instrument.FsfiLow", "26.55 while sexually active", WellbeingB(w => w with { Fsfi = 26.55, FsfiSexuallyActive = true })),
        Quiet("Detect.Instrument.FsfiLow", "26.6 while sexually active", WellbeingB(w => w with { Fsfi = 26.6, FsfiSexuallyActive = true })),
        Quiet("Detect.Instrument.FsfiLow", "10 without sexual activity", WellbeingB(w => w with { Fsfi = 10, FsfiSexuallyActive = false })),
        Quiet("Detect.Instrument.FsfiLow", "10 with activity unknown", WellbeingB(w => w with { Fsfi = 10 })),

        // A low score with the activity question unanswered is not read either way: it asks for the answer.
        Firing("Detect.Instrument.Iief5Unreadable", "21 with activity unknown", WellbeingB(w => w with { Iief5 = 21 })),
        Quiet("Detect.Instrument.Iief5Unreadable", "22 with activity unknown", WellbeingB(w => w with { Iief5 = 22 })),
        Quiet("Detect.Instrument.Iief5Unreadable", "21 while sexually active", WellbeingB(w => w with { Iief5 = 21, Iief5SexuallyActive = true })),
        Quiet("Detect.Instrument.Iief5Unreadable", "3 without sexual activity", WellbeingB(w => w with { Iief5 = 3, Iief5SexuallyActive = false })),

        Firing("Detect.Instrument.FsfiUnreadable", "26.55 with activity unknown", WellbeingB(w => w with { Fsfi = 26.55 })),
        Quiet("Detect.Instrument.FsfiUnreadable", "26.6 with activity unknown", WellbeingB(w => w with { Fsfi = 26.6 })),
        Quiet("Detect.Instrument.FsfiUnreadable", "20 while sexually active", WellbeingB(w => w with { Fsfi = 20, FsfiSexuallyActive = true })),
        Quiet("Detect.Instrument.FsfiUnreadable", "10 without sexual activity", WellbeingB(w => w with { Fsfi = 10, FsfiSexuallyActive = false })),

        Firing("Detect.Instrument.PairIdealGap", "ideal 20 above realized", Pair(40, 60)),
        Quiet("Detect.Instrument.PairIdealGap", "ideal 19 above realized", Pair(40, 59)),
        Quiet("Detect.Instrument.PairIdealGap", "realized above ideal", Pair(70, 40)),
    ];

    public static TheoryData<string> Keys => RuleExamples.Keys(Examples);

    [Theory]
    [MemberData(nameof(Keys))]
    public void InstrumentRule_FiresExactlyPastItsCutOff(string key) => RuleExamples.Check(Examples, key);

    [Fact]
    public void InstrumentFinding_CitesTheScoreItsThresholdAndItsSource()
    {
        var plan = Engines.Default.Recommend(ScoresA(r => r with { Rdas = 40 }));

        var finding = plan.Findings.Single(f => f.RuleName == "Detect.Instrument.RdasDistress");
        finding.Id.Should().Be("instrument.rdas-distress:partnerA");
        finding.Kind.Should().Be(FindingKind.Instrument);
        finding.Indicator.Should().Be(Indicator.Warning);
        finding.InputPaths.Should().Equal("$.partnerA.relationshipScores.rdas");
        finding.Threshold.Should().Be("RDAS at or below 47");
        finding.Sources.Should().NotBeEmpty();
    }

    [Fact]
    public void UnreadableScore_IsAnInfoFindingThatAsksForTheActivityAnswer_PrivateToItsPartner_WithNoMedicalRoute()
    {
        var plan = Engines.Default.Recommend(WellbeingB(w => w with { Iief5 = 12 }));

        var finding = plan.Findings.Single(f => f.RuleName == "Detect.Instrument.Iief5Unreadable");
        finding.Id.Should().Be("instrument.iief5-unreadable:partnerB");
        finding.Indicator.Should().Be(Indicator.Info);
        finding.InputPaths.Should().Equal("$.partnerB.wellbeingScores.iief5", "$.partnerB.wellbeingScores.iief5SexuallyActive");
        finding.Threshold.Should().Be("IIEF-5 at or below 21, sexual activity in the window unanswered");
        finding.Disclosure.Should().Be(Disclosure.PrivateTo(PartnerId.PartnerB));
        finding.CatalogId.Should().BeNull("the score shows no difficulty until it can be read");
        plan.Findings.Should().NotContain(f => f.RuleName == "Detect.Instrument.Iief5Low");
        plan.ForAudience(Audience.PartnerA).Findings.Should().NotContain(f => f.Id == finding.Id);
    }

    [Fact]
    public void PositiveScreen_WithTheFullInstrumentBelowItsCutOff_IsNotADepressionFinding()
    {
        // PHQ-2 of 4 asks for the PHQ-9; the PHQ-9 was answered and is mild (6): the plan must not say the PHQ-9
        // "should follow", nor record depression or recommend therapy on the strength of the screen alone.
        var plan = Engines.Default.Recommend(WellbeingB(w => w with { Phq2 = 4, Phq9 = 6, Phq9Item9 = 0 }));

        plan.Findings.Should().NotContain(f => f.Kind == FindingKind.Instrument);
        plan.AllItems.Should().NotContain(i => i.InterventionId == Core.Interventions.Interventions.IndividualTherapy.Id);
    }

    [Fact]
    public void FsfiFinding_CitesItsCutOff_WithoutNamingAGender()
    {
        // Instruments attach to the respondent, not to a gender (domain notes §5): the reason shown to a respondent
        // of any gender must not describe them as a woman.
        var plan = Engines.Default.Recommend(WellbeingB(w => w with { Fsfi = 20, FsfiSexuallyActive = true }));

        var finding = plan.Findings.Single(f => f.RuleName == "Detect.Instrument.FsfiLow");
        finding.Sources.Should().NotBeEmpty();
        finding.Sources.Select(c => c.Locator).Should().OnlyContain(l =>
            !System.Text.RegularExpressions.Regex.IsMatch(l, @"\b(women|woman|female|men|man|male)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    [Fact]
    public void WellbeingScores_ArePrivateToTheirPartner()
    {
        var plan = Engines.Default.Recommend(WellbeingB(w => w with { Gad7 = 16, Phq9 = 12, Phq9Item9 = 0 }));

        plan.Findings.Where(f => f.Kind == FindingKind.Instrument).Should().HaveCount(2)
            .And.OnlyContain(f => f.Disclosure == Disclosure.PrivateTo(PartnerId.PartnerB));
        plan.ForAudience(Audience.PartnerA).ShouldRevealNothingOf("$.partnerB.wellbeingScores", [Core.Interventions.Interventions.IndividualTherapy.Id]);
        plan.ForAudience(Audience.PartnerB).Item(Core.Interventions.Interventions.IndividualTherapy.Id).Audience.Should().Be(ItemAudience.PartnerB);
    }

    [Fact]
    public void PairIdealGap_MakesOneFindingPerDimensionPastTheGap()
    {
        var plan = Engines.Default.Recommend(ScoresA(r => r with
        {
            Pair = new PairScores
            {
                Emotional = new PairDimensionScore { Realized = 10, Ideal = 60 },
                Sexual = new PairDimensionScore { Realized = 20, Ideal = 45 },
                Social = new PairDimensionScore { Realized = 50, Ideal = 60 },
            },
        }));

        plan.Findings.Where(f => f.RuleName == "Detect.Instrument.PairIdealGap").Select(f => f.Id)
            .Should().BeEquivalentTo(["instrument.pair-gap.emotional:partnerA", "instrument.pair-gap.sexual:partnerA"]);
    }

    [Theory]
    [InlineData(nameof(Options.RecommendationOptions.Csi4Cutoff), 14.5, "CSI-4 below 14.5")]
    [InlineData(nameof(Options.RecommendationOptions.RdasCutoff), 48, "RDAS at or below 48")]
    public void ChangedCutOff_ChangesWhoIsFlagged_AndTheThresholdInTheReasons(string option, double value, string threshold)
    {
        var profile = ScoresA(r => r with { Csi4 = 14, Rdas = 48 });
        Engines.Default.Recommend(profile).Findings.Should().BeEmpty();

        var plan = Engines.With(o => o.SetThreshold(option, value)).Recommend(profile);

        plan.Findings.Should().ContainSingle().Which.Threshold.Should().Be(threshold);
        plan.Item(Core.Interventions.Interventions.CouplesTherapy.Id).Reasons.Should().ContainSingle().Which.Threshold.Should().Be(threshold);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void OneReason_CitingSeveralScores_StatesEveryCutOffItRestsOn(bool samePartner)
    {
        // The same rule gives the same reason for a CSI-4 and an RDAS in distress; the merged reason cites both
        // scores, so it must state both cut-offs (a reviewer checks each input against its threshold), and which
        // one it states must not depend on which partner is A.
        var profile = samePartner
            ? ScoresA(r => r with { Csi4 = 5, Rdas = 30 })
            : Couples.Both(a => a.RelationshipScores(r => r with { Csi4 = 5 }), b => b.RelationshipScores(r => r with { Rdas = 30 }));
        var swapped = samePartner
            ? Couples.Both(null, b => b.RelationshipScores(r => r with { Csi4 = 5, Rdas = 30 }))
            : Couples.Both(a => a.RelationshipScores(r => r with { Rdas = 30 }), b => b.RelationshipScores(r => r with { Csi4 = 5 }));

        foreach (var plan in new[] { Engines.Default.Recommend(profile), Engines.Default.Recommend(swapped) })
        {
            var reason = plan.Item(Core.Interventions.Interventions.CouplesTherapy.Id).Reasons.Should().ContainSingle().Subject;
            reason.InputPaths.Should().HaveCount(2);
            reason.Threshold.Should().Contain("CSI-4 below 13.5").And.Contain("RDAS at or below 47");
        }
    }
}
