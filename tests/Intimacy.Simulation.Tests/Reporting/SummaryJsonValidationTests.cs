using System.Text.Json.Nodes;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Tests.Running;

namespace Intimacy.Simulation.Tests.Reporting;

/// <summary>A damaged summary.json (counts that no run writes) is refused on reading, naming the field.</summary>
public class SummaryJsonValidationTests
{
    private static readonly SimulationResult Plain = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 80, threads: 1);

    private static readonly SimulationResult Broken = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 80, threads: 1, breakdown: "partnerA.life.newParent");

    [Fact]
    public void AnUndamagedSummary_ReadsBack()
    {
        SummaryJson.Write(SummaryJson.Read(SummaryJson.Write(Plain))).Should().Be(SummaryJson.Write(Plain));
        SummaryJson.Write(SummaryJson.Read(SummaryJson.Write(Broken))).Should().Be(SummaryJson.Write(Broken));
    }

    [Fact]
    public void NegativeProfiles_AreRefused() =>
        Refused(Plain, s => s["profiles"] = -5, "profiles");

    [Fact]
    public void ANegativeCountInTheStamp_IsRefused() =>
        Refused(Plain, s => s["stamp"]!["count"] = -5, "stamp.count");

    [Fact]
    public void APrevalenceCountAboveTheProfiles_IsRefused() =>
        Refused(Plain, s => s["prevalence"]![0]!["count"] = 1_000_000_000_000, "prevalence[0].count");

    [Fact]
    public void ANegativePrevalenceCount_IsRefused() =>
        Refused(Plain, s => s["prevalence"]![0]!["count"] = -1, "prevalence[0].count");

    [Fact]
    public void AGroupCountAboveTheGroupsProfiles_IsRefused()
    {
        var summary = JsonNode.Parse(SummaryJson.Write(Broken))!;
        var prevalence = summary["prevalence"]!.AsArray();
        var index = prevalence.Select((e, i) => (e, i)).First(p => (string?)p.e!["measure"] == Measures.GroupIntervention).i;
        var group = (string)prevalence[index]!["group"]!;
        var groupProfiles = prevalence.Single(e => (string?)e!["measure"] == Measures.GroupProfiles && (string?)e!["group"] == group)!;

        Refused(Broken, s => s["prevalence"]![index]!["count"] = (long)groupProfiles["count"]! + 1, $"prevalence[{index}].count");
    }

    [Fact]
    public void FiringsBelowTheProfilesARuleFiredIn_AreRefused()
    {
        var index = Plain.Aggregate.RuleProfiles.Select((p, i) => (p, i)).First(r => r.p > 0).i;
        Refused(Plain, s => s["rules"]![index]!["firings"] = -7, $"rules[{index}].firings");
        Refused(Plain, s => s["rules"]![index]!["firings"] = Plain.Aggregate.RuleProfiles[index] - 1, $"rules[{index}].firings");
    }

    [Fact]
    public void ARuleFiringInMoreProfilesThanThereAre_IsRefused() =>
        Refused(Plain, s => s["rules"]![0]!["profiles"] = 81, "rules[0].profiles");

    [Fact]
    public void NegativeOrTooManyPlanSizes_AreRefused()
    {
        Refused(Plain, s => s["planSizes"]![0] = -1, "planSizes[0]");
        Refused(Plain, s => s["planSizes"]!.AsArray().Add(1000), "planSizes");
    }

    [Fact]
    public void ACoOccurrenceOutsideTheInterventionsOrTheProfiles_IsRefused()
    {
        Refused(Plain, s => s["coOccurrence"]![0]![0] = 100_000, "coOccurrence[0]");
        Refused(Plain, s => s["coOccurrence"]![0]![2] = 81, "coOccurrence[0]");
    }

    [Fact]
    public void ACountTooLargeForAWholeNumber_IsAMalformedSummary()
    {
        var summary = SummaryJson.Write(Plain).Replace("\"profiles\": 80,", "\"profiles\": 1e400,", StringComparison.Ordinal);

        FluentActions.Invoking(() => SummaryJson.Read(summary)).Should().Throw<FormatException>()
            .WithMessage("The file is not a well-formed intimacy simulation summary.");
    }

    // Found by fuzzing (the CLI's merge and chart exited 70): a null where the summary holds text was read as a null
    // string and threw NullReferenceException further on, instead of the documented FormatException.
    [Theory]
    [InlineData("stamp.libraryVersion")]
    [InlineData("stamp.ruleSetHash")]
    [InlineData("stamp.optionsHash")]
    [InlineData("stamp.options")]
    [InlineData("stamp.scenarioName")]
    [InlineData("stamp.scenarioHash")]
    [InlineData("stamp.shard")]
    [InlineData("rules[0].name")]
    [InlineData("interventionIds[0]")]
    [InlineData("prevalence[0].measure")]
    [InlineData("prevalence[0].code")]
    [InlineData("prevalence[0].group")]
    public void ANullWhereTextBelongs_IsNotWellFormed(string field)
    {
        var summary = JsonNode.Parse(SummaryJson.Write(Plain))!;
        var holder = summary;
        var parts = field.Replace("[0]", ".0", StringComparison.Ordinal).Split('.');
        foreach (var part in parts[..^1])
        {
            holder = part == "0" ? holder[0]! : holder[part]!;
        }

        if (parts[^1] == "0")
        {
            holder[0] = null;
        }
        else
        {
            holder[parts[^1]] = null;
        }

        FluentActions.Invoking(() => SummaryJson.Read(summary.ToJsonString()))
            .Should().Throw<FormatException>().WithMessage("The file is not a well-formed intimacy simulation summary.");
    }

    private static void Refused(SimulationResult result, Action<JsonNode> damage, string field)
    {
        var summary = JsonNode.Parse(SummaryJson.Write(result))!;
        damage(summary);

        FluentActions.Invoking(() => SummaryJson.Read(summary.ToJsonString()))
            .Should().Throw<FormatException>()
            .Which.Message.Should().StartWith("The summary is damaged: " + field + " ").And.EndWith(".").And.NotContain("\n");
    }
}
