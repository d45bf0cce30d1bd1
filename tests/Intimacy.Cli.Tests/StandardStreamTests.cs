namespace Intimacy.Cli.Tests;

/// <summary>
/// Standard output or standard error that cannot be written, as when a script or a daemon's start-up closes it: one
/// sentence on standard error and exit code 2 for standard output, and the command's own exit code, without a crash,
/// for standard error (docs/simulation.md, "Exit codes"). A broken pipe (<c>intimacy rules | head -1</c>) is no error.
/// </summary>
public class StandardStreamTests
{
    // "A file could not be read or written: access to the path is denied.", which names no file.
    [SkippableFact]
    public void Rules_WithStandardOutputClosed_SaysSo_AndExitsWithTwo()
    {
        Skip.If(!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS(), "A POSIX shell closes the stream.");

        using var run = CliProcess.StartWithRedirections(">&-", "rules");

        run.WaitForExit(TimeSpan.FromSeconds(60)).Should().BeTrue();
        run.ExitCode.Should().Be(2, run.Error);
        run.Error.Should().Be("error: Cannot write to standard output: it is closed." + Environment.NewLine);
    }

    // The error line failed to write, the failure to report it escaped Main, and the runtime aborted (exit code 134).
    [SkippableTheory]
    [InlineData(1, "validate")]
    [InlineData(2, "rules", "--format", "none")]
    [InlineData(0, "simulate")]
    public void ACommand_WithStandardErrorClosed_ExitsWithItsOwnCode(int expected, params string[] args)
    {
        Skip.If(!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS(), "A POSIX shell closes the stream.");

        using var files = new CliRun();
        var folder = Path.Combine(files.Folder, "results");
        string[] command = args[0] switch
        {
            "validate" => ["validate", files.Write("bad.json", "{")],
            "simulate" => ["simulate", CliRun.Scenario("clinic-intake.yaml"), "--count", "20", "--out", folder],
            _ => args,
        };
        using var run = CliProcess.StartWithRedirections("2>&-", command);

        run.WaitForExit(TimeSpan.FromSeconds(60)).Should().BeTrue();
        run.ExitCode.Should().Be(expected);
        if (args[0] == "simulate")
        {
            File.Exists(Path.Combine(folder, "summary.json")).Should().BeTrue();
        }
    }

    [SkippableFact]
    public void Sweep_IntoAPipeClosedEarly_ExitsWithZero_AndWritesNoError()
    {
        Skip.If(!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS(), "A POSIX shell makes the pipe.");

        // Far more than a pipe holds (64 KiB), so the tool is still writing when head has gone.
        using var run = CliProcess.StartWithRedirections(
            "| head -c 1 >/dev/null", "sweep", CliRun.Scenario("clinic-intake.yaml"), "--threshold", "Csi4Cutoff", "--from", "11", "--to", "15", "--steps", "9", "--count", "20");

        run.WaitForExit(TimeSpan.FromSeconds(60)).Should().BeTrue();
        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
    }
}
