using System.Globalization;
using System.Text;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Running;

namespace Intimacy.Simulation.Reporting;

/// <summary>
/// Writes a simulation result's aggregates as CSV: stamp lines starting with <c>#</c>, then one row per
/// counter (prevalence with its 95% Wilson interval), per rule, per plan size and per co-occurring pair.
/// </summary>
public static class CsvReport
{
    /// <summary>The column header of the aggregate rows.</summary>
    public const string Header = "section,measure,code,group,count,trials,estimate,lower,upper";

    /// <summary>Writes the aggregates.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The CSV text (LF line ends).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Write(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var a = result.Aggregate;
        var csv = new StringBuilder();
        AppendStamp(csv, result.Stamp);

        AppendBreakdown(csv, a.BreakdownField);
        csv.Append(Header).Append('\n');
        foreach (var (key, count) in a.Counters.OrderBy(c => c.Key))
        {
            var p = a.Prevalence(key);
            var ci = p.WilsonInterval();
            Row(csv, "prevalence", key.Measure, key.Code, key.Group, count, p.Trials, p.Estimate, ci.Lower, ci.Upper);
        }

        for (var i = 0; i < a.RuleNames.Count; i++)
        {
            Row(csv, "rule", "profiles-fired", a.RuleNames[i], string.Empty, a.RuleProfiles[i], a.Profiles, double.NaN, double.NaN, double.NaN);
            Row(csv, "rule", "firings", a.RuleNames[i], string.Empty, a.RuleFirings[i], a.Profiles, double.NaN, double.NaN, double.NaN);
        }

        var sizes = a.PlanSizes.Counts;
        for (var size = 0; size < sizes.Count; size++)
        {
            Row(csv, "plan-size", "plans", Formats.Whole(size), string.Empty, sizes[size], a.Profiles, a.Profiles == 0 ? double.NaN : (double)sizes[size] / a.Profiles, double.NaN, double.NaN);
        }

        var n = a.InterventionIds.Count;
        for (var x = 0; x < n; x++)
        {
            for (var y = x + 1; y < n; y++)
            {
                var count = a.CoOccurrence.Count(x, y);
                if (count != 0)
                {
                    Row(csv, "co-occurrence", "plans", a.InterventionIds[x], a.InterventionIds[y], count, a.Profiles, (double)count / a.Profiles, double.NaN, double.NaN);
                }
            }
        }

        return csv.ToString();
    }

    /// <summary>
    /// The head of a file of per-profile rows (<c>profiles.csv</c>): the stamp lines starting with <c>#</c>,
    /// as in the aggregates, then <see cref="SimulationRunner.ProfileRowsHeader"/>. The rows that
    /// <see cref="SimulationRunner.Run"/> writes follow it.
    /// </summary>
    /// <param name="stamp">The run's stamp, from <see cref="SimulationRunner.StampFor(SimulationSettings)"/>.</param>
    /// <returns>The head (LF line ends, ending with one).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stamp"/> is null.</exception>
    public static string ProfileRowsHead(SimulationStamp stamp) => ProfileRowsHead(stamp, breakdownField: null);

    /// <summary>
    /// The head of a file of per-profile rows (<c>profiles.csv</c>) of a run broken down by a field: as
    /// <see cref="ProfileRowsHead(SimulationStamp)"/>, with a <c># breakdown:</c> line naming the field
    /// (whose value the <c>breakdown</c> column holds) before the header. The field is escaped as the
    /// stamp's values are (see <see cref="StampLines"/>), so it stays on that one line.
    /// </summary>
    /// <param name="stamp">The run's stamp, from <see cref="SimulationRunner.StampFor(SimulationSettings)"/>.</param>
    /// <param name="breakdownField">The run's <see cref="SimulationSettings.BreakdownField"/>; null for none.</param>
    /// <returns>The head (LF line ends, ending with one).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stamp"/> is null.</exception>
    public static string ProfileRowsHead(SimulationStamp stamp, string? breakdownField)
    {
        var csv = new StringBuilder();
        AppendStamp(csv, stamp);

        AppendBreakdown(csv, breakdownField);

        return csv.Append(SimulationRunner.ProfileRowsHeader).Append('\n').ToString();
    }

    /// <summary>
    /// The stamp as <c>name: value</c> lines, shared by every output. A line break or other control
    /// character in a value (a scenario name can hold one) is written as an escape such as <c>\n</c>, and
    /// a backslash as <c>\\</c>, so every stamp line stays one <c>#</c> comment line of the CSV files and
    /// different values give different lines.
    /// </summary>
    /// <param name="stamp">The stamp.</param>
    /// <returns>The lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stamp"/> is null.</exception>
    public static IReadOnlyList<string> StampLines(SimulationStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        return
        [
            "libraryVersion: " + Formats.OneLine(stamp.LibraryVersion),
            "ruleSetHash: " + Formats.OneLine(stamp.RuleSetHash),
            "optionsHash: " + Formats.OneLine(stamp.OptionsHash),
            "options: " + Formats.OneLine(stamp.Options),
            "scenario: " + Formats.OneLine(stamp.ScenarioName),
            "scenarioHash: " + Formats.OneLine(stamp.ScenarioHash),
            "seed: " + Formats.Whole(stamp.Seed),
            "count: " + Formats.Whole(stamp.Count),
            "shard: " + stamp.Shard,
        ];
    }

    /// <summary>The stamp as <c>#</c> comment lines, as every CSV output begins.</summary>
    internal static void AppendStamp(StringBuilder csv, SimulationStamp stamp)
    {
        foreach (var line in StampLines(stamp))
        {
            csv.Append("# ").Append(line).Append('\n');
        }
    }

    /// <summary>The field the groups are values of, as a comment line after the stamp, escaped as the stamp is (as the sweep and comparison CSVs write it too).</summary>
    internal static void AppendBreakdown(StringBuilder csv, string? breakdownField)
    {
        if (breakdownField is not null)
        {
            csv.Append("# breakdown: ").Append(Formats.OneLine(breakdownField)).Append('\n');
        }
    }

    private static void Row(StringBuilder csv, string section, string measure, string code, string group, long count, long trials, double estimate, double lower, double upper) =>
        csv.Append(section).Append(',').Append(Formats.Csv(measure)).Append(',').Append(Formats.Csv(code)).Append(',').Append(Formats.Csv(group)).Append(',')
            .Append(Formats.Whole(count)).Append(',').Append(Formats.Whole(trials)).Append(',')
            .Append(Formats.Share(estimate)).Append(',').Append(Formats.Share(lower)).Append(',').Append(Formats.Share(upper)).Append('\n');
}
