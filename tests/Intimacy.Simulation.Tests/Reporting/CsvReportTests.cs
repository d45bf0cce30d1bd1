using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Running;
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
            lines.TakeWhile(l => l.StartsWith('#')).Should().HaveCount(8, "the stamp is eight comment lines");
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
}
