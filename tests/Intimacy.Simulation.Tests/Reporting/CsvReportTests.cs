using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Studies;
using Intimacy.Simulation.Tests.Running;

namespace Intimacy.Simulation.Tests.Reporting;

public class CsvReportTests
{
    [Fact]
    public void AScenarioNameWithLineBreaks_StaysInsideOneCommentLine_InEveryCsvOutput()
    {
        var result = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 20, threads: 1);
        var named = result with { Stamp = result.Stamp with { ScenarioName = "pilot\n=HYPERLINK(\"http://x\")\r\n\u2028end" } };

        var csv = CsvReport.Write(named);
        var head = CsvReport.ProfileRowsHead(named.Stamp);

        foreach (var text in new[] { csv, head })
        {
            var lines = text.Split('\n');
            lines.TakeWhile(l => l.StartsWith('#')).Should().HaveCount(9, "the stamp is nine comment lines");
            lines.Should().NotContain(l => l.StartsWith('=') || l.Contains('\r') || l.Contains('\u2028'));
        }

        csv.Should().Contain("# scenario: pilot\\n=HYPERLINK(\"http://x\")\\r\\n\\u2028end\n");
        CsvReport.StampLines(result.Stamp).Should().Contain("scenario: general-population", "an ordinary name is written as it is");
    }

    [Fact]
    public void WithABreakdown_BothCsvOutputsNameTheFieldAfterTheStamp()
    {
        var result = SimulationFixture.Run(SimulationFixture.ClinicIntake, 30, threads: 1, breakdown: "relationship.livingTogether");
        string[] expected = [.. CsvReport.StampLines(result.Stamp).Select(l => "# " + l), "# breakdown: relationship.livingTogether"];

        CsvReport.Write(result).Split('\n').TakeWhile(l => l.StartsWith('#')).Should().Equal(expected);
        CsvReport.ProfileRowsHead(result.Stamp, "relationship.livingTogether").Split('\n')
            .Should().Equal([.. expected, SimulationRunner.ProfileRowsHeader, string.Empty]);
        CsvReport.ProfileRowsHead(result.Stamp, null).Should().Be(CsvReport.ProfileRowsHead(result.Stamp));
    }

    /// <summary>Field names no run writes (a summary.json edited by hand, or an app calling the writers), each breaking a CSV line or the merge's reading of it if written as it is.</summary>
    public static TheoryData<string> AwkwardFields => new()
    {
        "partnerA.life.newParent\n=HYPERLINK(\"http://x\")",
        "a,b\"c",
        "a\r\nb\u2028c\u0085d",
        "back\\slash\\n",
    };

    [Theory]
    [MemberData(nameof(AwkwardFields))]
    public void ABreakdownField_IsOneCommentLine_WrittenAlikeByEveryCsvOutput(string field)
    {
        var result = WithBreakdown(SimulationFixture.Run(SimulationFixture.GeneralPopulation, 20, threads: 1, breakdown: "partnerA.life.newParent"), field);
        var sweep = new SweepResult("Csi4Cutoff", SweepKind.Threshold, [new SweepPoint(12.5, result)]);
        var comparison = new ComparisonResult(result.Stamp, result.Stamp, []) { BreakdownField = field };

        var lines = new[]
        {
            BreakdownLine(CsvReport.Write(result)),
            BreakdownLine(CsvReport.ProfileRowsHead(result.Stamp, field)),
            BreakdownLine(StudyCsv.Write(sweep)),
            BreakdownLine(StudyCsv.Write(comparison)),
        };

        lines.Distinct().Should().ContainSingle("every CSV output writes the field the same way");
        lines[0].Should().NotContainAny(["\r", "\u2028", "\u0085"]);
        foreach (var csv in new[] { CsvReport.Write(result), CsvReport.ProfileRowsHead(result.Stamp, field), StudyCsv.Write(sweep), StudyCsv.Write(comparison) })
        {
            var head = csv.Split('\n').TakeWhile(l => !l.StartsWith("section,", StringComparison.Ordinal) && !l.StartsWith("index,", StringComparison.Ordinal)
                && !l.StartsWith("value,", StringComparison.Ordinal) && !l.StartsWith("group,", StringComparison.Ordinal)).ToList();
            head.Should().OnlyContain(l => l.StartsWith('#'), "the field stays inside its one comment line, before the header");
        }
    }

    [Fact]
    public void TwoDifferentBreakdownFields_NeverWriteTheSameLine()
    {
        var result = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 20, threads: 1);

        // A line break and the two characters a line break is escaped as must stay apart, or a reader
        // (merge, comparing a shard's profiles.csv with its summary.json) cannot tell them apart.
        CsvReport.ProfileRowsHead(result.Stamp, "a\nb").Should().NotBe(CsvReport.ProfileRowsHead(result.Stamp, "a\\nb"));
        CsvReport.ProfileRowsHead(result.Stamp, "a\\b").Should().NotBe(CsvReport.ProfileRowsHead(result.Stamp, "a\\\\b"));
    }

    [Fact]
    public void ASweepParameterWithALineBreak_StaysInsideOneCommentLine()
    {
        var result = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 20, threads: 1);
        var sweep = new SweepResult("fields[view.sexPerYear].r\n=1+1", SweepKind.ScenarioParameter, [new SweepPoint(1, result)]);

        StudyCsv.Write(sweep).Should().Contain("# scenario parameter: fields[view.sexPerYear].r\\n=1+1\n" + StudyCsv.SweepHeader + "\n");
    }

    /// <summary>The result with another breakdown field, as a summary.json edited by hand reads.</summary>
    private static SimulationResult WithBreakdown(SimulationResult result, string field)
    {
        var summary = System.Text.Json.Nodes.JsonNode.Parse(SummaryJson.Write(result))!;
        summary["breakdownField"] = field;
        return SummaryJson.Read(summary.ToJsonString());
    }

    private static string BreakdownLine(string csv)
    {
        var lines = csv.Split('\n').Where(l => l.StartsWith("# breakdown: ", StringComparison.Ordinal)).ToList();
        lines.Should().ContainSingle("one line names the field");
        return lines[0];
    }
}
