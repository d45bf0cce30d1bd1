using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Tests.Scenarios;
using static Intimacy.Core.Interventions.Interventions;
using static Intimacy.Recommendations.Tests.Rules.RuleExample;

namespace Intimacy.Recommendations.Tests.Rules;

/// <summary>
/// The maintenance and prevention rules. Both look only at shared findings, so that what the couple
/// is offered never depends on a partner's private answers.
/// </summary>
public class MaintenanceRuleTests
{
    private static readonly CoupleProfile Nothing = Couples.Both();

    public static IReadOnlyList<RuleExample> Examples { get; } =
    [
        Firing("Recommend.Maintenance", "a shared barrier", Couples.Both(a => a.Life(l => l with { Exhausted = true }))),
        Firing("Recommend.Maintenance", "a shared warning sign", Couples.Both(a => a.View(v => v with { FeelsLikeRoommates = true }))),
        Quiet("Recommend.Maintenance", "only a private finding", Couples.Both(a => a.WellbeingScores(w => w with { Phq2 = 5 }))),
        Quiet("Recommend.Maintenance", "only an instrument finding", Couples.Both(a => a.RelationshipScores(r => r with { Csi4 = 5 }))),
        Quiet("Recommend.Maintenance", "nothing found", Nothing),

        Firing("Recommend.Prevention", "nothing found", Nothing),
        Firing("Recommend.Prevention", "only a private finding", Couples.Both(a => a.WellbeingScores(w => w with { Phq2 = 5 }))),
        Quiet("Recommend.Prevention", "a shared finding", Couples.Both(a => a.View(v => v with { FeelsLikeRoommates = true }))),
    ];

    public static TheoryData<string> Keys => RuleExamples.Keys(Examples);

    [Theory]
    [MemberData(nameof(Keys))]
    public void MaintenanceRule_FiresExactlyOnSharedFindings(string key) => RuleExamples.Check(Examples, key);

    [Fact]
    public void Prevention_AndMaintenance_NeverFireTogether()
    {
        foreach (var example in Examples)
        {
            var evaluation = Engines.Default.Evaluate(example.Profile);
            var counts = Engines.Default.Rules.Where(r => r.Name is "Recommend.Prevention" or "Recommend.Maintenance")
                .Select(r => evaluation.FiringCounts[r.Index]).ToList();

            counts.Count(c => c > 0).Should().BeLessThanOrEqualTo(1, "{0}: prevention is for when nothing shared needs work", example.Key);
        }

        Engines.Default.Recommend(Nothing).Item(WeeklyCheckIn.Id).Reasons.Should().ContainSingle().Which.RuleName.Should().Be("Recommend.Prevention");
    }

    public static TheoryData<string> Unanswered => new() { "nothing answered", "only partner A answered", "screened, nothing else answered" };

    [Theory]
    [MemberData(nameof(Unanswered))]
    public void Prevention_NeverReadsUnansweredQuestionsAsAllClear(string profile)
    {
        // Unknown is not evidence of absence: with nothing (or one partner) answered, prevention may be offered,
        // but its reasons must not tell the couple that nothing needs repair or that there is no trouble yet.
        var plan = Engines.Default.Recommend(profile switch
        {
            "nothing answered" => CoupleProfileBuilder.Create().WithPartnerA(30).WithPartnerB(30).Build(),
            "only partner A answered" => Couples.OnlyA(),
            _ => Nothing,
        });

        var texts = plan.AllItems.SelectMany(i => i.Reasons).Where(r => r.RuleName == "Recommend.Prevention").Select(r => r.Text).ToList();
        texts.Should().NotBeEmpty();
        texts.Should().NotContain(t => System.Text.RegularExpressions.Regex.IsMatch(
            t, @"keeps? it that way|before trouble|nothing\b.*\b(calls for|needs?) repair|all (is )?(well|clear)|\bno (problems?|trouble)\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    [Fact]
    public void MaintenanceItems_AreForTheCoupleAndForEachPartner()
    {
        var plan = Engines.Default.Recommend(Couples.Both(a => a.View(v => v with { FeelsLikeRoommates = true })));

        plan.Item(WeeklyCheckIn.Id).Audience.Should().Be(ItemAudience.Couple);
        plan.Phases.Single(p => p.Stage == PlanStage.Maintenance).Items.Where(i => i.InterventionId == IndividualIdentities.Id)
            .Select(i => i.Audience).Should().Equal(ItemAudience.PartnerA, ItemAudience.PartnerB);
    }
}
