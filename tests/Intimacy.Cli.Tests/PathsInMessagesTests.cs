namespace Intimacy.Cli.Tests;

/// <summary>
/// Every line the tool writes about a file or folder the user named (a status line such as "Wrote … to '…'", an error)
/// stays one line when the name holds a line break, a tab or a line separator: the name is written with escapes
/// (\n, \t, \u2028), as error lines always wrote it.
/// </summary>
public class PathsInMessagesTests
{
    public static TheoryData<string, string> Names() => new()
    {
        { "line\nbreak", "line\\nbreak" },
        { "tab\tand\u2028separator", "tab\\tand\\u2028separator" },
    };

    // simulate wrote its "Wrote … to '<folder>'." line with the folder as given, so a name with a line break split it.
    [SkippableTheory]
    [MemberData(nameof(Names))]
    public void Simulate_TheFolderWritten_IsNamedOnOneLine(string name, string shown)
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows file names cannot hold control characters.");

        using var files = new CliRun();
        var folder = Path.Combine(files.Folder, name);

        var (code, output, error) = CliRun.Invoke("simulate", CliRun.Scenario("clinic-intake.yaml"), "--count", "20", "--out", folder);

        code.Should().Be(0, error);
        output.Should().BeEmpty();
        error.Should().Be($"Wrote summary.json, aggregates.csv and report.html to '{Path.Combine(files.Folder, shown)}'.{Environment.NewLine}");
        File.Exists(Path.Combine(folder, "summary.json")).Should().BeTrue();
    }

    // merge wrote "Merged … into '<folder>'." with the folder as given.
    [SkippableTheory]
    [MemberData(nameof(Names))]
    public void Merge_TheFolderWritten_IsNamedOnOneLine(string name, string shown)
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows file names cannot hold control characters.");

        using var files = new CliRun();
        var shard = Path.Combine(files.Folder, name + " shard");
        CliRun.Invoke("simulate", CliRun.Scenario("clinic-intake.yaml"), "--count", "20", "--out", shard, "--quiet").Code.Should().Be(0);
        var folder = Path.Combine(files.Folder, name);

        var (code, output, error) = CliRun.Invoke("merge", shard, "--out", folder);

        code.Should().Be(0, error);
        output.Should().BeEmpty();
        error.Should().Be($"Merged 1 shard (20 profiles) into '{Path.Combine(files.Folder, shown)}'.{Environment.NewLine}");
    }

    // sweep and compare wrote "Wrote '<file>'." with the file as given.
    [SkippableTheory]
    [MemberData(nameof(Names))]
    public void SweepAndCompare_TheFileWritten_IsNamedOnOneLine(string name, string shown)
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows file names cannot hold control characters.");

        using var files = new CliRun();
        var scenario = CliRun.Scenario("clinic-intake.yaml");
        var file = Path.Combine(files.Folder, name + ".csv");
        var wrote = $"Wrote '{Path.Combine(files.Folder, shown)}.csv'.";

        var sweep = CliRun.Invoke("sweep", scenario, "--count", "10", "--threshold", "Csi4Cutoff", "--from", "11.5", "--to", "13.5", "--step", "2", "--out", file);
        sweep.Code.Should().Be(0, sweep.Error);
        sweep.Out.Should().BeEmpty();
        sweep.Error.Should().Be(wrote + Environment.NewLine);

        File.Delete(file);
        var compare = CliRun.Invoke("compare", scenario, "--count", "10", "--disable-tag-b", "professional", "--out", file);
        compare.Code.Should().Be(0, compare.Error);
        compare.Out.Should().BeEmpty();
        compare.Error.Should().Be(wrote + Environment.NewLine);
    }

    // chart says nothing when it writes its file: there is no line to split (a check that it stays so).
    [SkippableTheory]
    [MemberData(nameof(Names))]
    public void Chart_WritesNoLineNamingTheFile(string name, string shown)
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows file names cannot hold control characters.");

        _ = shown;
        using var files = new CliRun();
        var run = Path.Combine(files.Folder, name + " run");
        CliRun.Invoke("simulate", CliRun.Scenario("clinic-intake.yaml"), "--count", "20", "--out", run, "--quiet").Code.Should().Be(0);
        var svg = Path.Combine(files.Folder, name + ".svg");

        var (code, output, error) = CliRun.Invoke("chart", Path.Combine(run, "summary.json"), "--out", svg);

        code.Should().Be(0, error);
        output.Should().BeEmpty();
        error.Should().BeEmpty();
        File.Exists(svg).Should().BeTrue();
    }

    /// <summary>An error naming a path the user gave, for each command that takes one: one line, the name escaped.</summary>
    [SkippableTheory]
    [InlineData("recommend", "missing.json", "error: Cannot read '{0}': the file does not exist.")]
    [InlineData("validate", "missing.json", "error: Cannot read '{0}': the file does not exist.")]
    [InlineData("simulate", "missing.yaml", "error: Cannot read '{0}': the file does not exist.")]
    [InlineData("sweep", "missing.yaml", "error: Cannot read '{0}': the file does not exist.")]
    [InlineData("compare", "missing.yaml", "error: Cannot read '{0}': the file does not exist.")]
    [InlineData("chart", "summary.json", "error: Cannot read '{0}': the file does not exist.")]
    [InlineData("merge", "shard", "error: Cannot read '{0}/summary.json': the file does not exist.")]
    [InlineData("simulate --out", "out", "error: The folder '{0}' already holds the outputs of an earlier run (summary.json, aggregates.csv and report.html); choose another folder, or add --force to replace them.")]
    [InlineData("sweep --out", "out.csv", "error: Cannot write '{0}': it is a folder, and the output is a file.")]
    [InlineData("compare --out", "out.csv", "error: Cannot write '{0}': it is a folder, and the output is a file.")]
    [InlineData("chart --out", "out.svg", "error: Cannot write '{0}': it is a folder, and the output is a file.")]
    [InlineData("merge --out", "out", "error: The option --out names the shard folder '{0}'; merge into another folder, so that no shard's files are overwritten.")]
    public void AnErrorNamingAPath_IsOneLine(string what, string file, string expected)
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows file names cannot hold control characters.");

        using var files = new CliRun();
        var scenario = CliRun.Scenario("clinic-intake.yaml");
        var path = Path.Combine(files.Folder, "a\nb\t\u2028" + file);
        var shown = Path.Combine(files.Folder, "a\\nb\\t\\u2028" + file);
        var run = Path.Combine(files.Folder, "run");
        if (what is "chart --out")
        {
            CliRun.Invoke("simulate", scenario, "--count", "5", "--out", run, "--quiet").Code.Should().Be(0);
        }

        if (what is "simulate --out" or "merge --out")
        {
            // An earlier run's folder, or the shard folder, carries the odd name.
            CliRun.Invoke("simulate", scenario, "--count", "5", "--out", path, "--quiet").Code.Should().Be(0);
        }
        else if (what.EndsWith("--out", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(path);
        }

        string[] args = what switch
        {
            "simulate --out" => ["simulate", scenario, "--count", "5", "--out", path],
            "sweep --out" => ["sweep", scenario, "--count", "5", "--threshold", "Csi4Cutoff", "--from", "12", "--to", "12", "--steps", "1", "--out", path],
            "compare --out" => ["compare", scenario, "--count", "5", "--out", path],
            "chart --out" => ["chart", Path.Combine(run, "summary.json"), "--out", path],
            "merge --out" => ["merge", path, "--out", path],
            "merge" => ["merge", path, "--out", Path.Combine(files.Folder, "merged")],
            "sweep" => ["sweep", path, "--threshold", "Csi4Cutoff", "--from", "12", "--to", "12", "--steps", "1"],
            _ => [what, path],
        };

        var (code, output, error) = CliRun.Invoke(args);

        code.Should().Be(2, error);
        output.Should().BeEmpty();
        error.Should().Be(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, shown) + Environment.NewLine);
    }

    // validate lists problems by their path in the profile; a property name the format does not have is not repeated,
    // so a name with a line break cannot split a problem line (a check that it stays so).
    [Fact]
    public void Validate_APropertyNameWithALineBreak_IsNotRepeated()
    {
        using var files = new CliRun();
        var profile = File.ReadAllText(files.ValidProfile()).Trim();
        var path = files.Write("odd-key.json", "{ \"a\\nb\\u2028c\": 1, " + profile[1..]);

        var (code, output, error) = CliRun.Invoke("validate", path);

        code.Should().Be(1, error);
        output.Should().BeEmpty();
        error.Split(Environment.NewLine).Should().Equal(
            $"The profile in '{path}' is not valid: it has 1 problem.",
            "  $ (unknownProperty): holds a property that is not part of the profile format (its name is not repeated here); remove it.",
            string.Empty);
    }

    // The commands that take no file (rules, interventions, schema) repeat only a name given to an option or a token
    // the parser did not take; each stays on one line (a check that it stays so).
    [Theory]
    [InlineData(new[] { "rules", "--tag", "a\nb\t\u2028c" }, "error: No rule has the tag 'a\\nb\\t\\u2028c'.")]
    [InlineData(new[] { "interventions", "--format", "a\nb" }, "error: The option --format got 'a\\nb': it must be one of json, text. Run 'intimacy --help' for usage.")]
    [InlineData(new[] { "schema", "a\nb\u2028" }, "error: Unrecognized command or argument 'a\\nb\\u2028'. Run 'intimacy --help' for usage.")]
    public void ANameGivenToACommandWithoutFiles_IsRepeatedOnOneLine(string[] args, string expected)
    {
        var (code, output, error) = CliRun.Invoke(args);

        code.Should().Be(2, error);
        output.Should().BeEmpty();
        error.Should().Be(expected + Environment.NewLine);
    }
}
