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

    [SkippableFact]
    public async Task Simulate_StoppedWithSigterm_CancelsLikeCtrlC_AndLeavesNoFolder()
    {
        // A batch scheduler cancels a job, or ends one that runs out of time, with SIGTERM rather than Ctrl+C (Slurm's
        // scancel and time limit, Kubernetes, systemd). The shard workflow relies on a cancelled task leaving no folder.
        Skip.If(OperatingSystem.IsWindows(), "No POSIX signals on Windows.");

        using var files = new CliRun();
        var folder = Path.Combine(files.Folder, "shard-0");
        var tool = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "intimacy.dll"), "simulate", CliRun.Scenario("general-population.yaml"), "--count", "20000", "--threads", "1", "--shard", "0/2", "--rows", "--quiet", "--out", folder })
        {
            tool.ArgumentList.Add(arg);
        }

        using var run = System.Diagnostics.Process.Start(tool)!;
        var error = run.StandardError.ReadToEndAsync();
        // The rows' temporary file appears once the run has started writing.
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (!(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any()) && !run.HasExited && started.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        run.HasExited.Should().BeFalse("the run must still be going when it is stopped");
        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await run.WaitForExitAsync(timeout.Token);
        run.ExitCode.Should().Be(130);
        (await error).Should().Be("error: Cancelled." + Environment.NewLine);
        Path.Exists(folder).Should().BeFalse();
    }

    // A run stopped at once (a second Ctrl+C, kill -9, a node that went down) leaves its folder with temporary files only;
    // docs/simulation.md says that no later run or merge takes them for outputs.
    [Fact]
    public void Simulate_IntoTheFolderOfAKilledRun_RunsWithoutForce_AndMergeReadsItsOutputs()
    {
        using var files = new CliRun();
        var folder = Directory.CreateDirectory(Path.Combine(files.Folder, "shard-0")).FullName;
        File.WriteAllText(Path.Combine(folder, ".summary.json.0123456789abcdef0123456789abcdef.tmp"), "{\"stamp\": {");
        File.WriteAllText(Path.Combine(folder, ".profiles.csv.0123456789abcdef0123456789abcdef.tmp"), "# libraryVersion: 0\n0,");

        var (code, _, error) = CliRun.Invoke("simulate", CliRun.Scenario("new-parents.yaml"), "--count", "40", "--rows", "--quiet", "--out", folder);

        code.Should().Be(0, error);
        var merged = Path.Combine(files.Folder, "merged");
        CliRun.Invoke("merge", folder, "--out", merged, "--quiet").Code.Should().Be(0);
        File.ReadAllBytes(Path.Combine(merged, "profiles.csv")).Should().Equal(File.ReadAllBytes(Path.Combine(folder, "profiles.csv")));
    }

    // The outputs were moved into place one by one and the move onto the folder failed last: the run failed (exit code 2)
    // but left summary.json and aggregates.csv, which merge then took for a whole shard.
    [Theory]
    [InlineData("report.html", false)]
    [InlineData("profiles.csv", true)]
    public void Simulate_IntoAFolderHoldingAFolderNamedAsAnOutput_WritesNone(string name, bool rows)
    {
        using var files = new CliRun();
        var folder = Path.Combine(files.Folder, "out");
        Directory.CreateDirectory(Path.Combine(folder, name));

        var (code, _, error) = CliRun.Invoke(["simulate", CliRun.Scenario("new-parents.yaml"), "--count", "40", "--quiet", "--out", folder, .. rows ? new[] { "--rows" } : []]);

        code.Should().Be(2, error);
        error.Should().Be($"error: Cannot write '{Path.Combine(folder, name)}': it is a folder, and the output is a file.{Environment.NewLine}");
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Should().Equal([name]);
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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Merge_Cancelled_ReturnsOneHundredThirty_AndLeavesAnEarlierMergesFolderAsItWas(bool earlier)
    {
        // Ctrl+C (or SIGTERM) during a long merge of profile rows must stop it, as it stops simulate; merge ignored it.
        using var files = new CliRun();
        var scenario = CliRun.Scenario("new-parents.yaml");
        string Shard(int i) => Path.Combine(files.Folder, $"s{i}");
        for (var i = 0; i < 2; i++)
        {
            CliRun.Invoke("simulate", scenario, "--count", "60", "--shard", $"{i}/2", "--out", Shard(i), "--quiet", "--rows").Code.Should().Be(0);
        }

        var merged = Path.Combine(files.Folder, "merged");
        if (earlier)
        {
            CliRun.Invoke("merge", Shard(0), Shard(1), "--out", merged, "--quiet").Code.Should().Be(0);
        }

        var before = CliRun.Snapshot(merged);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var (code, _, error) = CliRun.Invoke(cancelled.Token, "merge", Shard(0), Shard(1), "--out", merged, "--quiet", "--force");

        code.Should().Be(130);
        error.Should().Be("error: Cancelled." + Environment.NewLine);
        Path.Exists(merged).Should().Be(earlier);
        var after = CliRun.Snapshot(merged);
        after.Keys.Should().BeEquivalentTo(before.Keys);
        foreach (var (name, bytes) in before)
        {
            after[name].Should().Equal(bytes, name);
        }
    }
}
