using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;

namespace WebQuestionnaire.EndToEnd.Tests.SimulationReport;

/// <summary>
/// One simulation report written once for a test class, as <c>intimacy simulate --out</c> writes it
/// (<see cref="HtmlReport.Write"/>): 300 profiles of samples/scenarios/general-population.yaml, broken
/// down by a partner being a new parent, so the page has every chart and table it can have.
/// </summary>
public sealed class SimulationReportFile : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("intimacy-report-").FullName;

    public SimulationReportFile()
    {
        var scenario = ScenarioLoader.Load(RepositoryFiles.PathOf(System.IO.Path.Combine("samples", "scenarios", "general-population.yaml")));
        var result = new SimulationRunner(RecommendationEngine.CreateDefault(), scenario).Run(new SimulationSettings
        {
            Count = 300,
            Seed = 7,
            MaxDegreeOfParallelism = 1,
            BreakdownField = "partnerA.life.newParent",
        });
        Path = System.IO.Path.Combine(folder, "report.html");
        File.WriteAllText(Path, HtmlReport.Write(result));
        Url = new Uri(Path).AbsoluteUri;
    }

    /// <summary>The report on disk.</summary>
    public string Path { get; }

    /// <summary>The report's <c>file://</c> address, the only thing the browser may load.</summary>
    public string Url { get; }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
