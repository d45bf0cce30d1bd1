using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;
using Intimacy.Simulation.Studies;
using Intimacy.Simulation.Tests.Running;

namespace Intimacy.Simulation.Tests.Reporting;

/// <summary>A breakdown by a whole-number answer lists its groups by number (2 before 10), in every output.</summary>
public class NumericBreakdownOrderTests
{
    private const string Field = "partnerA.history.selfHelpWeeks";

    [Fact]
    public void WholeNumberGroups_SortByNumber_InTheCsvTheSummaryAndTheReport()
    {
        var result = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 400, threads: 2, breakdown: Field);

        var csvGroups = CsvReport.Write(result).Split('\n')
            .Select(l => l.Split(','))
            .Where(r => r.Length > 3 && r[0] == "prevalence" && r[1] == Measures.GroupProfiles)
            .Select(r => r[3])
            .ToList();
        using var summary = JsonDocument.Parse(SummaryJson.Write(result));
        var jsonGroups = summary.RootElement.GetProperty("prevalence").EnumerateArray()
            .Where(e => e.GetProperty("measure").GetString() == Measures.GroupProfiles)
            .Select(e => e.GetProperty("group").GetString()!)
            .ToList();
        var html = HtmlReport.Write(result);
        var table = html[html.IndexOf("<h2>Breakdown by " + Field + "</h2>", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        var htmlGroups = Regex.Matches(table, "<tr><td>([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();
        var headerGroups = Regex.Matches(html, "<th scope=\"col\">([^<(]*) \\(").Select(m => m.Groups[1].Value).Distinct().ToList();

        csvGroups.Should().Contain("2").And.Contain("10", "the test needs groups of one and of two digits");
        csvGroups.Should().Equal(InNumericOrder(csvGroups));
        jsonGroups.Should().Equal(csvGroups);
        htmlGroups.Should().Equal(csvGroups);
        headerGroups.Should().Equal(csvGroups);
    }

    [Fact]
    public void WholeNumberGroups_StayByteIdentical_AcrossThreadsAndMergedShards()
    {
        var one = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 300, threads: 1, breakdown: Field);
        var two = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 300, threads: 2, chunkSize: 7, breakdown: Field);
        var merged = ShardMerger.Merge(Enumerable.Range(0, 3)
            .Select(i => SimulationFixture.Run(SimulationFixture.GeneralPopulation, 300, threads: 1, shard: new Shard(i, 3), breakdown: Field))
            .Select(SummaryJson.Write)
            .Reverse()
            .Select(SummaryJson.Read)
            .ToList());

        foreach (var other in new[] { two, merged })
        {
            SummaryJson.Write(other).Should().Be(SummaryJson.Write(one));
            CsvReport.Write(other).Should().Be(CsvReport.Write(one));
            HtmlReport.Write(other).Should().Be(HtmlReport.Write(one));
        }
    }

    [Fact]
    public void WholeNumberGroups_SortByNumber_InSweepsAndComparisons()
    {
        var settings = new SimulationSettings { Count = 300, Seed = 5, MaxDegreeOfParallelism = 2, BreakdownField = Field };

        var comparison = new ComparisonRunner(SimulationFixture.Engine, SimulationFixture.Engine, SimulationFixture.GeneralPopulation).Run(settings);
        var sweep = SweepRunner.Run(SimulationFixture.Engine, SimulationFixture.GeneralPopulation, ScenarioParameter.Parse("fields[history.selfHelpWeeks].p"), [0.12, 0.2], settings);
        var sweepGroups = StudyCsv.Write(sweep).Split('\n')
            .Select(l => l.Split(','))
            .Where(r => r.Length > 5 && r[3] == Measures.GroupProfiles)
            .Select(r => r[5])
            .Distinct()
            .ToList();

        comparison.Groups.Select(g => g.Value).Should().Contain("2").And.Contain("10");
        comparison.Groups.Select(g => g.Value).Should().Equal(InNumericOrder(comparison.Groups.Select(g => g.Value)));
        sweepGroups.Should().Contain("2").And.Contain("10");
        sweepGroups.Should().Equal(InNumericOrder(sweepGroups));
    }

    [Fact]
    public void CounterKeys_OrderWholeNumberGroupsByNumber_ThenOtherGroupsOrdinally()
    {
        string[] groups = ["unknown", "10", "-3", "2", "007", "7", "true", "0-24", "100"];

        var sorted = groups.Select(g => new CounterKey(Measures.GroupProfiles, string.Empty, g)).Order().Select(k => k.Group);

        sorted.Should().Equal("-3", "2", "007", "7", "10", "100", "0-24", "true", "unknown");
    }

    /// <summary>Whole numbers by value, then the rest (such as <c>unknown</c>) in ordinal order.</summary>
    private static List<string> InNumericOrder(IEnumerable<string> groups) =>
        [.. groups.OrderBy(g => long.TryParse(g, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? 0 : 1)
            .ThenBy(g => long.TryParse(g, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .ThenBy(g => g, StringComparer.Ordinal)];
}
