using System.Globalization;
using System.Text;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Statistics;
using Intimacy.Simulation.Studies;

namespace Intimacy.Simulation.Reporting;

/// <summary>Writes sweeps and comparisons as CSV, stamped like every other output.</summary>
public static class StudyCsv
{
    /// <summary>The column header of a sweep's rows.</summary>
    public const string SweepHeader = "value,optionsHash,scenarioHash,measure,code,group,count,trials,estimate,lower,upper";

    /// <summary>The column header of a comparison's rows.</summary>
    public const string ComparisonHeader = "group,intervention,both,aOnly,bOnly,neither,shareA,shareB,difference,lower,upper,mcnemarP";

    /// <summary>
    /// Writes a sweep. For every value: the prevalence of each intervention of the catalog and of each
    /// finding seen at any value, with 95% Wilson intervals; with a breakdown, also each group's size and
    /// the same prevalences within each group (measures <c>group-profiles</c>, <c>group-intervention</c>,
    /// <c>group-finding</c>). Every value has the same rows, so the file pivots or plots directly.
    /// </summary>
    /// <param name="sweep">The sweep.</param>
    /// <returns>The CSV text (LF line ends).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sweep"/> is null.</exception>
    public static string Write(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var csv = new StringBuilder();
        if (sweep.Points.Count > 0)
        {
            var first = sweep.Points[0].Result.Stamp;
            CsvReport.AppendStamp(csv, sweep.Kind == SweepKind.Threshold ? first with { OptionsHash = "varies by value", Options = "varies by value" } : first with { ScenarioHash = "varies by value" });
        }

        csv.Append(sweep.Kind == SweepKind.Threshold ? "# threshold: " : "# scenario parameter: ").Append(Formats.OneLine(sweep.Parameter)).Append('\n');
        CsvReport.AppendBreakdown(csv, sweep.Points.Count > 0 ? sweep.Points[0].Result.Aggregate.BreakdownField : null);

        csv.Append(SweepHeader).Append('\n');
        var aggregates = sweep.Points.Select(p => p.Result.Aggregate).ToList();
        var findings = Codes(aggregates, Measures.Finding, k => k.Code, StringComparer.Ordinal);
        var groups = Codes(aggregates, Measures.GroupProfiles, k => k.Group, GroupOrder.Instance);
        foreach (var point in sweep.Points)
        {
            var a = point.Result.Aggregate;
            var prefix = point.Value.ToString("R", CultureInfo.InvariantCulture) + "," + point.Result.Stamp.OptionsHash + "," + point.Result.Stamp.ScenarioHash + ",";
            foreach (var id in a.InterventionIds)
            {
                Row(csv, prefix, a, new CounterKey(Measures.Intervention, id, string.Empty));
            }

            foreach (var code in findings)
            {
                Row(csv, prefix, a, new CounterKey(Measures.Finding, code, string.Empty));
            }

            foreach (var group in groups)
            {
                Row(csv, prefix, a, new CounterKey(Measures.GroupProfiles, string.Empty, group));
                foreach (var id in a.InterventionIds)
                {
                    Row(csv, prefix, a, new CounterKey(Measures.GroupIntervention, id, group));
                }

                foreach (var code in findings)
                {
                    Row(csv, prefix, a, new CounterKey(Measures.GroupFinding, code, group));
                }
            }
        }

        return csv.ToString();
    }

    /// <summary>
    /// Writes a comparison: per intervention, the paired counts, each arm's share and the difference
    /// A − B with its paired 95% interval and the exact McNemar p-value (six significant digits, so a tiny
    /// p-value shows as e.g. <c>1.83671E-40</c>, not as zero; only one below the smallest double, about 5E-324, from
    /// 1,076 discordant pairs all one way, underflows to <c>0</c>). The first rows (empty
    /// <c>group</c>) cover every profile; with a breakdown, the same rows follow for each group.
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The CSV text (LF line ends).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    public static string Write(ComparisonResult comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var csv = new StringBuilder();
        CsvReport.AppendStamp(csv, comparison.StampA with
        {
            OptionsHash = comparison.StampA.OptionsHash + " (A) / " + comparison.StampB.OptionsHash + " (B)",
            Options = comparison.StampA.Options + " (A) / " + comparison.StampB.Options + " (B)",
        });
        CsvReport.AppendBreakdown(csv, comparison.BreakdownField);

        csv.Append(ComparisonHeader).Append('\n');
        PairRows(csv, string.Empty, comparison.Interventions);
        foreach (var group in comparison.Groups)
        {
            PairRows(csv, group.Value, group.Interventions);
        }

        return csv.ToString();
    }

    private static void PairRows(StringBuilder csv, string group, IReadOnlyList<KeyValuePair<string, PairedProportions>> rows)
    {
        foreach (var (id, pair) in rows)
        {
            var ci = pair.DifferenceInterval();
            csv.Append(Formats.Csv(group)).Append(',').Append(Formats.Csv(id)).Append(',').Append(Formats.Whole(pair.Both)).Append(',').Append(Formats.Whole(pair.FirstOnly)).Append(',')
                .Append(Formats.Whole(pair.SecondOnly)).Append(',').Append(Formats.Whole(pair.Neither)).Append(',')
                .Append(Formats.Share(pair.First.Estimate)).Append(',').Append(Formats.Share(pair.Second.Estimate)).Append(',')
                .Append(Formats.Share(pair.Difference)).Append(',').Append(Formats.Share(ci.Lower)).Append(',').Append(Formats.Share(ci.Upper)).Append(',')
                .Append(Formats.PValue(pair.McNemarExactPValue())).Append('\n');
        }
    }

    private static void Row(StringBuilder csv, string prefix, SimulationAggregate a, CounterKey key)
    {
        Proportion p = key.Measure == Measures.GroupProfiles
            ? new Proportion(a.Count(Measures.GroupProfiles, string.Empty, key.Group), a.Profiles)
            : a.Prevalence(key);
        var ci = p.Trials == 0 ? new Interval(double.NaN, double.NaN) : p.WilsonInterval();
        csv.Append(prefix).Append(Formats.Csv(key.Measure)).Append(',').Append(Formats.Csv(key.Code)).Append(',').Append(Formats.Csv(key.Group)).Append(',')
            .Append(Formats.Whole(p.Successes)).Append(',').Append(Formats.Whole(p.Trials)).Append(',')
            .Append(Formats.Share(p.Estimate)).Append(',').Append(Formats.Share(ci.Lower)).Append(',').Append(Formats.Share(ci.Upper)).Append('\n');
    }

    /// <summary>The codes or groups of one measure seen in any of the aggregates, in the order given.</summary>
    private static List<string> Codes(IEnumerable<SimulationAggregate> aggregates, string measure, Func<CounterKey, string> part, IComparer<string> order) =>
        [.. aggregates.SelectMany(a => a.Counters.Keys).Where(k => k.Measure == measure).Select(part).Distinct(StringComparer.Ordinal).Order(order)];
}
