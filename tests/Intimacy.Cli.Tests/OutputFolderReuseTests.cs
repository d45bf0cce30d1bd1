namespace Intimacy.Cli.Tests;

/// <summary>
/// <c>simulate</c> and <c>merge</c> do not silently replace the outputs of an earlier run: a folder that already holds
/// a file they would write (or the earlier run's <c>profiles.csv</c> they would delete) is refused with exit code 2,
/// before anything runs, unless <c>--force</c> is given.
/// </summary>
public class OutputFolderReuseTests
{
    private static readonly string Scenario = CliRun.Scenario("general-population.yaml");

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Simulate_IntoAFolderWithAnEarlierRunsOutputs_IsRefusedAndLeavesThemAsTheyWere(bool earlierRows, bool rows)
    {
        using var files = new CliRun();
        var folder = Path.Combine(files.Folder, "out");
        CliRun.Invoke(["simulate", Scenario, "--count", "20", "--seed", "1", "--out", folder, "--quiet", .. earlierRows ? new[] { "--rows" } : []]).Code.Should().Be(0);
        var before = CliRun.Snapshot(folder);

        var (code, output, error) = CliRun.Invoke(["simulate", Scenario, "--count", "30", "--seed", "2", "--out", folder, "--quiet", .. rows ? new[] { "--rows" } : []]);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().MatchRegex(
            $"^error: The folder '{System.Text.RegularExpressions.Regex.Escape(folder)}' already holds the outputs of an earlier run \\({System.Text.RegularExpressions.Regex.Escape(earlierRows ? "summary.json, aggregates.csv, report.html and profiles.csv" : "summary.json, aggregates.csv and report.html")}\\); " +
            "choose another folder, or add --force to replace them\\.\\r?\\n$");
        SameFiles(CliRun.Snapshot(folder), before);
    }

    [Fact]
    public void Simulate_WithForce_ReplacesTheEarlierOutputs_AndItsRows()
    {
        using var files = new CliRun();
        var folder = Path.Combine(files.Folder, "out");
        CliRun.Invoke("simulate", Scenario, "--count", "20", "--out", folder, "--quiet", "--rows").Code.Should().Be(0);

        var (code, output, error) = CliRun.Invoke("simulate", Scenario, "--count", "30", "--out", folder, "--quiet", "--force");

        code.Should().Be(0, output + error);
        File.ReadAllText(Path.Combine(folder, "summary.json")).Should().Contain("\"profiles\": 30");
        File.Exists(Path.Combine(folder, "profiles.csv")).Should().BeFalse("every file there belongs to the last run");
    }

    [Fact]
    public void Simulate_IntoAFolderWithOnlyAnEarlierRunsRows_IsRefused_WithoutRowsItWouldDeleteThem()
    {
        using var files = new CliRun();
        var folder = Path.Combine(files.Folder, "out");
        CliRun.Invoke("simulate", Scenario, "--count", "20", "--out", folder, "--quiet", "--rows").Code.Should().Be(0);
        File.Delete(Path.Combine(folder, "summary.json"));
        File.Delete(Path.Combine(folder, "aggregates.csv"));
        File.Delete(Path.Combine(folder, "report.html"));

        var (code, _, error) = CliRun.Invoke("simulate", Scenario, "--count", "20", "--out", folder, "--quiet");

        code.Should().Be(2);
        error.Should().Contain("already holds the outputs of an earlier run (profiles.csv);");
        File.Exists(Path.Combine(folder, "profiles.csv")).Should().BeTrue();
    }

    [Fact]
    public void Simulate_IntoAFolderWithOtherFiles_WritesBesideThem()
    {
        using var files = new CliRun();
        var folder = Path.Combine(files.Folder, "out");
        Directory.CreateDirectory(Path.Combine(folder, "sweeps"));
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(folder, "profiles.csv"), "not written by the tool\n");

        var (code, output, error) = CliRun.Invoke("simulate", Scenario, "--count", "20", "--out", folder, "--quiet");

        code.Should().Be(0, output + error);
        File.ReadAllText(Path.Combine(folder, "notes.txt")).Should().Be("mine");
        File.ReadAllText(Path.Combine(folder, "profiles.csv")).Should().Be("not written by the tool\n");
        File.Exists(Path.Combine(folder, "summary.json")).Should().BeTrue();
    }

    [Fact]
    public void SweepAndCompare_StillWriteTheirCsvIntoARunsFolder()
    {
        using var files = new CliRun();
        var folder = Path.Combine(files.Folder, "out");
        CliRun.Invoke("simulate", Scenario, "--count", "20", "--out", folder, "--quiet").Code.Should().Be(0);

        CliRun.Invoke("sweep", Scenario, "--threshold", "Csi4Cutoff", "--from", "12", "--to", "13", "--step", "1", "--count", "10", "--out", Path.Combine(folder, "sweep.csv"), "--quiet").Code.Should().Be(0);
        CliRun.Invoke("compare", Scenario, "--count", "10", "--disable-tag-b", "professional", "--out", Path.Combine(folder, "ab.csv"), "--quiet").Code.Should().Be(0);

        File.Exists(Path.Combine(folder, "sweep.csv")).Should().BeTrue();
        File.Exists(Path.Combine(folder, "ab.csv")).Should().BeTrue();
    }

    [Fact]
    public void Merge_IntoAFolderWithAnEarlierMerge_IsRefusedUnlessForced()
    {
        using var files = new CliRun();
        string Shard(int i) => Path.Combine(files.Folder, $"shard-{i}");
        for (var i = 0; i < 2; i++)
        {
            CliRun.Invoke("simulate", Scenario, "--count", "40", "--shard", $"{i}/2", "--out", Shard(i), "--quiet").Code.Should().Be(0);
        }

        var study = Path.Combine(files.Folder, "study");
        CliRun.Invoke("merge", Shard(0), Shard(1), "--out", study, "--quiet").Code.Should().Be(0);
        var before = CliRun.Snapshot(study);

        var (code, _, error) = CliRun.Invoke("merge", Shard(0), Shard(1), "--out", study, "--quiet");

        code.Should().Be(2);
        error.Should().StartWith($"error: The folder '{study}' already holds the outputs of an earlier run (summary.json, aggregates.csv and report.html); choose another folder, or add --force to replace them.");
        SameFiles(CliRun.Snapshot(study), before);

        CliRun.Invoke("merge", Shard(0), Shard(1), "--out", study, "--quiet", "--force").Code.Should().Be(0);
        SameFiles(CliRun.Snapshot(study), before);
    }

    private static void SameFiles(IReadOnlyDictionary<string, byte[]> after, IReadOnlyDictionary<string, byte[]> before)
    {
        after.Keys.Should().BeEquivalentTo(before.Keys);
        foreach (var (name, bytes) in before)
        {
            after[name].Should().Equal(bytes, name);
        }
    }
}
