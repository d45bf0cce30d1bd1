using System.Globalization;
using System.Text;
using Intimacy.Simulation.Aggregation;

namespace Intimacy.Simulation.Reporting;

/// <summary>
/// Writes a simulation result as one self-contained HTML page: inline styles and inline SVG bar charts,
/// no scripts and no external files, so it opens offline. A Content-Security-Policy allows nothing but its own
/// style, so a browser would neither run nor fetch anything even if some text in it were not escaped. Every
/// chart carries a <c>title</c> and <c>desc</c> and is followed by a table with the same numbers, its text
/// alternative.
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
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n<title>Simulation report: ")
            .Append(E(result.Stamp.ScenarioName)).Append("</title>\n<style>\n")
            .Append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}\n")
            .Append("table{border-collapse:collapse;margin:0.5rem 0 2rem}td,th{border:1px solid #bbb;padding:0.2rem 0.5rem;text-align:left}\n")
            .Append("td.n{text-align:right;font-variant-numeric:tabular-nums}svg{max-width:100%;height:auto}\n")
            .Append("</style>\n</head>\n<body>\n<h1>Simulation report: ").Append(E(result.Stamp.ScenarioName)).Append("</h1>\n");

        html.Append("<h2>Run</h2>\n<table>\n<caption>What produced this report: library, rule set, options, scenario and seed</caption>\n");
        foreach (var line in CsvReport.StampLines(result.Stamp))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            html.Append("<tr><th scope=\"row\">").Append(E(line[..colon])).Append("</th><td>").Append(E(line[(colon + 2)..])).Append("</td></tr>\n");
        }

        html.Append("<tr><th scope=\"row\">profiles evaluated</th><td>").Append(Formats.Whole(a.Profiles)).Append("</td></tr>\n</table>\n");

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
            html.Append("<h2>Breakdown by ").Append(E(a.BreakdownField)).Append("</h2>\n<table>\n<caption>Profiles in each group of ")
                .Append(E(a.BreakdownField)).Append("</caption>\n<tr><th scope=\"col\">value</th><th scope=\"col\">profiles</th></tr>\n");
            foreach (var (key, count) in groups)
            {
                html.Append("<tr><td>").Append(E(key.Group)).Append("</td><td class=\"n\">").Append(Formats.Whole(count)).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
            ByGroup(html, a, groups, Measures.Intervention, Measures.GroupIntervention, "Most often recommended interventions by " + a.BreakdownField, "intervention");
            ByGroup(html, a, groups, Measures.Finding, Measures.GroupFinding, "Most frequent findings by " + a.BreakdownField, "finding");
        }

        html.Append("</body>\n</html>\n");
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

        html.Append("<table>\n<caption>").Append(E(title))
            .Append(": the share of each group's profiles, with its 95% Wilson interval</caption>\n<tr><th scope=\"col\">")
            .Append(what).Append("</th>");
        foreach (var (key, count) in groups)
        {
            html.Append("<th scope=\"col\">").Append(E(key.Group)).Append(" (").Append(Formats.Whole(count)).Append(")</th>");
        }

        html.Append("</tr>\n");
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

        html.Append("</table>\n");
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
        html.Append("<table>\n<caption>").Append(E(chart.Title)).Append(" (text alternative to the chart)</caption>\n")
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

    private static string E(string text) => Formats.Markup(text);
}
