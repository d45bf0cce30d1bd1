using System.Globalization;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Scenarios;
using Intimacy.Simulation.Studies;
using Intimacy.Simulation.Tests.Running;

namespace Intimacy.Simulation.Tests.Reporting;

public class CultureIndependenceTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void ScenariosAndEveryOutput_AreTheSameWhateverTheCurrentCulture(string name)
    {
        var invariant = Outputs();
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            Outputs().Should().Equal(invariant);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    private static List<string> Outputs()
    {
        var scenario = ScenarioLoader.Parse(
            "name: culture\nunknownShare: 0.05\nfields:\n  ageYears: { distribution: normal, mean: 41.5, sd: 12.25 }\n  view.qualityTimeHoursPerWeek: { distribution: gamma, shape: 2.5, rate: 0.2 }\n",
            ScenarioFormat.Yaml);
        var result = SimulationFixture.Run(scenario, 150, threads: 2, breakdown: "partnerA.life.newParent");
        var settings = new Intimacy.Simulation.Running.SimulationSettings { Count = 60, Seed = 3, MaxDegreeOfParallelism = 1 };
        var sweep = SweepRunner.Run(scenario, "Csi4Cutoff", SweepRunner.Range(12.5, 13.5, 0.5), settings, _ => { });
        var comparison = new ComparisonRunner(SimulationFixture.Engine, SimulationFixture.Engine, scenario).Run(settings);
        return [SummaryJson.Write(result), CsvReport.Write(result), HtmlReport.Write(result), SvgChart.Write(result, "interventions"), StudyCsv.Write(sweep), StudyCsv.Write(comparison), ScenarioHash.Compute(scenario).Hex];
    }
}
