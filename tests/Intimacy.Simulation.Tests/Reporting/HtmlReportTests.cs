using System.Text.RegularExpressions;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Statistics;
using Intimacy.Simulation.Tests.Running;

namespace Intimacy.Simulation.Tests.Reporting;

public class HtmlReportTests
{
    private const string Field = "relationship.livingTogether";

    [Fact]
    public void Breakdown_ShowsEachGroupsShareOfTheMostFrequentInterventionsAndFindings()
    {
        var result = SimulationFixture.Run(SimulationFixture.ClinicIntake, 400, threads: 2, breakdown: Field);
        var a = result.Aggregate;
        var html = HtmlReport.Write(result);

        var groups = a.Counters.Where(c => c.Key.Measure == Measures.GroupProfiles).OrderBy(c => c.Key).ToList();
        groups.Should().HaveCountGreaterThan(1, "the test needs more than one group");
        groups.Sum(g => g.Value).Should().Be(400);

        foreach (var (overall, perGroup, heading) in new[]
        {
            (Measures.Intervention, Measures.GroupIntervention, "Most often recommended interventions by " + Field),
            (Measures.Finding, Measures.GroupFinding, "Most frequent findings by " + Field),
        })
        {
            var table = TableAfter(html, "<h3>" + heading + "</h3>");
            var rows = Regex.Matches(table, "<tr><th scope=\"row\">([^<]*)</th>(.*?)</tr>").ToList();

            // The codes of the overall chart, most frequent first, as many as a chart shows.
            var expectedCodes = a.Counters.Where(c => c.Key.Measure == overall)
                .OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(20).Select(c => c.Key.Code).ToList();
            rows.Select(r => r.Groups[1].Value).Should().Equal(expectedCodes);

            foreach (var (key, size) in groups)
            {
                table.Should().Contain($"<th scope=\"col\">{key.Group} ({Formats.Whole(size)})</th>");
            }

            // Every cell: the code's count in the group over the group's size, worked out here by hand.
            foreach (var row in rows)
            {
                var cells = Regex.Matches(row.Groups[2].Value, "<td class=\"n\">([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();
                cells.Should().HaveCount(groups.Count);
                for (var g = 0; g < groups.Count; g++)
                {
                    var count = a.Count(perGroup, row.Groups[1].Value, groups[g].Key.Group);
                    var ci = WilsonScore.Interval(count, groups[g].Value);
                    cells[g].Should().Be($"{Formats.Percent((double)count / groups[g].Value)} ({Formats.Percent(ci.Lower)} to {Formats.Percent(ci.Upper)})");
                }
            }
        }
    }

    [Fact]
    public void WithoutBreakdown_HasNoBreakdownTables()
    {
        var html = HtmlReport.Write(SimulationFixture.Run(SimulationFixture.GeneralPopulation, 50, threads: 1));

        html.Should().NotContain("Breakdown by").And.NotContain("<h3>");
    }

    private static string TableAfter(string html, string heading)
    {
        var start = html.IndexOf(heading, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, $"the report has '{heading}'");
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
