using System.Globalization;
using System.Text;
using Intimacy.Simulation.Aggregation;

namespace Intimacy.Simulation.Reporting;

/// <summary>
/// Writes one chart of the HTML report as a self-contained SVG file, for a paper, a slide or a
/// documentation page: the same bars and 95% Wilson intervals as the report, a title and a description
/// that lists every bar's numbers (the text alternative), and a footer naming the scenario, the number
/// of profiles and the seed. Nothing in it depends on the library version, so the same run gives the
/// same file from build to build.
/// </summary>
public static class SvgChart
{
    /// <summary>The charts that can be written, in report order: <c>interventions</c>, <c>findings</c>, <c>gates</c>, <c>plan-sizes</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["interventions", "findings", "gates", "plan-sizes"];

    /// <summary>Writes a chart.</summary>
    /// <param name="result">The simulation (a run, or merged shards).</param>
    /// <param name="chart">One of <see cref="Names"/>.</param>
    /// <returns>The SVG document (UTF-8 text, LF line ends).</returns>
    /// <exception cref="ArgumentException">The chart name is not one of <see cref="Names"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="chart"/> is null.</exception>
    public static string Write(SimulationResult result, string chart)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(chart);
        var spec = ReportCharts.All(result.Aggregate).FirstOrDefault(c => c.Id == chart)
            ?? throw new ArgumentException($"There is no chart '{chart}'; choose one of {string.Join(", ", Names)}.", nameof(chart));
        var stamp = result.Stamp;
        var footer = string.Create(
            CultureInfo.InvariantCulture,
            $"Scenario {stamp.ScenarioName}, {result.Aggregate.Profiles:N0} profiles, seed {stamp.Seed}. Bars show the share of profiles, lines the 95% Wilson interval.");
        var svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        ReportCharts.AppendSvg(svg, spec, footer);
        return svg.ToString();
    }
}
