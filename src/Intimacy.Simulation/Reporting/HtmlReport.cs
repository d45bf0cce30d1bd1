using System.Globalization;
using System.Net;
using System.Text;
using Intimacy.Simulation.Aggregation;

namespace Intimacy.Simulation.Reporting;

/// <summary>
/// Writes a simulation result as one self-contained HTML page: inline styles and inline SVG bar charts,
/// no scripts and no external files, so it opens offline. Every chart carries a <c>title</c> and
/// <c>desc</c> and is followed by a table with the same numbers, its text alternative.
/// </summary>
public static class HtmlReport
{
    private const int Top = 20;

    /// <summary>Writes the report.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The HTML text.</returns>
    public static string Write(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var a = result.Aggregate;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Simulation report: ")
            .Append(E(result.Stamp.ScenarioName)).Append("</title>\n<style>\n")
            .Append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}\n")
            .Append("table{border-collapse:collapse;margin:0.5rem 0 2rem}td,th{border:1px solid #bbb;padding:0.2rem 0.5rem;text-align:left}\n")
            .Append("td.n{text-align:right;font-variant-numeric:tabular-nums}svg{max-width:100%;height:auto}\n")
            .Append("</style>\n</head>\n<body>\n<h1>Simulation report: ").Append(E(result.Stamp.ScenarioName)).Append("</h1>\n");

        html.Append("<h2>Run</h2>\n<table>\n");
        foreach (var line in CsvReport.StampLines(result.Stamp))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            html.Append("<tr><th scope=\"row\">").Append(E(line[..colon])).Append("</th><td>").Append(E(line[(colon + 2)..])).Append("</td></tr>\n");
        }

        html.Append("<tr><th scope=\"row\">profiles evaluated</th><td>").Append(Formats.Whole(a.Profiles)).Append("</td></tr>\n</table>\n");

        Chart(html, "interventions", "Most often recommended interventions", "Share of profiles whose plan recommends each intervention, with 95% Wilson intervals.", Bars(a, Measures.Intervention));
        Chart(html, "findings", "Most frequent findings", "Share of profiles with at least one finding of each code, with 95% Wilson intervals.", Bars(a, Measures.Finding));
        Chart(html, "gates", "Safety gate activations", "Share of profiles whose plan carries each safety gate's notice, and any gate or safety finding.", [.. Bars(a, Measures.Gate), .. Bars(a, Measures.Safety)]);
        var sizes = a.PlanSizes.Counts.Select((count, size) => new Bar(Formats.Whole(size) + " items", count, a.Profiles)).ToList();
        Chart(html, "plan-sizes", "Plan sizes", "Share of plans by the number of distinct interventions they recommend.", sizes);

        html.Append("<h2>Rules that never fired</h2>\n");
        var never = a.RulesNeverFired;
        if (never.Count == 0)
        {
            html.Append("<p>Every rule fired at least once.</p>\n");
        }
        else
        {
            html.Append("<ul>\n");
            foreach (var name in never)
            {
                html.Append("<li>").Append(E(name)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (a.BreakdownField is not null)
        {
            html.Append("<h2>Breakdown by ").Append(E(a.BreakdownField)).Append("</h2>\n<table>\n<tr><th scope=\"col\">value</th><th scope=\"col\">profiles</th></tr>\n");
            foreach (var (key, count) in a.Counters.Where(c => c.Key.Measure == Measures.GroupProfiles).OrderBy(c => c.Key))
            {
                html.Append("<tr><td>").Append(E(key.Group)).Append("</td><td class=\"n\">").Append(Formats.Whole(count)).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static List<Bar> Bars(SimulationAggregate a, string measure) =>
        [.. a.Counters.Where(c => c.Key.Measure == measure)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key)
            .Take(Top)
            .Select(c => new Bar(c.Key.Code, c.Value, a.Profiles))];

    private static void Chart(StringBuilder html, string id, string title, string description, IReadOnlyList<Bar> bars)
    {
        html.Append("<h2>").Append(E(title)).Append("</h2>\n");
        if (bars.Count == 0)
        {
            html.Append("<p>Nothing to show: no profile had any.</p>\n");
            return;
        }

        const int labelWidth = 330, plotWidth = 360, rowHeight = 22;
        var height = (bars.Count * rowHeight) + 10;
        var width = labelWidth + plotWidth + 70;
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" aria-labelledby=\"{id}-title {id}-desc\">\n")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(E(title)).Append("</title>\n")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(E(description)).Append(" The table below lists the same numbers.</desc>\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var p = bar.Share;
            var ci = Statistics.WilsonScore.Interval(bar.Count, bar.Trials);
            var y = 5 + (i * rowHeight);
            var length = Px(p * plotWidth);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\">{E(bar.Label)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{length}\" height=\"{rowHeight - 6}\" fill=\"#3b6ea8\"/>")
                .Append(CultureInfo.InvariantCulture, $"<line x1=\"{labelWidth + Px(ci.Lower * plotWidth)}\" x2=\"{labelWidth + Px(ci.Upper * plotWidth)}\" y1=\"{y + 11}\" y2=\"{y + 11}\" stroke=\"#111\" stroke-width=\"1.5\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + plotWidth + 6}\" y=\"{y + 15}\" font-size=\"12\">{Formats.Percent(p)}</text>\n");
        }

        html.Append("</svg>\n<table>\n<caption>").Append(E(title)).Append(" (text alternative to the chart)</caption>\n")
            .Append("<tr><th scope=\"col\">item</th><th scope=\"col\">profiles</th><th scope=\"col\">share</th><th scope=\"col\">95% interval</th></tr>\n");
        foreach (var bar in bars)
        {
            var ci = Statistics.WilsonScore.Interval(bar.Count, bar.Trials);
            html.Append("<tr><td>").Append(E(bar.Label)).Append("</td><td class=\"n\">").Append(Formats.Whole(bar.Count))
                .Append("</td><td class=\"n\">").Append(Formats.Percent(bar.Share))
                .Append("</td><td class=\"n\">").Append(Formats.Percent(ci.Lower)).Append(" to ").Append(Formats.Percent(ci.Upper)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Px(double value) => (double.IsNaN(value) ? 0 : value).ToString("F1", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private sealed record Bar(string Label, long Count, long Trials)
    {
        public double Share => Trials == 0 ? double.NaN : (double)Count / Trials;
    }
}
