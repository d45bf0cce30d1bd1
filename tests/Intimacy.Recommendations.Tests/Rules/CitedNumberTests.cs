using System.Globalization;
using System.Text.RegularExpressions;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Safety;
using Intimacy.Recommendations.Tests.Scenarios;

namespace Intimacy.Recommendations.Tests.Rules;

/// <summary>
/// Numbers written into texts agree with the constants the rules use: a cut-off stated in a rule's
/// citation is the default of the option that rule reads, from the same source; numbers in rule
/// descriptions and in the safety table are the ones the code applies (domain notes §2 and §3).
/// </summary>
public partial class CitedNumberTests
{
    /// <summary>Questionnaire rules and the threshold option each one reads.</summary>
    public static TheoryData<string, string> RulesAndThresholds { get; } = new()
    {
        { "Detect.Instrument.Csi4Distress", nameof(RecommendationOptions.Csi4Cutoff) },
        { "Detect.Instrument.Csi16Distress", nameof(RecommendationOptions.Csi16Cutoff) },
        { "Detect.Instrument.Csi32Distress", nameof(RecommendationOptions.Csi32Cutoff) },
        { "Detect.Instrument.DasDistress", nameof(RecommendationOptions.DasCutoff) },
        { "Detect.Instrument.RdasDistress", nameof(RecommendationOptions.RdasCutoff) },
        { "Detect.Instrument.Phq2Positive", nameof(RecommendationOptions.Phq2Cutoff) },
        { "Detect.Instrument.Phq9Moderate", nameof(RecommendationOptions.Phq9Cutoff) },
        { "Detect.Instrument.Gad2Positive", nameof(RecommendationOptions.Gad2Cutoff) },
        { "Detect.Instrument.Gad7Moderate", nameof(RecommendationOptions.Gad7Cutoff) },
        { "Detect.Instrument.Iief5Low", nameof(RecommendationOptions.Iief5Cutoff) },
        { "Detect.Instrument.FsfiLow", nameof(RecommendationOptions.FsfiCutoff) },
        { "Detect.Instrument.FsfiUnreadable", nameof(RecommendationOptions.FsfiCutoff) },
    };

    [Theory]
    [MemberData(nameof(RulesAndThresholds))]
    public void ThresholdRule_CitesTheDefaultCutOff_FromTheOptionsSource(string rule, string threshold)
    {
        var descriptor = RecommendationOptions.Thresholds.Single(t => t.Name == threshold);
        var example = InstrumentRuleTests.Examples.First(e => e.Rule == rule && e.Fires);
        var finding = Engines.Default.Recommend(example.Profile).Findings.First(f => f.RuleName == rule);

        finding.Sources.Select(s => s.SourceId).Should().Contain(descriptor.SourceId, "the rule and its option must rest on the same reference");
        finding.Sources.SelectMany(s => NumbersIn(s.Locator)).Should().Contain(
            descriptor.DefaultValue, $"the citation of {rule} states the cut-off that {threshold} applies by default");
    }

    [Fact]
    public void RuleDescriptions_StateTheDefaultsTheyDescribe()
    {
        var defaults = new RecommendationOptions();
        string Description(string rule) => Engines.Default.Rules.Single(r => r.Name == rule).Description;

        Description("Detect.Dyadic.PairPartnerGap").Should().Contain("gaps under five points");
        defaults.PairPartnerGap.Should().Be(5, "the PAIR partner-gap rule's description says gaps under five points are of no consequence");
        Description("Detect.History.SelfHelpNotEnough").Should().Contain(
            string.Create(CultureInfo.InvariantCulture, $"project default {defaults.EscalationWeeks})"));
    }

    [Fact]
    public void SafetyTableMedicalCutOffs_AreTheInstrumentCutOffs_AndTheDocumentSaysSo()
    {
        var defaults = new RecommendationOptions();

        ((double)SafetyGates.Iief5MedicalThreshold).Should().Be(defaults.Iief5Cutoff);
        SafetyGates.FsfiMedicalThreshold.Should().Be(defaults.FsfiCutoff);
        File.ReadAllText(RepositoryFiles.PathOf("docs/safety.md")).Should().Contain(string.Create(
            CultureInfo.InvariantCulture,
            $"an IIEF-5 of {SafetyGates.Iief5MedicalThreshold} or less or an FSFI of {SafetyGates.FsfiMedicalThreshold} or less"));
    }

    private static IEnumerable<double> NumbersIn(string text)
        => NumberPattern().Matches(text).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();
}
