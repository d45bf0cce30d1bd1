using System.CommandLine;
using System.Globalization;
using Intimacy.Recommendations.Options;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;
using Intimacy.Simulation.Studies;
using Spectre.Console;

namespace Intimacy.Cli.Commands;

/// <summary>The research commands: <c>simulate</c>, <c>merge</c>, <c>sweep</c>, <c>compare</c> and <c>chart</c>.</summary>
internal static partial class SimulationCommands
{
    /// <summary>The file names a simulation writes into its output folder.</summary>
    public const string SummaryFile = "summary.json";

    /// <summary>The aggregate CSV file name.</summary>
    public const string CsvFile = "aggregates.csv";

    /// <summary>The HTML report file name.</summary>
    public const string HtmlFile = "report.html";

    /// <summary>The per-profile CSV file name.</summary>
    public const string RowsFile = "profiles.csv";

    public static IEnumerable<Command> Create(CliConsole console, CancellationToken cancellationToken)
    {
        yield return Simulate(console, cancellationToken);
        yield return Merge(console, cancellationToken);
        yield return Sweep(console, cancellationToken);
        yield return Compare(console, cancellationToken);
        yield return Chart(console);
    }

    private static Command Simulate(CliConsole console, CancellationToken cancellationToken)
    {
        var run = new RunOptions();
        var output = new Option<string?>("--out") { Description = "Folder for summary.json, aggregates.csv and report.html; without it a short summary is printed." };
        var shard = new Option<string?>("--shard") { Description = "Run only slice i/n (contiguous) of the population, e.g. 0/4; combine the folders with 'merge'." };
        var breakdown = new Option<string?>("--breakdown") { Description = "Break results down by a profile answer, e.g. partnerA.life.newParent." };
        var rows = new Option<bool>("--rows") { Description = "Also write profiles.csv, one row per profile (needs --out)." };
        var force = ForceOption();
        var engineOptions = new EngineOptions();
        var command = new Command("simulate", "Evaluate a synthetic population and write prevalence, rule firings, co-occurrence and plan sizes.") { output, shard, breakdown, rows, force };
        run.AddTo(command);
        engineOptions.AddTo(command);
        command.SetAction(parse =>
        {
            // The rules compile on another core while the scenario is read; a bad scenario or setting is still reported
            // before a bad engine option, as the engine is asked for only after them.
            var building = engineOptions.StartBuilding(parse);
            var scenario = InputFiles.ReadScenario(parse.GetValue(run.Scenario)!);
            var settings = run.Settings(parse, scenario) with
            {
                Shard = ParseShard(parse.GetValue(shard)),
                BreakdownField = parse.GetValue(breakdown),
            };
            var engine = building.GetAwaiter().GetResult();
            var folder = parse.GetValue(output);
            if (parse.GetValue(rows) && folder is null)
            {
                throw new CliFailure(ExitCodes.Usage, "The option --rows needs --out, the folder to write profiles.csv into.");
            }

            // The settings (the breakdown field included) are checked before anything is written.
            var runner = new SimulationRunner(engine, scenario);
            var stamp = Checked(() => runner.StampFor(settings));
            // Every output is written under a temporary name and put in place only when the run succeeds, so a
            // cancelled or failed run leaves the folder as it was (and removes it when it made it).
            using var outputs = folder is null ? null : new OutputFolder(folder);
            if (outputs is not null)
            {
                RefuseToReplace(outputs, parse.GetValue(force), parse.GetValue(rows));
                if (!parse.GetValue(rows))
                {
                    RemoveEarlierRows(outputs);
                }
            }

            // The output folder closes the rows' writer: on success when it commits, quietly after a failure.
            var rowWriter = parse.GetValue(rows) ? outputs!.CreateWriter(RowsFile) : null;
            var rowsPath = outputs?.PathOf(RowsFile) ?? string.Empty;
            rowWriter?.Write(CsvReport.ProfileRowsHead(stamp, settings.BreakdownField));
            var work = settings.Shard.End(settings.Count) - settings.Shard.Start(settings.Count);
            var result = WithProgress(console, run.Quiet(parse), "Simulating", work, progress =>
                OutputFiles.GuardIo(rowsPath, rowWriter is not null, () => Checked(() => runner.Run(settings, progress, rowWriter, cancellationToken))));
            if (rowWriter is not null)
            {
                OutputFiles.Guard(rowsPath, rowWriter.Flush);
            }

            if (outputs is null)
            {
                PrintSummary(console, result);
            }
            else
            {
                WriteOutputs(outputs, result);
                outputs.Commit();
                if (!run.Quiet(parse))
                {
                    var written = parse.GetValue(rows) ? $"{SummaryFile}, {CsvFile}, {HtmlFile} and {RowsFile}" : $"{SummaryFile}, {CsvFile} and {HtmlFile}";
                    // The folder on one line, as every message writes a name it was given.
                    console.Error.WriteLine(CliApp.OneLine($"Wrote {written} to '{folder}'."));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Merge(CliConsole console, CancellationToken cancellationToken)
    {
        var folders = new Argument<string[]>("folders") { Description = "The output folders of the shards (each with a summary.json).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for the merged outputs.", Required = true };
        var quiet = new Option<bool>("--quiet") { Description = "No message when done, for scripts." };
        var force = ForceOption();
        var command = new Command("merge", "Merge the outputs of every shard of a run into exactly what one run produces.") { folders, output, quiet, force };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(folders)!;
            var shards = inputs.Select(folder =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (File.Exists(folder))
                {
                    // A slip such as 'merge shard-*/summary.json': said as such, not as a missing summary.json/summary.json.
                    throw new CliFailure(ExitCodes.Usage, $"Cannot merge '{folder}': it is a file, and merge takes the shards' output folders (each holding a {SummaryFile}).");
                }

                var path = Path.Combine(folder, SummaryFile);
                try
                {
                    return SummaryJson.Read(InputFiles.ReadSummaryText(path));
                }
                catch (FormatException ex)
                {
                    throw new CliFailure(ExitCodes.Usage, $"Cannot read '{path}': {CliFailure.Inner(ex.Message)}.", ex);
                }
            }).ToList();
            SimulationResult merged;
            try
            {
                merged = ShardMerger.Merge(shards);
            }
            catch (ArgumentException ex)
            {
                throw new CliFailure(ExitCodes.Usage, WithShardFolders(ex.Message.Split(" (Parameter", 2)[0], inputs, shards), ex);
            }

            var folder = parse.GetValue(output)!;
            if (inputs.FirstOrDefault(input => SameFolder(input, folder)) is { } shardFolder)
            {
                throw new CliFailure(ExitCodes.Usage, $"The option --out names the shard folder '{shardFolder}'; merge into another folder, so that no shard's files are overwritten.");
            }

            using var outputs = new OutputFolder(folder);
            RefuseToReplace(outputs, parse.GetValue(force), inputs.Any(input => File.Exists(Path.Combine(input, RowsFile))));
            MergeRows([.. inputs.Zip(shards).OrderBy(s => s.Second.Stamp.Shard.Index)], outputs, merged, cancellationToken);
            WriteOutputs(outputs, merged);
            outputs.Commit();
            if (!parse.GetValue(quiet))
            {
                console.Error.WriteLine(CliApp.OneLine($"Merged {shards.Count} shard{(shards.Count == 1 ? string.Empty : "s")} ({merged.Aggregate.Profiles.ToString(CultureInfo.InvariantCulture)} profiles) into '{folder}'."));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Sweep(CliConsole console, CancellationToken cancellationToken)
    {
        var run = new RunOptions();
        var threshold = new Option<string?>("--threshold") { Description = "The threshold to vary, e.g. Csi4Cutoff (see 'intimacy rules')." };
        var parameter = new Option<string?>("--scenario-parameter") { Description = "The scenario number to vary, by its key path, e.g. fields[view.sexPerYear].mean or unknownShare (see docs/scenario-format.md)." };
        var from = new Option<double>("--from") { Description = "The first value.", Required = true }.Strict();
        var to = new Option<double>("--to") { Description = "The last value.", Required = true }.Strict();
        var step = new Option<double?>("--step") { Description = "The step between values." }.Strict();
        var steps = new Option<int?>("--steps") { Description = "How many evenly spaced values from --from to --to, both included (instead of --step)." }.Whole();
        var breakdown = new Option<string?>("--breakdown") { Description = "Also report every value's results within each value of a profile answer, e.g. partnerA.life.newParent." };
        var output = new Option<string?>("--out") { Description = "CSV file to write; standard output without it." };
        var engineOptions = new EngineOptions();
        var command = new Command("sweep", "Run the same population once per value of one threshold or scenario parameter and report prevalence per value.") { threshold, parameter, from, to, step, steps, breakdown, output };
        run.AddTo(command);
        engineOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var thresholdName = parse.GetValue(threshold);
            var parameterPath = parse.GetValue(parameter);
            if ((thresholdName is null) == (parameterPath is null))
            {
                throw new CliFailure(ExitCodes.Usage, "Give exactly one of --threshold and --scenario-parameter: the value to sweep.");
            }

            if ((parse.GetValue(step) is null) == (parse.GetValue(steps) is null))
            {
                throw new CliFailure(ExitCodes.Usage, "Give exactly one of --step and --steps: how far apart the values are, or how many there are.");
            }

            var scenario = InputFiles.ReadScenario(parse.GetValue(run.Scenario)!);
            CheckOutput(parse.GetValue(output));
            var settings = run.Settings(parse, scenario) with { BreakdownField = parse.GetValue(breakdown) };
            CheckSpacing(parse.GetValue(from), parse.GetValue(to), parse.GetValue(step), parse.GetValue(steps));
            var values = Checked(() => parse.GetValue(step) is { } size
                ? SweepRunner.Range(parse.GetValue(from), parse.GetValue(to), size)
                : SweepRunner.Points(parse.GetValue(from), parse.GetValue(to), parse.GetValue(steps)!.Value));
            SweepResult result;
            if (thresholdName is not null)
            {
                CheckSweptThreshold(thresholdName, values, engineOptions.SetNames(parse));

                // Built once with the other options only to check them (a tag no rule carries) in the options' words.
                _ = engineOptions.Build(parse);
                result = WithProgress(console, run.Quiet(parse), "Sweeping", settings.Count * values.Count, progress =>
                    Checked(() => SweepRunner.Run(scenario, thresholdName, values, settings, engineOptions.Configure(parse), progress, cancellationToken)));
            }
            else
            {
                var swept = ScenarioParameter.Parse(parameterPath!);
                try
                {
                    _ = swept.Canonical(scenario);
                }
                catch (ScenarioException ex)
                {
                    throw new CliFailure(ExitCodes.Usage, $"The option --scenario-parameter got '{parameterPath}': {ex.KeyPath}: {ex.Detail}", ex);
                }

                var engine = engineOptions.Build(parse);
                result = WithProgress(console, run.Quiet(parse), "Sweeping", settings.Count * values.Count, progress =>
                    Checked(() => ScenarioChecked(parse.GetValue(run.Scenario)!, () => SweepRunner.Run(engine, scenario, swept, values, settings, progress, cancellationToken))));
            }

            Emit(console, parse.GetValue(output), StudyCsv.Write(result), run.Quiet(parse));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Compare(CliConsole console, CancellationToken cancellationToken)
    {
        var run = new RunOptions();
        var a = new EngineOptions("-a", " for arm A");
        var b = new EngineOptions("-b", " for arm B");
        var breakdown = new Option<string?>("--breakdown") { Description = "Also report the paired differences within each value of a profile answer, e.g. partnerA.life.newParent." };
        var output = new Option<string?>("--out") { Description = "CSV file to write; standard output without it." };
        var command = new Command("compare", "Evaluate the same population under two option or tag sets and report paired differences per intervention.") { breakdown, output };
        run.AddTo(command);
        a.AddTo(command);
        b.AddTo(command);
        command.SetAction(parse =>
        {
            var scenario = InputFiles.ReadScenario(parse.GetValue(run.Scenario)!);
            CheckOutput(parse.GetValue(output));
            var settings = run.Settings(parse, scenario) with { BreakdownField = parse.GetValue(breakdown) };
            var engineA = a.Build(parse);
            var engineB = b.Build(parse);
            var result = WithProgress(console, run.Quiet(parse), "Comparing", settings.Count, progress =>
                Checked(() => new ComparisonRunner(engineA, engineB, scenario).Run(settings, progress, cancellationToken)));
            Emit(console, parse.GetValue(output), StudyCsv.Write(result), run.Quiet(parse));
            if (engineA.OptionsHash == engineB.OptionsHash)
            {
                // Not an error (a comparison of an arm with itself is a valid check), but rarely what was meant; said
                // after a run that worked, so that an error stays the only line a failed run writes.
                console.Error.WriteLine("warning: the two arms have the same options, so every paired difference is zero; set an arm apart with --set-a/--set-b or --disable-tag-a/--disable-tag-b.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Chart(CliConsole console)
    {
        var summary = new Argument<string>("summary") { Description = "A summary.json written by simulate or merge." };
        var chart = new Option<string>("--chart") { Description = "Which chart: " + string.Join(", ", SvgChart.Names) + ".", DefaultValueFactory = _ => SvgChart.Names[0] };
        chart.AcceptOnlyFromAmong([.. SvgChart.Names]);
        var output = new Option<string?>("--out") { Description = "SVG file to write; standard output without it." };
        var command = new Command("chart", "Write one chart of a simulation's report as a self-contained SVG file.") { summary, chart, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(summary)!;
            SimulationResult result;
            try
            {
                result = SummaryJson.Read(InputFiles.ReadSummaryText(path));
            }
            catch (FormatException ex)
            {
                throw new CliFailure(ExitCodes.Usage, $"Cannot read '{path}': {CliFailure.Inner(ex.Message)}.", ex);
            }

            Emit(console, parse.GetValue(output), SvgChart.Write(result, parse.GetValue(chart)!));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Joins the shards' <c>profiles.csv</c> files, when they were run with <c>--rows</c>, into the file one
    /// run writes: the merged stamp and the header, then every shard's rows in index order. Each file must
    /// carry its shard's stamp and exactly the rows of its slice; nothing is left behind on failure.
    /// </summary>
    private static void MergeRows(IReadOnlyList<(string Folder, SimulationResult Result)> shards, OutputFolder outputs, SimulationResult merged, CancellationToken cancellationToken)
    {
        var without = shards.Where(s => !File.Exists(Path.Combine(s.Folder, RowsFile))).Select(s => s.Folder).ToList();
        if (without.Count == shards.Count)
        {
            RemoveEarlierRows(outputs);
            return;
        }

        if (without.Count > 0)
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot merge {RowsFile}: '{without[0]}' has none but other shards have one; run every shard with --rows, or none.");
        }

        // A failure leaves only the temporary file, which the output folder deletes; the folder closes the writer too.
        var target = outputs.PathOf(RowsFile);
        var writer = outputs.CreateWriter(RowsFile);
        OutputFiles.Guard(target, () => writer.Write(CsvReport.ProfileRowsHead(merged.Stamp, merged.Aggregate.BreakdownField)));
        foreach (var (shardFolder, result) in shards)
        {
            CopyRows(Path.Combine(shardFolder, RowsFile), result, writer, target, cancellationToken);
        }

        OutputFiles.Guard(target, writer.Flush);
    }

    /// <summary>
    /// The library's merge error with the folder of each shard it names ("shard 1/4 (in 'shard-1')"): the library knows
    /// the shards only by their stamps, and a researcher finds the one to run again by its folder. A shard held by
    /// several folders (given twice, or run twice) is named with all of them.
    /// </summary>
    private static string WithShardFolders(string message, IReadOnlyList<string> folders, IReadOnlyList<SimulationResult> shards) =>
        ShardName().Replace(message, match =>
        {
            var holders = folders.Where((_, i) => shards[i].Stamp.Shard.ToString() == match.Groups["shard"].Value).Select(f => $"'{f}'").ToList();
            return holders.Count == 0
                ? match.Value
                : $"{match.Value} (in {(holders.Count == 1 ? holders[0] : string.Join(", ", holders[..^1]) + " and " + holders[^1])})";
        });

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[Ss]hard (?<shard>\d+/\d+)\b")]
    private static partial System.Text.RegularExpressions.Regex ShardName();

    /// <summary>
    /// Deletes a <c>profiles.csv</c> an earlier run wrote into the output folder, when this run writes
    /// none: left there, it would sit beside this run's summary as if it were this run's rows, and a later
    /// <c>merge</c> of the folder would refuse it. A file the tool did not write (no stamp) is left alone.
    /// It is deleted when the outputs are committed, so a run that fails keeps it.
    /// </summary>
    private static void RemoveEarlierRows(OutputFolder outputs)
    {
        if (IsEarlierRows(outputs.PathOf(RowsFile)))
        {
            outputs.Remove(RowsFile);
        }
    }

    /// <summary>Whether <paramref name="path"/> is a <c>profiles.csv</c> the tool wrote (it starts with a stamp).</summary>
    private static bool IsEarlierRows(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        // Only as much as the stamp's start: a file that never ends its first line (a link to /dev/zero) is not read on.
        const string stamp = "# libraryVersion: ";
        return InputFiles.Guard(path, () =>
        {
            using var reader = new StreamReader(path);
            var start = new char[stamp.Length];
            return start.AsSpan(0, reader.ReadBlock(start)).SequenceEqual(stamp);
        });
    }

    /// <summary>The <c>--force</c> of the commands that write an output folder.</summary>
    private static Option<bool> ForceOption() => new("--force")
    {
        Description = $"Replace the outputs of an earlier run ({SummaryFile}, {CsvFile}, {HtmlFile}, {RowsFile}) in the --out folder; without it such a folder is refused.",
    };

    /// <summary>
    /// Refuses, before anything runs, an output folder that already holds a file this command would replace
    /// (<c>summary.json</c>, <c>aggregates.csv</c>, <c>report.html</c>, and <c>profiles.csv</c> when it writes
    /// rows) or an earlier run's <c>profiles.csv</c> it would delete, unless <paramref name="force"/>: an earlier
    /// run's results are not lost by a slip of <c>--out</c>. Other files in the folder are no reason to refuse.
    /// </summary>
    private static void RefuseToReplace(OutputFolder outputs, bool force, bool rows)
    {
        // A folder in the place of an output could only fail at the end, after the run.
        outputs.RequireFileTargets(rows ? [SummaryFile, CsvFile, HtmlFile, RowsFile] : [SummaryFile, CsvFile, HtmlFile]);
        if (force)
        {
            return;
        }

        var existing = new[] { SummaryFile, CsvFile, HtmlFile }.Where(name => File.Exists(outputs.PathOf(name))).ToList();
        if (rows ? File.Exists(outputs.PathOf(RowsFile)) : IsEarlierRows(outputs.PathOf(RowsFile)))
        {
            existing.Add(RowsFile);
        }

        if (existing.Count > 0)
        {
            var names = existing.Count == 1 ? existing[0] : string.Join(", ", existing[..^1]) + " and " + existing[^1];
            throw new CliFailure(
                ExitCodes.Usage,
                $"The folder '{outputs.Path}' already holds the outputs of an earlier run ({names}); choose another folder, or add --force to replace them.");
        }
    }

    private static void CopyRows(string path, SimulationResult result, StreamWriter writer, string target, CancellationToken cancellationToken)
    {
        var stamp = result.Stamp;
        using var file = InputFiles.Guard(path, () => new StreamReader(path));
        var reader = new RowReader(file, path);
        foreach (var expected in CsvReport.ProfileRowsHead(stamp, result.Aggregate.BreakdownField).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (reader.ReadLine(csv: false) != expected)
            {
                throw new CliFailure(ExitCodes.Usage, $"Cannot merge '{path}': its stamp or header does not match the shard's {SummaryFile}.");
            }
        }

        var next = stamp.Shard.Start(stamp.Count);
        var end = stamp.Shard.End(stamp.Count);
        while (reader.ReadLine(csv: true) is { } line)
        {
            // Joining the rows of a large study takes a while; Ctrl+C (or SIGTERM) stops it as it stops a run.
            cancellationToken.ThrowIfCancellationRequested();
            if (!reader.EndedWithLineBreak && next < end)
            {
                // Every row is written with its line break: a last row without one may have lost its end (a copy cut
                // off). Past the shard's last profile it is junk (zero bytes a crash left), refused just below.
                throw new CliFailure(ExitCodes.Usage, $"Cannot merge '{path}': its last row (profile {Number(next)}) has no line break at its end, so it may be cut short; the shard did not finish writing it.");
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (next >= end || comma <= 0 || !long.TryParse(line.AsSpan(0, comma), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index != next)
            {
                throw new CliFailure(ExitCodes.Usage, $"Cannot merge '{path}': its rows are not the profiles {Number(stamp.Shard.Start(stamp.Count))} to {Number(end - 1)} of shard {stamp.Shard}, one each in order.");
            }

            OutputFiles.Guard(target, () =>
            {
                writer.Write(line);
                writer.Write('\n');
            });
            next++;
        }

        if (next != end)
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot merge '{path}': it stops at profile {Number(next)} but shard {stamp.Shard} runs to {Number(end - 1)}; the shard did not finish writing it.");
        }
    }

    private static bool SameFolder(string left, string right) =>
        string.Equals(
            Resolved(left, depth: 0),
            Resolved(right, depth: 0),
            OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>
    /// The full path of a folder with every symbolic link on the way followed, so that a link to a shard's folder is
    /// known as that folder. A path that cannot be followed (a loop, no permission) is left as it stands from there.
    /// </summary>
    private static string Resolved(string path, int depth)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (depth > 40 || Path.GetDirectoryName(full) is not { } parent)
        {
            return full;
        }

        full = Path.Combine(Resolved(parent, depth + 1), Path.GetFileName(full));
        try
        {
            return Directory.ResolveLinkTarget(full, returnFinalTarget: true) is { } target ? Resolved(target.FullName, depth + 1) : full;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void WriteOutputs(OutputFolder outputs, SimulationResult result)
    {
        outputs.WriteText(SummaryFile, SummaryJson.Write(result));
        outputs.WriteText(CsvFile, CsvReport.Write(result));
        outputs.WriteText(HtmlFile, HtmlReport.Write(result));
    }

    private static void PrintSummary(CliConsole console, SimulationResult result)
    {
        var a = result.Aggregate;
        foreach (var line in CsvReport.StampLines(result.Stamp))
        {
            console.Out.WriteLine(line);
        }

        console.Out.WriteLine("profiles: " + a.Profiles.ToString(CultureInfo.InvariantCulture));
        // With no profiles there is no mean to report (it would print as NaN).
        console.Out.WriteLine("mean plan size: " + (a.Profiles == 0 ? "none (no profiles)" : a.PlanSizes.Mean.ToString("F2", CultureInfo.InvariantCulture)));
        console.Out.WriteLine("rules never fired: " + a.RulesNeverFired.Count.ToString(CultureInfo.InvariantCulture));
        console.Out.WriteLine("most frequent recommendations:");
        foreach (var (key, count) in a.Counters.Where(c => c.Key.Measure == Measures.Intervention).OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(10))
        {
            var p = a.Prevalence(key);
            var ci = p.WilsonInterval();
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key.Code}: {p.Estimate:P1} (95% {ci.Lower:P1} to {ci.Upper:P1}, {count} profiles)"));
        }
    }

    /// <summary>The sweep's range in the options' own words, before the library's checks name its parameters.</summary>
    private static void CheckSpacing(double from, double to, double? step, int? steps)
    {
        const int Most = 1000;
        if (!double.IsFinite(from) || !double.IsFinite(to))
        {
            throw new CliFailure(ExitCodes.Usage, "The options --from and --to must be finite numbers.");
        }

        if (to < from)
        {
            throw new CliFailure(ExitCodes.Usage, "The option --to must be at least --from.");
        }

        if (step is { } size && !(size > 0 && double.IsFinite(size)))
        {
            throw new CliFailure(ExitCodes.Usage, "The option --step must be a number greater than 0.");
        }

        if (step is { } spacing && ((to - from) / spacing) + 1 > Most)
        {
            throw new CliFailure(ExitCodes.Usage, $"The option --step gives more than {Most} values from --from to --to; use a larger step.");
        }

        if (steps is { } count && (count > Most || count < (from == to ? 1 : 2)))
        {
            throw new CliFailure(ExitCodes.Usage, $"The option --steps must be from 2 to {Most} (or 1 when --from equals --to).");
        }
    }

    /// <summary>Every value of a threshold sweep within the threshold's range, in the options' own words, before the first run.</summary>
    /// <remarks>The swept threshold set with <c>--set</c> too is refused: the sweep's values would silently win.</remarks>
    private static void CheckSweptThreshold(string name, IReadOnlyList<double> values, IReadOnlyList<string> setNames)
    {
        var threshold = RecommendationOptions.FindThreshold(name);
        if (setNames.Any(set => string.Equals(set, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new CliFailure(ExitCodes.Usage, $"The option --set cannot set {threshold?.Name ?? name}, the threshold this sweep varies; drop it from --set or sweep another threshold.");
        }

        // Said here rather than by the library, whose message ("There is no threshold named …. Known thresholds: …")
        // is two sentences and does not name the option.
        if (threshold is null)
        {
            throw new CliFailure(ExitCodes.Usage, EngineOptions.UnknownThreshold("--threshold", name));
        }

        foreach (var value in values)
        {
            if (!threshold.Accepts(value))
            {
                throw new CliFailure(ExitCodes.Usage, string.Create(CultureInfo.InvariantCulture, $"The sweep's value {value} is out of range for --threshold {threshold.Name}, which must be from {threshold.Minimum} to {threshold.Maximum}; keep --from and --to within it."));
            }
        }
    }

    private static void CheckOutput(string? path)
    {
        if (path is not null)
        {
            OutputFiles.CheckFileTarget(path);
        }
    }

    /// <summary>
    /// Writes a result to standard output, or to <paramref name="path"/>; a file written is said on standard error, as
    /// simulate and merge say theirs, unless <paramref name="quiet"/>.
    /// </summary>
    private static void Emit(CliConsole console, string? path, string text, bool quiet = true)
    {
        if (path is null)
        {
            console.Out.Write(text);
        }
        else
        {
            OutputFiles.WriteText(path, text);
            if (!quiet)
            {
                console.Error.WriteLine(CliApp.OneLine($"Wrote '{path}'."));
            }
        }
    }

    private static Shard ParseShard(string? text)
    {
        if (text is null)
        {
            return Shard.Whole;
        }

        try
        {
            return Shard.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new CliFailure(ExitCodes.Usage, $"The option --shard got '{text}': {CliFailure.Inner(ex.Message)}.", ex);
        }
    }

    private static T Checked<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (ArgumentException ex)
        {
            throw new CliFailure(ExitCodes.Usage, ex.Message.Split(" (Parameter", 2)[0], ex);
        }
    }

    /// <summary>
    /// A scenario made invalid by a swept value is an invalid scenario (exit code 1), like a bad file, and
    /// the message names the file, the key path and the value (no line: the value is not in the file).
    /// </summary>
    private static T ScenarioChecked<T>(string path, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (ScenarioException ex)
        {
            // The library knows only the scenario's name, not the file it was read from.
            throw new CliFailure(ExitCodes.Invalid, "The scenario is not valid: " + new ScenarioException(path, null, null, ex.KeyPath, ex.Detail).Message, ex);
        }
    }

    private static T WithProgress<T>(CliConsole console, bool quiet, string label, long total, Func<IProgress<long>?, T> body)
    {
        if (quiet || !console.Interactive)
        {
            return body(null);
        }

        // The console's own stream, which Spectre recognises as a terminal (for its width and cursor control).
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error is StandardStream standard ? standard.Inner : console.Error) });
        return terminal.Progress().AutoClear(false).Start(context =>
        {
            var task = context.AddTask(label, maxValue: Math.Max(1, total));
            var result = body(new TaskProgress(task));
            task.Value = task.MaxValue;
            return result;
        });
    }

    private sealed class TaskProgress(ProgressTask task) : IProgress<long>
    {
        public void Report(long value) => task.Value = value;
    }

    /// <summary>The options every population command shares.</summary>
    private sealed class RunOptions
    {
        public Argument<string> Scenario { get; } = new("scenario") { Description = "The scenario file, YAML or JSON." };

        public Option<long?> Count { get; } = new Option<long?>("--count") { Description = "How many profiles, e.g. 100000 or 1e5 (default: the scenario's)." }.Whole();

        public Option<long?> Seed { get; } = new("--seed") { Description = "The seed (default: the scenario's)." };

        public Option<int> Threads { get; } = new("--threads") { Description = "Threads to use; 0 means one per processor.", DefaultValueFactory = _ => 0 };

        public Option<bool> QuietOption { get; } = new("--quiet") { Description = "No progress bar or messages, for scripts." };

        public void AddTo(Command command)
        {
            command.Arguments.Add(Scenario);
            command.Options.Add(Count);
            command.Options.Add(Seed);
            command.Options.Add(Threads);
            command.Options.Add(QuietOption);
        }

        public bool Quiet(ParseResult parse) => parse.GetValue(QuietOption);

        public SimulationSettings Settings(ParseResult parse, Scenario scenario)
        {
            var count = parse.GetValue(Count) ?? scenario.DefaultCount;
            if (count < 0)
            {
                throw new CliFailure(ExitCodes.Usage, "The option --count must be zero or more.");
            }

            var threads = parse.GetValue(Threads);
            if (threads < 0)
            {
                // The help promises 0 for one thread per processor; a negative count is a slip, not a request for all cores.
                throw new CliFailure(ExitCodes.Usage, "The option --threads must be zero (one thread per processor) or more.");
            }

            return new SimulationSettings
            {
                Count = count,
                Seed = parse.GetValue(Seed) ?? scenario.DefaultSeed,
                MaxDegreeOfParallelism = threads,
            };
        }
    }
}
