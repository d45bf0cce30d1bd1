using System.Diagnostics;
using System.Text;

namespace Intimacy.Cli.Tests;

/// <summary>
/// validate and recommend given input that is not an ordinary UTF-8 file: pipes (which have no size before they are
/// read), other encodings, broken bytes, names with line breaks, empty and special files. Each ends with exit code 0,
/// 1 or 2 and messages on one line each, never with an internal error or a stack trace.
/// </summary>
public class UnusualInputFileTests
{
    // A pipe (process substitution, /dev/stdin, a named pipe) has no length before it is read, so the size check made
    // before reading (FileInfo.Length, 0 for a pipe) let any amount through: /dev/zero or a runaway producer filled
    // memory until an internal error (70). It is now read up to the cap and refused past it, as a large file is.
    [Theory]
    [InlineData("validate")]
    [InlineData("recommend")]
    public void APipeHoldingMoreThanTheCap_ExitsWithTwo_WithoutReadingItAll(string command)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // Named pipes in the file system are a Unix feature.
        }

        using var files = new CliRun();
        var pipe = NamedPipe(files, "huge.json");
        const long cap = 256L * 1024 * 1024;
        var written = 0L;
        var writer = Task.Run(() =>
        {
            var chunk = new byte[1024 * 1024];
            chunk.AsSpan().Fill((byte)' ');
            try
            {
                using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write);
                while (written <= cap + chunk.Length)
                {
                    stream.Write(chunk);
                    written += chunk.Length;
                }
            }
            catch (IOException)
            {
                // The reader stopped and closed its end: what this test expects.
            }
        });

        var (code, output, error) = CliRun.Invoke(command, pipe);
        Drain(pipe, writer);

        code.Should().Be(2, error);
        output.Should().BeEmpty();
        error.Should().Be($"error: Cannot read '{pipe}': it holds more than the 256 MiB an input file may be.{Environment.NewLine}");
        written.Should().BeLessThan(cap + (64L * 1024 * 1024), "reading stops soon after the cap");
    }

    [Theory]
    [InlineData("validate", "The profile in '{0}' is valid.")]
    [InlineData("recommend", "PLAN FOR THE COUPLE")]
    public void AProfileFromAPipe_IsRead(string command, string expected)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // Named pipes in the file system are a Unix feature.
        }

        using var files = new CliRun();
        var profile = File.ReadAllBytes(files.ValidProfile());
        var pipe = NamedPipe(files, "profile-pipe.json");
        var writer = Task.Run(() =>
        {
            using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write);
            stream.Write(profile);
        });

        var (code, output, error) = CliRun.Invoke(command, pipe);
        Drain(pipe, writer);

        code.Should().Be(0, error);
        output.Should().StartWith(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, pipe));
    }

    // validate wrote its own lines with the file name as given, so a name with a line break split "is valid" (or the
    // header above the problems) over two lines, unlike every other message, which escapes it.
    [Theory]
    [InlineData("line\nbreak.json", "line\\nbreak.json")]
    [InlineData("tab\tand\u2028separator.json", "tab\\tand\\u2028separator.json")]
    public void Validate_AFileNameWithALineBreak_IsWrittenOnOneLine(string name, string shown)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows file names cannot hold control characters.
        }

        using var files = new CliRun();
        var valid = files.Write(name, File.ReadAllText(files.ValidProfile()));

        var ok = CliRun.Invoke("validate", valid);
        ok.Code.Should().Be(0, ok.Error);
        ok.Out.Should().Be($"The profile in '{Path.Combine(files.Folder, shown)}' is valid.{Environment.NewLine}");

        File.WriteAllText(valid, "{ \"partnerA\": { \"ageYears\": 12 } }");
        var invalid = CliRun.Invoke("validate", valid);
        invalid.Code.Should().Be(1);
        invalid.Error.Split(Environment.NewLine).Should().Equal(
            $"The profile in '{Path.Combine(files.Folder, shown)}' is not valid: it has 1 problem.",
            "  $.partnerA.ageYears (range): must be a whole number from 18 to 120: only adults can be described.",
            string.Empty);
    }

    private static string NamedPipe(CliRun files, string name)
    {
        var path = Path.Combine(files.Folder, name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
        return path;
    }

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
