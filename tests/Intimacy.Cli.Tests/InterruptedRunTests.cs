using System.Diagnostics;
using Intimacy.Testing;

namespace Intimacy.Cli.Tests;

/// <summary>
/// Runs stopped half-way, as a researcher on a shared cluster meets them: Ctrl+C (SIGINT) or a batch scheduler's
/// cancel or time limit (SIGTERM) during a long <c>simulate</c>, <c>sweep</c>, <c>compare</c> or <c>merge</c>, and a
/// command blocked on an input that never comes. Each stops promptly with exit code 130 and one line, and leaves no
/// output behind (docs/simulation.md). The tool runs as a child process, since only a real process gets signals; each
/// test waits for a marker (the tool opening a named pipe) rather than for a fixed time.
/// </summary>
public class InterruptedRunTests
{
    // Far more than any test waits for: the run is stopped long before it could end.
    private const string Endless = "1e9";

    [SkippableTheory]
    [InlineData("simulate", "INT")]
    [InlineData("simulate", "HUP")]
    [InlineData("sweep", "INT")]
    [InlineData("sweep", "TERM")]
    [InlineData("compare", "INT")]
    [InlineData("compare", "TERM")]
    public void ALongRun_Signalled_StopsPromptly_WithOneHundredThirty_AndLeavesNoOutput(string command, string signal)
    {
        Skip.If(!CliProcess.SignalsAvailable, "No POSIX signals on Windows.");

        using var files = new CliRun();
        var scenario = NamedPipes.Create(files.Folder, "scenario.yaml");
        var output = Path.Combine(files.Folder, command == "simulate" ? "results" : "study.csv");
        string[] args = command switch
        {
            "simulate" => ["simulate", scenario, "--count", Endless, "--rows", "--out", output],
            "sweep" => ["sweep", scenario, "--threshold", "Csi4Cutoff", "--from", "12", "--to", "13", "--steps", "2", "--count", Endless, "--out", output],
            _ => ["compare", scenario, "--count", Endless, "--disable-tag-b", "professional", "--out", output],
        };
        using var run = CliProcess.Start(args);

        // Opening the pipe's other end returns once the tool has opened the scenario: its signal handlers are in place.
        FeedScenario(scenario);
        run.HasExited.Should().BeFalse("the run must still be going when it is stopped");
        var stopping = Stopwatch.StartNew();
        run.Signal(signal);

        run.WaitForExit(TimeSpan.FromSeconds(20)).Should().BeTrue("the run must stop promptly after SIG{0}", signal);
        stopping.Stop();
        run.ExitCode.Should().Be(130);
        run.Error.Should().Be("error: Cancelled." + Environment.NewLine);
        run.Out.Should().BeEmpty();
        Directory.EnumerateFileSystemEntries(files.Folder).Should().Equal([scenario], "a cancelled run leaves no output and no temporary file");
        stopping.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [SkippableTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void Merge_SignalledWhileJoiningRows_StopsWithOneHundredThirty_AndLeavesNoOutput(string signal)
    {
        Skip.If(!CliProcess.SignalsAvailable, "No POSIX signals on Windows.");

        using var files = new CliRun();
        string Shard(int i) => Path.Combine(files.Folder, $"shard-{i}");
        for (var i = 0; i < 2; i++)
        {
            CliRun.Invoke("simulate", CliRun.Scenario("new-parents.yaml"), "--count", "2000", "--shard", $"{i}/2", "--rows", "--quiet", "--out", Shard(i)).Code.Should().Be(0);
        }

        // The second shard's rows come through a pipe: the head and a first row, then, once the signal is sent, the rest
        // one by one until merge stops reading. The signal is handled on a thread of its own, a moment after kill returns:
        // rows fed all at once could all be merged before the cancellation is seen.
        var rows = File.ReadAllLines(Path.Combine(Shard(1), "profiles.csv"));
        var head = rows.TakeWhile(line => line.StartsWith('#')).Count() + 1;
        File.Delete(Path.Combine(Shard(1), "profiles.csv"));
        var pipe = NamedPipes.Create(Shard(1), "profiles.csv");
        string[] Names() => [.. Directory.GetFileSystemEntries(Shard(0)), .. Directory.GetFileSystemEntries(Shard(1))];
        var before = Names();
        var merged = Path.Combine(files.Folder, "merged");
        using var run = CliProcess.Start("merge", Shard(0), Shard(1), "--out", merged);

        try
        {
            using var feed = new StreamWriter(new FileStream(pipe, FileMode.Open, FileAccess.Write)) { NewLine = "\n" };
            foreach (var line in rows.Take(head + 1))
            {
                feed.WriteLine(line);
            }

            feed.Flush();
            run.HasExited.Should().BeFalse("merge must still be waiting for the rows when it is stopped");
            run.Signal(signal);
            foreach (var line in rows.Skip(head + 1).TakeWhile(_ => !run.HasExited))
            {
                feed.WriteLine(line);
                feed.Flush();
                Thread.Sleep(10);
            }
        }
        catch (IOException)
        {
            // merge stopped reading and closed its end, as it should.
        }

        run.WaitForExit(TimeSpan.FromSeconds(20)).Should().BeTrue("merge must stop promptly after SIG{0}", signal);
        run.ExitCode.Should().Be(130);
        run.Error.Should().Be("error: Cancelled." + Environment.NewLine);
        Path.Exists(merged).Should().BeFalse("a cancelled merge leaves no folder it created");
        Names().Should().BeEquivalentTo(before);
    }

    // The first Ctrl+C only asks the command to stop, so that it can clean up; a command blocked reading an input that
    // never comes (a named pipe with no writer, a slow network file system) never gets to ask, and the second Ctrl+C did
    // nothing either, so the only way out was kill -9.
    [SkippableTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void ASecondSignal_StopsACommandBlockedOnItsInput(string signal)
    {
        Skip.If(!CliProcess.SignalsAvailable, "No POSIX signals on Windows.");

        using var files = new CliRun();
        var scenario = NamedPipes.Create(files.Folder, "scenario.yaml");
        using var run = CliProcess.Start("simulate", scenario, "--count", "10", "--quiet", "--out", Path.Combine(files.Folder, "results"));

        // Opened but never written to: the tool waits for the scenario's first byte.
        using var pipe = new FileStream(scenario, FileMode.Open, FileAccess.Write);
        run.Signal(signal);
        run.WaitForExit(TimeSpan.FromMilliseconds(300)).Should().BeFalse("the first signal waits for the command to stop by itself");
        run.Signal(signal);

        run.WaitForExit(TimeSpan.FromSeconds(20)).Should().BeTrue("a second SIG{0} stops the tool at once", signal);
        run.ExitCode.Should().Be(signal == "INT" ? 130 : 143);
    }

    // A terminal that closes (an ssh connection that drops) sends SIGHUP, which killed the tool with its temporary files
    // and the folder it had made; it now cancels like SIGTERM (the HUP case above). A run started with nohup must still
    // ignore it and finish.
    [SkippableFact]
    public void Simulate_StartedIgnoringSigHup_AsNohupDoes_FinishesDespiteOne()
    {
        Skip.If(!CliProcess.SignalsAvailable, "No POSIX signals on Windows.");

        using var files = new CliRun();
        var scenario = NamedPipes.Create(files.Folder, "scenario.yaml");
        var output = Path.Combine(files.Folder, "results");
        using var run = CliProcess.StartIgnoring("HUP", "simulate", scenario, "--count", "200", "--quiet", "--out", output);

        // Opening the pipe returns once the tool has opened it, with its handlers in place; the signal comes while it
        // waits for the scenario, so a tool that took it for a cancellation would stop before its run.
        using (var stream = new FileStream(scenario, FileMode.Open, FileAccess.Write))
        {
            run.Signal("HUP");
            stream.Write(File.ReadAllBytes(CliRun.Scenario("clinic-intake.yaml")));
        }

        run.WaitForExit(TimeSpan.FromSeconds(60)).Should().BeTrue();
        run.ExitCode.Should().Be(0, run.Error);
        File.Exists(Path.Combine(output, "summary.json")).Should().BeTrue();
    }

    private static void FeedScenario(string pipe)
    {
        using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write);
        stream.Write(File.ReadAllBytes(CliRun.Scenario("clinic-intake.yaml")));
    }
}
