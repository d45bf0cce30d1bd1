using Intimacy.Simulation.Reporting;
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
}
