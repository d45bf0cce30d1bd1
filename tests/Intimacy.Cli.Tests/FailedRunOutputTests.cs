namespace Intimacy.Cli.Tests;

/// <summary>
/// Every file in an output folder belongs to the last run (docs/simulation.md): a cancelled or failed
/// <c>simulate</c> or <c>merge</c> (with <c>--force</c>, to replace an earlier run's outputs) leaves the folder as it
/// was, and removes a folder it created itself.
/// </summary>
public class FailedRunOutputTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Simulate_Cancelled_LeavesAnEarlierRunsFolderAsItWas(bool earlierRows, bool rows)
    {
        using var files = new CliRun();
        var scenario = CliRun.Scenario("general-population.yaml");
        var folder = Path.Combine(files.Folder, "out");
        CliRun.Invoke(["simulate", scenario, "--count", "50", "--out", folder, "--quiet", .. earlierRows ? new[] { "--rows" } : []]).Code.Should().Be(0);
        var before = CliRun.Snapshot(folder);

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var (code, _, error) = CliRun.Invoke(cancelled.Token, ["simulate", scenario, "--count", "400", "--threads", "1", "--out", folder, "--quiet", "--force", .. rows ? new[] { "--rows" } : []]);

        code.Should().Be(130);
        error.Should().Be("error: Cancelled." + Environment.NewLine);
        var after = CliRun.Snapshot(folder);
        after.Keys.Should().BeEquivalentTo(before.Keys);
        foreach (var (name, bytes) in before)
        {
            after[name].Should().Equal(bytes, name);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Simulate_Cancelled_InAFreshFolder_LeavesNoFolder(bool rows)
    {
        using var files = new CliRun();
        var folder = Path.Combine(files.Folder, "fresh");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var (code, _, _) = CliRun.Invoke(cancelled.Token, ["simulate", CliRun.Scenario("general-population.yaml"), "--count", "400", "--out", folder, "--quiet", .. rows ? new[] { "--rows" } : []]);

        code.Should().Be(130);
        Path.Exists(folder).Should().BeFalse();
    }

    [Fact]
    public void Simulate_Cancelled_InAnEmptyFolderThatExisted_KeepsTheFolder()
    {
        using var files = new CliRun();
        var folder = Directory.CreateDirectory(Path.Combine(files.Folder, "empty")).FullName;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var (code, _, _) = CliRun.Invoke(cancelled.Token, "simulate", CliRun.Scenario("general-population.yaml"), "--count", "400", "--out", folder, "--quiet", "--rows");

        code.Should().Be(130);
        Directory.Exists(folder).Should().BeTrue();
        Directory.EnumerateFileSystemEntries(folder).Should().BeEmpty();
    }

    [Fact]
    public void Merge_OfShardsWithAndWithoutRows_CreatesNoOutputFolder()
    {
        using var files = new CliRun();
        var scenario = CliRun.Scenario("new-parents.yaml");
        for (var i = 0; i < 2; i++)
        {
            CliRun.Invoke(["simulate", scenario, "--count", "60", "--shard", $"{i}/2", "--out", Path.Combine(files.Folder, $"s{i}"), "--quiet", .. i == 1 ? new[] { "--rows" } : []]).Code.Should().Be(0);
        }

        var merged = Path.Combine(files.Folder, "o5");
        var (code, _, _) = CliRun.Invoke("merge", Path.Combine(files.Folder, "s0"), Path.Combine(files.Folder, "s1"), "--out", merged);

        code.Should().Be(2);
        Path.Exists(merged).Should().BeFalse();
    }

    [Fact]
    public void Merge_ThatFails_LeavesAnEarlierMergesFolderAsItWas()
    {
        using var files = new CliRun();
        var scenario = CliRun.Scenario("new-parents.yaml");
        string Shard(int i) => Path.Combine(files.Folder, $"s{i}");
        for (var i = 0; i < 2; i++)
        {
            CliRun.Invoke("simulate", scenario, "--count", "60", "--shard", $"{i}/2", "--out", Shard(i), "--quiet", "--rows").Code.Should().Be(0);
        }

        var merged = Path.Combine(files.Folder, "merged");
        CliRun.Invoke("merge", Shard(0), Shard(1), "--out", merged, "--quiet").Code.Should().Be(0);
        var before = CliRun.Snapshot(merged);
        var rows = Path.Combine(Shard(1), "profiles.csv");
        File.WriteAllLines(rows, File.ReadAllLines(rows)[..^3]);

        var (code, _, error) = CliRun.Invoke("merge", Shard(0), Shard(1), "--out", merged, "--quiet", "--force");

        code.Should().Be(2);
        error.Should().Contain("Cannot merge", "the merge fails on the damaged rows, not on the earlier outputs it may replace");
        var after = CliRun.Snapshot(merged);
        after.Keys.Should().BeEquivalentTo(before.Keys);
        foreach (var (name, bytes) in before)
        {
            after[name].Should().Equal(bytes, name);
        }
    }
}
