using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Tests.Scenarios;
using static Intimacy.Recommendations.Tests.Rules.RuleExample;

namespace Intimacy.Recommendations.Tests.Rules;

/// <summary>The history rule: self-help that has run for the configured weeks without improvement.</summary>
public class HistoryRuleTests
{
    private static CoupleProfile SelfHelp(bool? tried, int? weeks, SelfHelpOutcome? outcome) =>
        Couples.Both(null, b => b.History(h => h with { SelfHelpTried = tried, SelfHelpWeeks = weeks, SelfHelpOutcome = outcome }));

    public static IReadOnlyList<RuleExample> Examples { get; } =
    [
        Firing("Detect.History.SelfHelpNotEnough", "8 weeks, no change", SelfHelp(true, 8, SelfHelpOutcome.NoChange)),
        Firing("Detect.History.SelfHelpNotEnough", "12 weeks, outcome unknown (not counted as improvement)", SelfHelp(true, 12, null)),
        Quiet("Detect.History.SelfHelpNotEnough", "7 weeks, no change", SelfHelp(true, 7, SelfHelpOutcome.NoChange)),
        Quiet("Detect.History.SelfHelpNotEnough", "20 weeks, improved", SelfHelp(true, 20, SelfHelpOutcome.Improved)),
        // Weeks of self-help and an outcome are themselves evidence that it was tried: an unanswered "tried"
        // question must not hold back the escalation (unknown is never read as fine), as the catalog sign
        // sign.self-help-not-working already reads it.
        Firing("Detect.History.SelfHelpNotEnough", "whether tried unknown, 20 weeks, no change", SelfHelp(null, 20, SelfHelpOutcome.NoChange)),
        Firing("Detect.History.SelfHelpNotEnough", "whether tried and outcome unknown, 12 weeks", SelfHelp(null, 12, null)),
        Quiet("Detect.History.SelfHelpNotEnough", "whether tried unknown, weeks unknown", SelfHelp(null, null, SelfHelpOutcome.NoChange)),
        Quiet("Detect.History.SelfHelpNotEnough", "not tried", SelfHelp(false, null, null)),
    ];

    public static TheoryData<string> Keys => RuleExamples.Keys(Examples);

    [Theory]
    [MemberData(nameof(Keys))]
    public void HistoryRule_FiresExactlyWhenSelfHelpHasRunItsCourse(string key) => RuleExamples.Check(Examples, key);

    [Fact]
    public void HistoryFinding_CitesTheWeeksThreshold_WhichFollowsTheOption()
    {
        var profile = Couples.Both(null, b => b.History(h => h with { SelfHelpTried = true, SelfHelpWeeks = 5, SelfHelpOutcome = SelfHelpOutcome.Worse }));

        Engines.Default.Recommend(profile).Findings.Should().NotContain(f => f.RuleName == "Detect.History.SelfHelpNotEnough");
        var finding = Engines.With(o => o.EscalationWeeks = 4).Recommend(profile).Findings.Single(f => f.RuleName == "Detect.History.SelfHelpNotEnough");

        finding.Id.Should().Be("history.self-help-not-enough:partnerB");
        finding.Threshold.Should().Be("4 weeks or more of self-help without a reported improvement");
        finding.InputPaths.Should().Equal("$.partnerB.history.selfHelpTried", "$.partnerB.history.selfHelpWeeks", "$.partnerB.history.selfHelpOutcome");
    }
}
