using System.Diagnostics;
using System.Text;

namespace Intimacy.Cli.Tests;

/// <summary>
/// <c>merge</c> given shard folders as they come back from a batch scheduler or a copy: a profiles.csv that never ends
/// (a link to /dev/zero, a pipe), cut short mid-row, with CRLF line ends or a byte order mark, with a quoted cell
/// holding a line break, and a summary.json whose count was edited. Each is merged exactly or refused with exit code 2
/// and one sentence naming the file; none is an internal error or a silently wrong merged result.
/// </summary>
public class MergeInputTests
{
    private const long LineCap = 16L * 1024 * 1024;

    // A profiles.csv that never ends a line was read with ReadLine until memory ran out (exit code 70).
    [SkippableFact]
    public void AShardsProfilesCsvLinkedToDevZero_ExitsWithTwo()
    {
        Skip.If(!File.Exists("/dev/zero"), "No zero device here.");

        using var files = new CliRun();
        var shards = Shards(files, rows: true);
        var rows = Path.Combine(shards[1], "profiles.csv");
        File.Delete(rows);
        File.CreateSymbolicLink(rows, "/dev/zero");
        var merged = Path.Combine(files.Folder, "merged");

        var (code, output, error) = CliRun.Invoke(["merge", .. shards, "--out", merged]);

        code.Should().Be(2, error);
        output.Should().BeEmpty();
        error.Should().Be($"error: Cannot read '{rows}': it holds a line longer than the 16 MiB a line of profiles.csv may be.{Environment.NewLine}");
        Directory.Exists(merged).Should().BeFalse("a failed merge leaves no folder it created");
    }

    // The same through a named pipe: the bytes written show how much merge read before it stopped.
    [SkippableFact]
    public void AShardsProfilesCsvFromAPipeWithNoLineBreak_IsReadOnlyToTheCap()
    {
        Skip.If(!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS(), "Named pipes in the file system are a Unix feature.");

        using var files = new CliRun();
        var shards = Shards(files, rows: true);
        var rows = Path.Combine(shards[0], "profiles.csv");
        File.Delete(rows);
        MakeFifo(rows);
        long written = 0;
        var writer = FeedWithoutLineBreaks(rows, () => written, n => written += n);

        var (code, _, error) = CliRun.Invoke(["merge", .. shards, "--out", Path.Combine(files.Folder, "merged")]);
        Drain(rows, writer);

        code.Should().Be(2, error);
        error.Should().Be($"error: Cannot read '{rows}': it holds a line longer than the 16 MiB a line of profiles.csv may be.{Environment.NewLine}");
        Interlocked.Read(ref written).Should().BeLessThan(2 * LineCap, "reading stops soon after the cap");
    }

    // A profiles.csv in the output folder is read to see whether an earlier run wrote it (its first line, a stamp):
    // that read was a whole line, so /dev/zero there filled memory too. A file the tool did not write is left alone.
    [SkippableFact]
    public void AnOutputFolderProfilesCsvLinkedToDevZero_IsLeftAlone()
    {
        Skip.If(!File.Exists("/dev/zero"), "No zero device here.");

        using var files = new CliRun();
        var shards = Shards(files, rows: false);
        var merged = Path.Combine(files.Folder, "merged");
        Directory.CreateDirectory(merged);
        var link = Path.Combine(merged, "profiles.csv");
        File.CreateSymbolicLink(link, "/dev/zero");

        var (code, _, error) = CliRun.Invoke(["merge", .. shards, "--out", merged, "--quiet"]);

        code.Should().Be(0, error);
        new FileInfo(link).LinkTarget.Should().Be("/dev/zero");
        File.Exists(Path.Combine(merged, "summary.json")).Should().BeTrue();
    }

    // A copy cut off inside the last row left a row whose index was whole: it was merged as if complete.
    [Fact]
    public void AProfilesCsvCutOffInsideItsLastRow_IsRefused()
    {
        using var files = new CliRun();
        var shards = Shards(files, rows: true);
        var rows = Path.Combine(shards[1], "profiles.csv");
        var text = File.ReadAllText(rows);
        File.WriteAllText(rows, text[..^4]);
        var merged = Path.Combine(files.Folder, "merged");

        var (code, _, error) = CliRun.Invoke(["merge", .. shards, "--out", merged]);

        code.Should().Be(2, error);
        error.Should().Be($"error: Cannot merge '{rows}': its last row (profile 59) has no line break at its end, so it may be cut short; the shard did not finish writing it.{Environment.NewLine}");
        Directory.Exists(merged).Should().BeFalse();
    }

    // A node that crashed while writing can leave a run of zero bytes at the end of a file: junk after the last row,
    // not a row cut short (it was said to be profile 30, past the shard's last, cut short).
    [Fact]
    public void AProfilesCsvEndingInZeroBytes_IsRefusedAsRowsThatAreNotTheShards()
    {
        using var files = new CliRun();
        var shards = Shards(files, rows: true);
        var rows = Path.Combine(shards[0], "profiles.csv");
        File.AppendAllText(rows, new string('\0', 4096));

        var (code, _, error) = CliRun.Invoke(["merge", .. shards, "--out", Path.Combine(files.Folder, "merged")]);

        code.Should().Be(2, error);
        error.Should().Be($"error: Cannot merge '{rows}': its rows are not the profiles 0 to 29 of shard 0/2, one each in order.{Environment.NewLine}");
    }

    // An app's finding code with a comma, quote or line break is written quoted (RFC 4180), so a row may span lines.
    [Fact]
    public void ARowWithAQuotedCellHoldingLineBreaks_IsMergedAsItIs()
    {
        using var files = new CliRun();
        var shards = Shards(files, rows: true);
        var rows = Path.Combine(shards[0], "profiles.csv");
        var lines = File.ReadAllText(rows).Split('\n');
        var row = Array.FindIndex(lines, line => line.StartsWith("3,", StringComparison.Ordinal));
        var cells = lines[row].Split(',');
        cells[4] = "\"app code, \"\"quoted\"\"\nsecond line\r\nthird\rfourth\"";
        lines[row] = string.Join(',', cells);
        File.WriteAllText(rows, string.Join('\n', lines));
        var merged = Path.Combine(files.Folder, "merged");

        var (code, _, error) = CliRun.Invoke(["merge", .. shards, "--out", merged, "--quiet"]);

        code.Should().Be(0, error);
        File.ReadAllText(Path.Combine(merged, "profiles.csv")).Should().Contain("\n" + lines[row] + "\n4,");
    }

    // A shard folder copied through a Windows machine: CRLF line ends and a UTF-8 byte order mark.
    [Fact]
    public void AProfilesCsvWithCrlfLineEndsAndAByteOrderMark_MergesToTheSameBytesAsOneRun()
    {
        using var files = new CliRun();
        var shards = Shards(files, rows: true);
        var whole = Path.Combine(files.Folder, "whole");
        CliRun.Invoke("simulate", CliRun.Scenario("new-parents.yaml"), "--count", "60", "--seed", "4", "--out", whole, "--quiet", "--rows").Code.Should().Be(0);
        var rows = Path.Combine(shards[1], "profiles.csv");
        File.WriteAllText(rows, File.ReadAllText(rows).Replace("\n", "\r\n", StringComparison.Ordinal), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var merged = Path.Combine(files.Folder, "merged");

        var (code, _, error) = CliRun.Invoke(["merge", .. shards, "--out", merged, "--quiet"]);

        code.Should().Be(0, error);
        File.ReadAllBytes(Path.Combine(merged, "profiles.csv")).Should().Equal(File.ReadAllBytes(Path.Combine(whole, "profiles.csv")));
    }

    // An edited count in one shard's summary.json was summed in: the merged summary counted more profiles than the run.
    [Fact]
    public void AShardWhoseSummaryCountsMoreProfilesThanItsSlice_IsRefusedNamingItsFolder()
    {
        using var files = new CliRun();
        var shards = Shards(files, rows: false);
        var summary = Path.Combine(shards[1], "summary.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(summary))!;
        json["profiles"] = 45;
        File.WriteAllText(summary, json.ToJsonString());
        var merged = Path.Combine(files.Folder, "merged");

        var (code, _, error) = CliRun.Invoke(["merge", .. shards, "--out", merged]);

        code.Should().Be(2, error);
        error.Should().Be($"error: Shard 1/2 (in '{shards[1]}') counts 45 profiles, but its slice of the run's 60 holds 30; its summary was edited or damaged.{Environment.NewLine}");
        Directory.Exists(merged).Should().BeFalse();
    }

    // --out named a shard's folder through a symbolic link: the paths differed, so with --force the merged outputs
    // replaced that shard's own summary.json and profiles.csv.
    [Fact]
    public void AnOutputFolderThatIsALinkToAShardFolder_IsRefused()
    {
        using var files = new CliRun();
        var shards = Shards(files, rows: true);
        var alias = Path.Combine(files.Folder, "alias");
        Directory.CreateSymbolicLink(alias, shards[0]);
        var before = CliRun.Snapshot(shards[0]);

        var (code, _, error) = CliRun.Invoke(["merge", .. shards, "--out", alias, "--force"]);

        code.Should().Be(2, error);
        error.Should().Be($"error: The option --out names the shard folder '{shards[0]}'; merge into another folder, so that no shard's files are overwritten.{Environment.NewLine}");
        CliRun.Snapshot(shards[0]).Should().BeEquivalentTo(before);
    }

    // The summary is read up to the 256 MiB input cap, as chart reads one (passes as is).
    [SkippableFact]
    public void AShardsSummaryLinkedToDevZero_ExitsWithTwo()
    {
        Skip.If(!File.Exists("/dev/zero"), "No zero device here.");

        using var files = new CliRun();
        var shards = Shards(files, rows: false);
        var summary = Path.Combine(shards[1], "summary.json");
        File.Delete(summary);
        File.CreateSymbolicLink(summary, "/dev/zero");

        var (code, _, error) = CliRun.Invoke(["merge", .. shards, "--out", Path.Combine(files.Folder, "merged")]);

        code.Should().Be(2, error);
        error.Should().Be($"error: Cannot read '{summary}': it holds more than the 256 MiB an input file may be.{Environment.NewLine}");
    }

    // A shard's rows written twice into one file (a task run twice appending, a copy concatenated): refused (passes as is).
    [Fact]
    public void AProfilesCsvHoldingItsRowsTwice_IsRefused()
    {
        using var files = new CliRun();
        var shards = Shards(files, rows: true);
        var rows = Path.Combine(shards[0], "profiles.csv");
        File.AppendAllText(rows, File.ReadAllText(rows));

        var (code, _, error) = CliRun.Invoke(["merge", .. shards, "--out", Path.Combine(files.Folder, "merged")]);

        code.Should().Be(2, error);
        error.Should().Be($"error: Cannot merge '{rows}': its rows are not the profiles 0 to 29 of shard 0/2, one each in order.{Environment.NewLine}");
    }

    /// <summary>Two shards of a 60-profile run of new-parents.yaml with seed 4, with or without per-profile rows.</summary>
    private static string[] Shards(CliRun files, bool rows)
    {
        var folders = new string[2];
        for (var i = 0; i < 2; i++)
        {
            folders[i] = Path.Combine(files.Folder, $"shard-{i}");
            string[] args = ["simulate", CliRun.Scenario("new-parents.yaml"), "--count", "60", "--seed", "4", "--shard", $"{i}/2", "--out", folders[i], "--quiet"];
            CliRun.Invoke(rows ? [.. args, "--rows"] : args).Code.Should().Be(0);
        }

        return folders;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }

    /// <summary>Writes up to four times the cap of bytes with no line break, until the reader closes its end.</summary>
    private static Task FeedWithoutLineBreaks(string pipe, Func<long> written, Action<long> add) => Task.Run(() =>
    {
        var chunk = new byte[64 * 1024];
        chunk.AsSpan().Fill((byte)'x');
        try
        {
            using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write);
            while (written() < 4 * LineCap)
            {
                stream.Write(chunk);
                add(chunk.Length);
            }
        }
        catch (IOException)
        {
            // The command stopped reading and closed its end: what these tests expect.
        }
    });

    /// <summary>Lets the writer finish even if the command never opened the pipe (opening one end waits for the other).</summary>
    private static void Drain(string pipe, Task writer)
    {
        if (!writer.Wait(TimeSpan.FromSeconds(2)))
        {
            using (var reader = new FileStream(pipe, FileMode.Open, FileAccess.Read))
            {
                reader.CopyTo(Stream.Null);
            }

            writer.Wait(TimeSpan.FromSeconds(30)).Should().BeTrue();
        }
    }
}
