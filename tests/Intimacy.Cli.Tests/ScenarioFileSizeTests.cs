using Intimacy.Testing;

namespace Intimacy.Cli.Tests;

/// <summary>
/// The population commands read a scenario up to the library's cap (16 MiB) and refuse it past it with exit code 2 and
/// one sentence naming the file: a regular file before reading any of it, a pipe or device (no size before it is read) at the cap.
/// </summary>
public class ScenarioFileSizeTests
{
    private const string Refused = "it holds more than the 16 MiB a scenario file may be.";

    [Theory]
    [InlineData("simulate")]
    [InlineData("sweep")]
    [InlineData("compare")]
    public void ARegularScenarioFileLargerThanTheCap_ExitsWithTwo(string command)
    {
        using var files = new CliRun();
        var path = files.Write("large.yaml", File.ReadAllText(CliRun.Scenario("clinic-intake.yaml")) + "#" + new string(' ', 20 * 1024 * 1024) + "\n");

        var (code, output, error) = CliRun.Invoke(Arguments(command, path));

        code.Should().Be(2, error);
        output.Should().BeEmpty();
        error.Should().Be($"error: Cannot read '{path}': it is 20 MiB, larger than the 16 MiB a scenario file may be.{Environment.NewLine}");
    }

    // A named pipe has length 0 until it is read, and the scenario loader read all of it (File.ReadAllText).
    [SkippableFact]
    public void Simulate_ANamedPipeFedPastTheCap_ExitsWithTwo_WithoutReadingItAll()
    {
        Skip.If(!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS(), "Named pipes in the file system are a Unix feature.");

        using var files = new CliRun();
        var pipe = NamedPipes.Create(files.Folder, "fed\nname.yaml");
        const long cap = 16L * 1024 * 1024;
        var written = 0L;
        var scenario = File.ReadAllBytes(CliRun.Scenario("clinic-intake.yaml"));
        var writer = Task.Run(() =>
        {
            var chunk = new byte[64 * 1024];
            chunk.AsSpan().Fill((byte)' ');
            try
            {
                using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write);
                stream.Write([.. scenario, (byte)'#']);
                while (written < 4 * cap)
                {
                    stream.Write(chunk);
                    written += chunk.Length;
                }
            }
            catch (IOException)
            {
                // The command stopped reading and closed its end: what this test expects.
            }
        });

        var (code, output, error) = CliRun.Invoke("simulate", pipe, "--count", "5");
        NamedPipes.Drain(pipe, writer);

        code.Should().Be(2, error);
        output.Should().BeEmpty();
        error.Should().Be($"error: Cannot read '{pipe.Replace("\n", "\\n", StringComparison.Ordinal)}': {Refused}{Environment.NewLine}");
        written.Should().BeLessThan(2 * cap, "reading stops soon after the cap");
    }

    [SkippableFact]
    public void Simulate_AScenarioFromANamedPipe_IsRead()
    {
        Skip.If(!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS(), "Named pipes in the file system are a Unix feature.");

        using var files = new CliRun();
        var pipe = NamedPipes.Create(files.Folder, "scenario.yaml");
        var scenario = File.ReadAllBytes(CliRun.Scenario("clinic-intake.yaml"));
        var writer = Task.Run(() =>
        {
            using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write);
            stream.Write(scenario);
        });

        var (code, output, error) = CliRun.Invoke("simulate", pipe, "--count", "5");
        NamedPipes.Drain(pipe, writer);

        code.Should().Be(0, error);
        output.Should().Contain("profiles: 5");
    }

    // /dev/zero named like a scenario (a symbolic link) was read until memory ran out.
    [SkippableTheory]
    [InlineData("simulate", "zero.yaml")]
    [InlineData("sweep", "zero.json")]
    [InlineData("compare", "zero.yml")]
    public void DevZeroAsAScenario_ExitsWithTwo(string command, string name)
    {
        Skip.If(!File.Exists("/dev/zero"), "No zero device here.");

        using var files = new CliRun();
        var link = Path.Combine(files.Folder, name);
        File.CreateSymbolicLink(link, "/dev/zero");

        var (code, output, error) = CliRun.Invoke(Arguments(command, link));

        code.Should().Be(2, error);
        output.Should().BeEmpty();
        error.Should().Be($"error: Cannot read '{link}': {Refused}{Environment.NewLine}");
    }

    private static string[] Arguments(string command, string scenario) => command switch
    {
        "sweep" => ["sweep", scenario, "--count", "5", "--threshold", "Csi4Cutoff", "--from", "12", "--to", "12", "--steps", "1"],
        _ => [command, scenario, "--count", "5"],
    };

}
