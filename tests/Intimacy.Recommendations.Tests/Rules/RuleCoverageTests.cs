using Intimacy.Recommendations.Tests.Scenarios;

namespace Intimacy.Recommendations.Tests.Rules;

/// <summary>
/// Every built-in rule has worked examples: at least one on which it fires and one near miss on
/// which it stays quiet. A rule added without examples, or an example naming a rule that no longer
/// exists, fails here.
/// </summary>
public class RuleCoverageTests
{
    /// <summary>Every rule example of every family.</summary>
    public static IReadOnlyList<RuleExample> AllExamples { get; } =
    [
        .. GateRuleTests.Examples,
        .. SignRuleTests.Examples,
        .. CauseRuleTests.Examples,
        .. InstrumentRuleTests.Examples,
        .. DyadicRuleTests.Examples,
        .. HistoryRuleTests.Examples,
        .. RecommendationRuleTests.Examples,
        .. MaintenanceRuleTests.Examples,
    ];

    [Fact]
    public void EveryBuiltInRule_HasAFiringExample()
    {
        var firing = AllExamples.Where(e => e.Fires).Select(e => e.Rule).ToHashSet(StringComparer.Ordinal);

        BuiltInRules().Where(name => !firing.Contains(name)).Should().BeEmpty("every rule needs a profile on which it fires");
    }

    [Fact]
    public void EveryBuiltInRule_HasANearMissExample()
    {
        var quiet = AllExamples.Where(e => !e.Fires).Select(e => e.Rule).ToHashSet(StringComparer.Ordinal);

        BuiltInRules().Where(name => !quiet.Contains(name)).Should().BeEmpty("every rule needs a profile on which it stays quiet");
    }

    [Fact]
    public void EveryExample_NamesABuiltInRule_AndHasAUniqueKey()
    {
        AllExamples.Select(e => e.Rule).Distinct().Except(BuiltInRules()).Should().BeEmpty("examples must not name rules that do not exist");
        AllExamples.Select(e => e.Key).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Examples_CoverEveryRuleFamily()
    {
        var families = AllExamples.Select(e => string.Join('.', e.Rule.Split('.').Take(2))).ToHashSet(StringComparer.Ordinal);

        families.Should().Contain(
        [
            "Safety.ImminentDanger", "Detect.Sign", "Detect.Barrier", "Detect.Instrument", "Detect.Dyadic", "Detect.History",
            "Recommend.CouplesTherapy", "Recommend.Maintenance", "Recommend.Prevention",
        ]);
    }

    private static List<string> BuiltInRules()
    {
        var rules = Engines.Default.Rules;
        rules.Should().NotBeEmpty().And.OnlyContain(r => r.IsBuiltIn);
        return [.. rules.Select(r => r.Name)];
    }
}
