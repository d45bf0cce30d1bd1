using System.Text;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Studies;

namespace Intimacy.Simulation.Reporting;

/// <summary>Writes sweeps and comparisons as CSV, stamped like every other output.</summary>
public static class StudyCsv
{
    /// <summary>Writes a sweep: per value and intervention, the prevalence with its 95% Wilson interval.</summary>
    /// <param name="sweep">The sweep.</param>
    /// <returns>The CSV text (LF line ends).</returns>
    public static string Write(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var csv = new StringBuilder();
        if (sweep.Points.Count > 0)
        {
            Stamp(csv, sweep.Points[0].Result.Stamp with { OptionsHash = "varies by value" });
        }

        csv.Append("# threshold: ").Append(sweep.Threshold).Append('\n');
        csv.Append("value,optionsHash,intervention,count,trials,estimate,lower,upper\n");
        foreach (var point in sweep.Points)
        {
            var a = point.Result.Aggregate;
            foreach (var id in a.InterventionIds)
            {
                var p = a.Prevalence(new CounterKey(Measures.Intervention, id, string.Empty));
                var ci = p.WilsonInterval();
                csv.Append(point.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append(',')
                    .Append(point.Result.Stamp.OptionsHash).Append(',').Append(Formats.Csv(id)).Append(',')
                    .Append(Formats.Whole(p.Successes)).Append(',').Append(Formats.Whole(p.Trials)).Append(',')
                    .Append(Formats.Share(p.Estimate)).Append(',').Append(Formats.Share(ci.Lower)).Append(',').Append(Formats.Share(ci.Upper)).Append('\n');
            }
        }

        return csv.ToString();
    }

    /// <summary>
    /// Writes a comparison: per intervention, the paired counts, each arm's share and the difference
    /// A − B with its paired 95% interval and the exact McNemar p-value.
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The CSV text (LF line ends).</returns>
    public static string Write(ComparisonResult comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var csv = new StringBuilder();
        Stamp(csv, comparison.StampA with { OptionsHash = comparison.StampA.OptionsHash + " (A) / " + comparison.StampB.OptionsHash + " (B)" });
        csv.Append("intervention,both,aOnly,bOnly,neither,shareA,shareB,difference,lower,upper,mcnemarP\n");
        foreach (var (id, pair) in comparison.Interventions)
        {
            var ci = pair.DifferenceInterval();
            csv.Append(Formats.Csv(id)).Append(',').Append(Formats.Whole(pair.Both)).Append(',').Append(Formats.Whole(pair.FirstOnly)).Append(',')
                .Append(Formats.Whole(pair.SecondOnly)).Append(',').Append(Formats.Whole(pair.Neither)).Append(',')
                .Append(Formats.Share(pair.First.Estimate)).Append(',').Append(Formats.Share(pair.Second.Estimate)).Append(',')
                .Append(Formats.Share(pair.Difference)).Append(',').Append(Formats.Share(ci.Lower)).Append(',').Append(Formats.Share(ci.Upper)).Append(',')
                .Append(Formats.Share(pair.McNemarExactPValue())).Append('\n');
        }

        return csv.ToString();
    }

    private static void Stamp(StringBuilder csv, SimulationStamp stamp)
    {
        foreach (var line in CsvReport.StampLines(stamp))
        {
            csv.Append("# ").Append(line).Append('\n');
        }
    }
}
