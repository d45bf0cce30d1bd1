using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Safety;
using static Intimacy.Core.Interventions.Interventions;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// "Unknown answers are never read as fine" for answers whose value the profile still settles, and for
/// the texts written about an answer the respondent left out.
/// </summary>
public class ImpliedAndUnknownAnswerTests
{
    private static readonly string SelfHarm = SafetyGates.Id(SafetyGate.SelfHarmRisk);

    // A shared wish for more sex, so sexual items are proposed and a missed row 3 would show.
    private static CoupleProfile WithPhq9(int total, int? item9, bool? selfHarmThoughts = false) => Couples.Both(
        a => a.Safety(s => s with { SelfHarmThoughts = selfHarmThoughts })
              .WellbeingScores(w => w with { Phq9 = total, Phq9Item9 = item9 })
              .View(v => v with { SexPerYear = 3, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }));

    [Theory]
    [InlineData(25)]
    [InlineData(26)]
    [InlineData(27)]
    public void Phq9TotalAbove24_WithItem9Unanswered_AppliesRowThree(int total)
    {
        // The other eight PHQ-9 items reach 24 at most, so a larger total puts item 9 above zero.
        var plan = Engines.Default.Recommend(WithPhq9(total, item9: null));

        plan.Findings.Should().Contain(f => f.Id == SelfHarm + ":partnerA");
        plan.Urgent.Select(i => i.InterventionId).Should().Contain([UrgentMentalHealthAssessment.Id, CrisisLine.Id]);
        plan.Phases.Select(p => p.Stage).Should().NotContain(PlanStage.SexualReconnection);
        plan.Withheld.Should().Contain(w => w.InterventionId == SensateFocus.Id);
        Contraindication.SelfHarmRisk.AppliesTo.IsSatisfiedBy(WithPhq9(total, item9: null)).Should().BeTrue();
    }

    [Fact]
    public void Phq9TotalOf24_WithItem9Unanswered_DoesNotApplyRowThreeOnItsOwn()
    {
        // 24 can be reached with item 9 at zero: the total alone says nothing about it.
        var plan = Engines.Default.Recommend(WithPhq9(24, item9: null));

        plan.Findings.Should().NotContain(f => f.Code == SelfHarm);
        Contraindication.SelfHarmRisk.AppliesTo.IsSatisfiedBy(WithPhq9(24, item9: null)).Should().BeFalse();
    }

    [Fact]
    public void Phq9TotalAbove24_CitesTheTotalAsTheAnswerBehindRowThree()
    {
        var plan = Engines.Default.Recommend(WithPhq9(26, item9: null));

        plan.Findings.Single(f => f.Id == SelfHarm + ":partnerA").InputPaths
            .Should().Contain("$.partnerA.wellbeingScores.phq9");
    }

    [Fact]
    public void Phq9TotalAbove24_TheSelfHarmContraindicationsReasonsCiteTheTotal()
    {
        // The reason must name the answer that establishes the hold, not only item 9, which was left out.
        var plan = Engines.Default.Recommend(WithPhq9(26, item9: null));

        var reasons = plan.Withheld.SelectMany(w => w.Reasons)
            .Where(r => r.Text.Contains(Contraindication.SelfHarmRisk.Name, StringComparison.Ordinal)).ToList();
        reasons.Should().NotBeEmpty();
        reasons.Should().OnlyContain(r => r.InputPaths.Contains("$.partnerA.wellbeingScores.phq9"));
    }

    [Fact]
    public void SelfHelpOutcomeUnanswered_NoTextClaimsThatItDidNotImprove()
    {
        // Twelve weeks of self-help with the outcome left out: escalation is right (an unknown outcome is
        // not counted as improvement), but no text may say the respondent reported no improvement.
        var plan = Engines.Default.Recommend(Couples.Both(a => a.History(h => h with { SelfHelpTried = true, SelfHelpWeeks = 12 })));

        var finding = plan.Findings.Single(f => f.Code == "history.self-help-not-enough");
        var texts = new[] { finding.Title, finding.Threshold ?? string.Empty }
            .Concat(plan.AllItems.SelectMany(i => i.Reasons).Where(r => r.RuleName == "Recommend.Escalation").Select(r => r.Text));
        texts.Should().NotContain(t => t.Contains("without improvement", StringComparison.OrdinalIgnoreCase)
            || t.Contains("has not been enough", StringComparison.OrdinalIgnoreCase)
            || t.Contains("has not helped", StringComparison.OrdinalIgnoreCase));
        plan.AllItems.Should().Contain(i => i.InterventionId == CouplesTherapy.Id);
    }

    [Fact]
    public void SelfHelpWeeksUnanswered_WithNoChange_TheEscalationReasonDoesNotClaimWeeks()
    {
        // The warning sign "self-help has not worked" fires on the outcome alone; the reason it gives must
        // not speak of weeks the respondent never gave.
        var plan = Engines.Default.Recommend(Couples.Both(a => a.History(h => h with { SelfHelpTried = true, SelfHelpOutcome = SelfHelpOutcome.NoChange })));

        plan.AllItems.SelectMany(i => i.Reasons).Where(r => r.RuleName == "Recommend.Escalation").Select(r => r.Text)
            .Should().NotBeEmpty().And.NotContain(t => t.Contains("weeks", StringComparison.OrdinalIgnoreCase));
    }
}
