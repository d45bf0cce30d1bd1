namespace Intimacy.Cli.Tests;

/// <summary>
/// The file <c>--out</c> of <c>sweep</c>, <c>compare</c> and <c>chart</c> is written under a temporary name and moved into
/// place (see <see cref="FullDiskTests"/>); what that must not change: a link still leads to the file it names, and a
/// device or pipe (<c>/dev/stdout</c>, a named pipe read by another program) is written to, never replaced.
/// </summary>
public class FileOutputTests
{
    [Fact]
    public void Chart_OutASymbolicLink_ReplacesTheFileItNames_AndKeepsTheLink()
    {
        using var files = new CliRun();
        var summary = Summary(files);
        var real = files.Write("real.svg", "an earlier chart\n");
        var link = Path.Combine(files.Folder, "link.svg");
        File.CreateSymbolicLink(link, "real.svg");

        // Named relative to the working folder, as a researcher types it.
        using var run = CliProcess.StartIn(files.Folder, "chart", summary, "--out", "link.svg");

        run.WaitForExit(TimeSpan.FromSeconds(60)).Should().BeTrue();
        run.ExitCode.Should().Be(0, run.Error);
        new FileInfo(link).LinkTarget.Should().Be("real.svg");
        File.ReadAllText(real).Should().StartWith("<?xml");
        Directory.EnumerateFileSystemEntries(files.Folder).Select(Path.GetFileName).Should().BeEquivalentTo(["real.svg", "link.svg", "run"]);
    }

    [SkippableFact]
    public void Chart_OutDevStdout_WritesToStandardOutput()
    {
        Skip.If(!File.Exists("/dev/stdout"), "No /dev/stdout here.");

        using var files = new CliRun();
        using var run = CliProcess.Start("chart", Summary(files), "--out", "/dev/stdout");

        run.WaitForExit(TimeSpan.FromSeconds(60)).Should().BeTrue();
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().StartWith("<?xml");
    }

    [SkippableFact]
    public async Task Sweep_OutANamedPipe_WritesIntoThePipe()
    {
        Skip.If(!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS(), "Named pipes in the file system are a Unix feature.");

        using var files = new CliRun();
        var pipe = NamedPipes.Create(files.Folder, "study.csv");
        var reader = Task.Run(() => File.ReadAllText(pipe));

        var (code, _, error) = CliRun.Invoke("sweep", CliRun.Scenario("clinic-intake.yaml"), "--threshold", "Csi4Cutoff", "--from", "12", "--to", "13", "--steps", "2", "--count", "20", "--out", pipe);

        code.Should().Be(0, error);
        (await reader.WaitAsync(TimeSpan.FromSeconds(30))).Should().StartWith("# libraryVersion: ");
        Directory.EnumerateFileSystemEntries(files.Folder).Should().Equal([pipe], "the pipe is written to, not replaced by a file");
    }

    // Moved into place, the new file would replace one made read-only to keep it, which writing it in place refused.
    [Fact]
    public void Chart_OutAReadOnlyFile_IsRefused_AndTheFileKept()
    {
        using var files = new CliRun();
        var summary = Summary(files);
        var kept = files.Write("kept.svg", "a chart kept for a paper\n");
        File.SetAttributes(kept, FileAttributes.ReadOnly);
        try
        {
            var (code, _, error) = CliRun.Invoke("chart", summary, "--out", kept);

            code.Should().Be(2, error);
            error.Should().Be($"error: Cannot write '{kept}': permission denied.{Environment.NewLine}");
            File.ReadAllText(kept).Should().Be("a chart kept for a paper\n");
            Directory.EnumerateFileSystemEntries(files.Folder).Select(Path.GetFileName).Should().BeEquivalentTo(["kept.svg", "run"]);
        }
        finally
        {
            File.SetAttributes(kept, FileAttributes.Normal);
        }
    }

    // Moved into place, the new file needs the folder to be writable; in place, as before, only the file. A writable file in
    // a folder the user may not write to (a shared project folder) was refused as "permission denied".
    [SkippableFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")] // Skipped elsewhere (below); tells the platform analyzer so.
    public void Sweep_OutAWritableFileInAFolderTheUserMayNotWrite_WritesTheFile()
    {
        Skip.If(!OperatingSystem.IsLinux(), "Runs the tool as another user with Linux's runuser.");

        using var files = new CliRun();
        var target = files.Write("shared.csv", "an earlier study\n");
        File.SetUnixFileMode(target, (UnixFileMode)0b110_110_110);
        using var run = CliProcess.StartAsNobody("sweep", CliRun.Scenario("clinic-intake.yaml"), "--threshold", "Csi4Cutoff", "--from", "12", "--to", "13", "--steps", "2", "--count", "20", "--out", target);
        Skip.If(run is null, "Only root can run the tool as another user; root itself may write anywhere.");

        run.WaitForExit(TimeSpan.FromSeconds(60)).Should().BeTrue();
        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllText(target).Should().StartWith("# libraryVersion: ");
        Directory.EnumerateFileSystemEntries(files.Folder).Should().Equal([target]);
    }

    private static string Summary(CliRun files)
    {
        var folder = Path.Combine(files.Folder, "run");
        CliRun.Invoke("simulate", CliRun.Scenario("clinic-intake.yaml"), "--count", "30", "--quiet", "--out", folder).Code.Should().Be(0);
        return Path.Combine(folder, "summary.json");
    }
}
