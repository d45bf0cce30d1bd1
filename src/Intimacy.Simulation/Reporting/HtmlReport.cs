using System.Globalization;
using System.Text;
using Intimacy.Simulation.Aggregation;

namespace Intimacy.Simulation.Reporting;

/// <summary>
/// Writes a simulation result as one self-contained HTML page: inline styles and inline SVG bar charts,
/// no scripts and no external files, so it opens offline. A Content-Security-Policy allows nothing but its own
/// style, so a browser would neither run nor fetch anything even if some text in it were not escaped. Every
/// chart carries a <c>title</c> and <c>desc</c> and is followed by a table with the same numbers, its text
/// alternative. The page is one <c>main</c> landmark; a phone lays it out at its own width, and each table scrolls
/// sideways in a box of its own (a region named by its caption that the keyboard reaches) so the page never does; in
/// forced colours (Windows high contrast) the charts are drawn in the system's colours; printed, no chart or table row
/// is split over two pages and a table's column headers are repeated on each page.
/// </summary>
public static class HtmlReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The HTML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Write(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var a = result.Aggregate;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Simulation report: ")
            .Append(E(result.Stamp.ScenarioName)).Append("</title>\n<style>\n")
            .Append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;overflow-wrap:break-word}\n")
            .Append("table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:0.2rem 0.5rem;text-align:left}\n")
            .Append("td.n{text-align:right;font-variant-numeric:tabular-nums}svg{max-width:100%;height:auto}\n")
            .Append(".table{overflow-x:auto;margin:0.5rem 0 2rem}.table:focus-visible{outline:2px solid #1b1b1b;outline-offset:2px}.run td{overflow-wrap:anywhere}\n")
            .Append("caption{text-align:left;max-width:calc(100vw - 2rem);position:sticky;left:0}\n")
            .Append("@media (forced-colors:active){svg text{fill:CanvasText}svg line{stroke:CanvasText}svg rect{fill:Canvas;stroke:CanvasText}}\n")
            .Append("@media print{body{max-width:none;margin:0;padding:0}.table{overflow:visible}svg{display:block}svg,tr,caption{break-inside:avoid}h1,h2,h3{break-after:avoid}}\n")
            .Append("</style>\n</head>\n<body>\n<main>\n<h1>Simulation report: ").Append(E(result.Stamp.ScenarioName)).Append("</h1>\n");

        html.Append("<h2>Run</h2>\n");
        OpenTable(html, "run", "What produced this report: library, rule set, options, scenario and seed", "run");
        html.Append("<tbody>\n");
        foreach (var line in CsvReport.StampLines(result.Stamp))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            html.Append("<tr><th scope=\"row\">").Append(E(line[..colon])).Append("</th><td>").Append(E(line[(colon + 2)..])).Append("</td></tr>\n");
        }

        html.Append("<tr><th scope=\"row\">profiles evaluated</th><td>").Append(Formats.Whole(a.Profiles)).Append("</td></tr>\n");
        CloseTable(html);

        foreach (var chart in ReportCharts.All(a))
        {
            Chart(html, chart);
        }

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
            var groups = a.Counters.Where(c => c.Key.Measure == Measures.GroupProfiles).OrderBy(c => c.Key).ToList();
            html.Append("<h2>Breakdown by ").Append(E(a.BreakdownField)).Append("</h2>\n");
            OpenTable(html, "breakdown", "Profiles in each group of " + a.BreakdownField);
            html.Append("<thead><tr><th scope=\"col\">value</th><th scope=\"col\">profiles</th></tr></thead>\n<tbody>\n");
            foreach (var (key, count) in groups)
            {
                html.Append("<tr><td>").Append(E(key.Group)).Append("</td><td class=\"n\">").Append(Formats.Whole(count)).Append("</td></tr>\n");
            }

            CloseTable(html);
            ByGroup(html, a, groups, Measures.Intervention, Measures.GroupIntervention, "Most often recommended interventions by " + a.BreakdownField, "intervention");
            ByGroup(html, a, groups, Measures.Finding, Measures.GroupFinding, "Most frequent findings by " + a.BreakdownField, "finding");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The most frequent codes overall (as many as their chart shows, in its order), with their share of each
    /// breakdown group's profiles and its 95% Wilson interval: one row per code, one column per group.
    /// </summary>
    private static void ByGroup(StringBuilder html, SimulationAggregate a, List<KeyValuePair<CounterKey, long>> groups, string overall, string perGroup, string title, string what)
    {
        var codes = ReportCharts.Bars(a, overall).ConvertAll(bar => bar.Label);
        html.Append("<h3>").Append(E(title)).Append("</h3>\n");
        if (codes.Count == 0 || groups.Count == 0)
        {
            html.Append("<p>Nothing to show: no profile had any.</p>\n");
            return;
        }

        OpenTable(html, "breakdown-" + what, title + ": the share of each group's profiles, with its 95% Wilson interval");
        html.Append("<thead><tr><th scope=\"col\">").Append(what).Append("</th>");
        foreach (var (key, count) in groups)
        {
            html.Append("<th scope=\"col\">").Append(E(key.Group)).Append(" (").Append(Formats.Whole(count)).Append(")</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var code in codes)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(code)).Append("</th>");
            foreach (var (key, _) in groups)
            {
                var share = a.Prevalence(new CounterKey(perGroup, code, key.Group));
                var ci = share.WilsonInterval();
                html.Append("<td class=\"n\">").Append(Formats.Percent(share.Estimate))
                    .Append(" (").Append(Formats.Percent(ci.Lower)).Append(" to ").Append(Formats.Percent(ci.Upper)).Append(")</td>");
            }

            html.Append("</tr>\n");
        }

        CloseTable(html);
    }

    private static void Chart(StringBuilder html, ReportCharts.Chart chart)
    {
        html.Append("<h2>").Append(E(chart.Title)).Append("</h2>\n");
        var bars = chart.Bars;
        if (bars.Count == 0)
        {
            html.Append("<p>Nothing to show: no profile had any.</p>\n");
            return;
        }

        ReportCharts.AppendSvg(html, chart);
        OpenTable(html, chart.Id, chart.Title + " (text alternative to the chart)");
        html.Append("<thead><tr><th scope=\"col\">item</th><th scope=\"col\">profiles</th><th scope=\"col\">share</th><th scope=\"col\">95% interval</th></tr></thead>\n<tbody>\n");
        foreach (var bar in bars)
        {
            var ci = Statistics.WilsonScore.Interval(bar.Count, bar.Trials);
            html.Append("<tr><td>").Append(E(bar.Label)).Append("</td><td class=\"n\">").Append(Formats.Whole(bar.Count))
                .Append("</td><td class=\"n\">").Append(Formats.Percent(bar.Share))
                .Append("</td><td class=\"n\">").Append(Formats.Percent(ci.Lower)).Append(" to ").Append(Formats.Percent(ci.Upper)).Append("</td></tr>\n");
        }

        CloseTable(html);
    }

    /// <summary>
    /// Opens a table with its caption inside a box of its own that scrolls sideways when the table is wider than the
    /// screen (a phone), so the page itself never does. The box is a region named by the caption and takes the focus,
    /// so that it can be scrolled with the keyboard too.
    /// </summary>
    private static void OpenTable(StringBuilder html, string id, string caption, string? tableClass = null) =>
        html.Append("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").Append(id).Append("-caption\">\n<table")
            .Append(tableClass is null ? ">" : " class=\"" + tableClass + "\">")
            .Append("\n<caption id=\"").Append(id).Append("-caption\">").Append(E(caption)).Append("</caption>\n");

    private static void CloseTable(StringBuilder html) => html.Append("</tbody>\n</table>\n</div>\n");

    private static string E(string text) => Formats.Markup(text);
}
