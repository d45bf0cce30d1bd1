using System.Globalization;
using System.Text;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Statistics;

namespace Intimacy.Simulation.Reporting;

/// <summary>
/// The bar charts of a simulation report, shared by the HTML report (inline) and by
/// <see cref="SvgChart"/> (one chart as its own SVG file), so both draw the same numbers the same way.
/// </summary>
internal static class ReportCharts
{
    private const int Top = 20;
    private const int LabelWidth = 330;
    private const int PlotWidth = 360;
    private const int RowHeight = 22;

    /// <summary>The charts in report order.</summary>
    public static IReadOnlyList<Chart> All(SimulationAggregate a) =>
    [
        new("interventions", "Most often recommended interventions", "Share of profiles whose plan recommends each intervention, with 95% Wilson intervals.", Bars(a, Measures.Intervention)),
        new("findings", "Most frequent findings", "Share of profiles with at least one finding of each code, with 95% Wilson intervals.", Bars(a, Measures.Finding)),
        new("gates", "Safety gate activations", "Share of profiles with each safety gate in force (its finding in the plan), and any gate or safety finding.", [.. Bars(a, Measures.Gate), .. Bars(a, Measures.Safety)]),
        new("plan-sizes", "Plan sizes", "Share of plans by the number of distinct interventions they recommend.", [.. a.PlanSizes.Counts.Select((count, size) => new Bar(Formats.Whole(size) + (size == 1 ? " item" : " items"), count, a.Profiles))]),
    ];

    /// <summary>
    /// Appends one chart's <c>svg</c> element: a bar per row with its 95% Wilson interval as a line and
    /// the share as text, titled and described for screen readers. A standalone chart also gets its own
    /// font, a white background and a footer line saying what run it shows.
    /// </summary>
    public static void AppendSvg(StringBuilder svg, Chart chart, string? footer = null)
    {
        var standalone = footer is not null;
        var bars = chart.Bars;
        var height = (bars.Count * RowHeight) + 10 + (standalone ? RowHeight : 0);
        var width = LabelWidth + PlotWidth + 70;
        var id = chart.Id;
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" aria-labelledby=\"{id}-title {id}-desc\"")
            .Append(standalone ? " font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\">\n" : ">\n")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(E(chart.Title)).Append("</title>\n")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(E(chart.Description));
        if (standalone)
        {
            svg.Append(' ').Append(E(footer!)).Append(' ').Append(E(TextAlternative(bars))).Append("</desc>\n")
                .Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
        }
        else
        {
            svg.Append(" The table below lists the same numbers.</desc>\n");
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var p = bar.Share;
            var ci = WilsonScore.Interval(bar.Count, bar.Trials);
            var y = 5 + (i * RowHeight);
            var length = Px(p * PlotWidth);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\">{E(bar.Label)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{length}\" height=\"{RowHeight - 6}\" fill=\"#3b6ea8\"/>")
                .Append(CultureInfo.InvariantCulture, $"<line x1=\"{Px(LabelWidth + (ci.Lower * PlotWidth))}\" x2=\"{Px(LabelWidth + (ci.Upper * PlotWidth))}\" y1=\"{y + 11}\" y2=\"{y + 11}\" stroke=\"#111\" stroke-width=\"1.5\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + PlotWidth + 6}\" y=\"{y + 15}\" font-size=\"12\">{Formats.Percent(p)}</text>\n");
        }

        if (standalone)
        {
            // From the left edge: the footer is longer than the plot is wide.
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"6\" y=\"{height - 8}\" font-size=\"11\" fill=\"#555\">{E(footer!)}</text>\n");
        }

        svg.Append("</svg>\n");
    }

    public static string E(string text) => Formats.Markup(text);

    /// <summary>Every bar as "label share (interval)", the chart's content as one sentence-like list.</summary>
    private static string TextAlternative(IReadOnlyList<Bar> bars) => bars.Count == 0
        ? "There is nothing to show: no profile had any of these."
        : string.Join("; ", bars.Select(b =>
        {
            var ci = WilsonScore.Interval(b.Count, b.Trials);
            return $"{b.Label} {Formats.Percent(b.Share)} ({Formats.Percent(ci.Lower)} to {Formats.Percent(ci.Upper)})";
        })) + ".";

    /// <summary>A chart's bars for one measure: its most frequent codes (at most <see cref="Top"/>), most frequent first.</summary>
    public static List<Bar> Bars(SimulationAggregate a, string measure) =>
        [.. a.Counters.Where(c => c.Key.Measure == measure)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key)
            .Take(Top)
            .Select(c => new Bar(c.Key.Code, c.Value, a.Profiles))];

    private static string Px(double value) => (double.IsNaN(value) ? 0 : value).ToString("F1", CultureInfo.InvariantCulture);

    /// <summary>One chart: an id for the page, a title, a description and its bars.</summary>
    internal sealed record Chart(string Id, string Title, string Description, IReadOnlyList<Bar> Bars);

    /// <summary>One bar: a label and a count out of some trials.</summary>
    internal sealed record Bar(string Label, long Count, long Trials)
    {
        public double Share => Trials == 0 ? double.NaN : (double)Count / Trials;
    }
}
