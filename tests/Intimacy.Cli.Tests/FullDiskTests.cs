namespace Intimacy.Cli.Tests;

/// <summary>
/// A disk that fills up under a run, as a shared cluster's scratch space or quota does: the command stops with exit
/// code 2 and one sentence that names the output (never a temporary file) and says the disk is full, leaves no file
/// cut short, and keeps an earlier run's file. A full disk is a tmpfs of a few KiB in a mount namespace of the tool's
/// own (root only: elsewhere these tests report themselves skipped), or <c>/dev/full</c>.
/// </summary>
public class FullDiskTests
{
    // The rows' writer was disposed after the failure and flushed again into the full disk: its second error replaced
    // the first, so the message named the temporary file (".profiles.csv.<guid>.tmp") in the generic words.
    [SkippableFact]
    public void Simulate_WithRows_OnADiskThatFills_NamesTheOutputFile_AndLeavesNoFolder()
    {
        using var files = new CliRun();
        var disk = Path.Combine(files.Folder, "disk");
        var copy = Path.Combine(files.Folder, "copy");
        var output = Path.Combine(disk, "results");
        using var run = CliProcess.StartOnSmallDisk(disk, 64, "true", copy, "simulate", CliRun.Scenario("general-population.yaml"), "--count", "20000", "--rows", "--quiet", "--out", output);
        Skip.If(run is null, "Only root may mount a tmpfs.");

        run.WaitForExit(TimeSpan.FromSeconds(120)).Should().BeTrue();
        run.ExitCode.Should().Be(2, run.Error);
        run.Error.Should().Be($"error: Cannot write '{Path.Combine(output, "profiles.csv")}': the disk is full.{Environment.NewLine}");
        Directory.EnumerateFileSystemEntries(copy).Should().BeEmpty("a failed run removes the folder it created, temporary files and all");
    }

    // sweep, compare and chart wrote their file in place: the earlier file was emptied first, and a write that failed
    // part-way (where the file system cannot reserve the space beforehand, as some network file systems cannot) left a
    // file cut short under the name a reader takes as complete.
    [SkippableTheory]
    [InlineData("sweep")]
    [InlineData("compare")]
    [InlineData("chart")]
    public void AFileOutput_OnAFullDisk_KeepsTheEarlierFile(string command)
    {
        using var files = new CliRun();
        var summary = Path.Combine(files.Folder, "run");
        CliRun.Invoke("simulate", CliRun.Scenario("clinic-intake.yaml"), "--count", "50", "--quiet", "--out", summary).Code.Should().Be(0);
        var disk = Path.Combine(files.Folder, "disk");
        var copy = Path.Combine(files.Folder, "copy");
        var output = Path.Combine(disk, "study.out");
        string[] args = command switch
        {
            "sweep" => ["sweep", CliRun.Scenario("clinic-intake.yaml"), "--threshold", "Csi4Cutoff", "--from", "12", "--to", "13", "--steps", "2", "--count", "50", "--quiet", "--out", output],
            "compare" => ["compare", CliRun.Scenario("clinic-intake.yaml"), "--count", "50", "--disable-tag-b", "professional", "--quiet", "--out", output],
            _ => ["chart", Path.Combine(summary, "summary.json"), "--out", output],
        };
        using var run = CliProcess.StartOnSmallDisk(disk, 64, "printf 'an earlier study\\n' > study.out; head -c 1048576 /dev/zero > fill", copy, args);
        Skip.If(run is null, "Only root may mount a tmpfs.");

        run.WaitForExit(TimeSpan.FromSeconds(120)).Should().BeTrue();
        run.ExitCode.Should().Be(2, run.Error);
        run.Error.Should().Be($"error: Cannot write '{output}': the disk is full.{Environment.NewLine}");
        Directory.EnumerateFileSystemEntries(copy).Select(Path.GetFileName).Should().BeEquivalentTo(["study.out", "fill"], "no temporary file is left");
        File.ReadAllText(Path.Combine(copy, "study.out")).Should().Be("an earlier study\n");
    }

    // A full disk was "it cannot be written there", which sends a researcher looking for a permission problem.
    [SkippableTheory]
    [InlineData("sweep")]
    [InlineData("compare")]
    [InlineData("chart")]
    public void AFileOutput_OnDevFull_SaysTheDiskIsFull(string command)
    {
        Skip.If(!File.Exists("/dev/full"), "No full device here (Linux has one).");

        using var files = new CliRun();
        var summary = Path.Combine(files.Folder, "run");
        CliRun.Invoke("simulate", CliRun.Scenario("clinic-intake.yaml"), "--count", "50", "--quiet", "--out", summary).Code.Should().Be(0);
        string[] args = command switch
        {
            "sweep" => ["sweep", CliRun.Scenario("clinic-intake.yaml"), "--threshold", "Csi4Cutoff", "--from", "12", "--to", "13", "--steps", "2", "--count", "50", "--out", "/dev/full"],
            "compare" => ["compare", CliRun.Scenario("clinic-intake.yaml"), "--count", "50", "--disable-tag-b", "professional", "--out", "/dev/full"],
            _ => ["chart", Path.Combine(summary, "summary.json"), "--out", "/dev/full"],
        };

        var (code, output, error) = CliRun.Invoke(args);

        code.Should().Be(2, error);
        output.Should().BeEmpty();
        error.Should().Be($"error: Cannot write '/dev/full': the disk is full.{Environment.NewLine}");
        File.Exists("/dev/full").Should().BeTrue("a device is written in place, never replaced");
    }
}
