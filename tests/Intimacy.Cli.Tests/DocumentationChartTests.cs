namespace Intimacy.Cli.Tests;

/// <summary>
/// The chart shown in docs/simulation.md is made by the tool itself from a real run, and this test makes
/// it again the same way: when the rule set or the sample scenario changes, the committed chart is stale
/// and the test says so. Refresh it with
/// <c>UPDATE_SNAPSHOTS=1 dotnet test tests/Intimacy.Cli.Tests -c Release --filter DocumentationChart</c>.
/// </summary>
public class DocumentationChartTests
{
    public const string ChartPath = "docs/images/general-population-interventions.svg";

    [Fact]
    public void TheChartInTheSimulationGuide_IsWhatTheToolDrawsForItsRun()
    {
        using var files = new CliRun();
        var results = Path.Combine(files.Folder, "results");
        var chart = Path.Combine(files.Folder, "chart.svg");

        // The same two commands docs/simulation.md shows.
        CliRun.Invoke("simulate", CliRun.Scenario("general-population.yaml"), "--count", "10000", "--seed", "1", "--quiet", "--out", results).Code.Should().Be(0);
        CliRun.Invoke("chart", Path.Combine(results, "summary.json"), "--chart", "interventions", "--out", chart).Code.Should().Be(0);

        RepositoryFiles.ShouldMatchCommitted(ChartPath, File.ReadAllText(chart));
    }

    [Fact]
    public void TheSimulationGuide_EmbedsTheChartWithAltText()
    {
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/simulation.md"));

        guide.Should().MatchRegex(@"!\[[^\]]{40,}\]\(images/general-population-interventions\.svg\)", "the chart needs alt text that says what it shows");
    }
}
