using Intimacy.Testing;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Scenarios;

/// <summary>
/// A scenario file is read up to <see cref="ScenarioLoader.MaxFileBytes"/> and refused past it, whatever it is: a
/// regular file, a named pipe or a device such as /dev/zero (whose size is not known before it is read).
/// </summary>
public sealed class ScenarioFileSizeTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Folder() => Path.GetDirectoryName(_files.Write("placeholder.yaml", string.Empty))!;

    [Fact]
    public void TheCap_Is16MiB()
    {
        ScenarioLoader.MaxFileBytes.Should().Be(16L * 1024 * 1024);
    }

    [Fact]
    public void Load_ARegularFileLargerThanTheCap_IsRefusedNamingIt()
    {
        // A YAML comment, so that the text would load if it were read: only its size is wrong.
        var path = _files.Write("large.yaml", ScenarioFiles.Minimal + "#" + new string(' ', (int)ScenarioLoader.MaxFileBytes) + "\n");

        var act = () => ScenarioLoader.Load(path);

        var error = act.Should().Throw<ScenarioException>().Which;
        error.Message.Should().Be(path + ": the scenario file holds more than the 16 MiB a scenario file may be.");
        error.Line.Should().BeNull();
        error.KeyPath.Should().BeEmpty();
    }

    [Fact]
    public void Load_AFileOfExactlyTheCap_IsRead()
    {
        var head = ScenarioFiles.Minimal + "#";
        var path = _files.Write("full.yaml", head + new string(' ', (int)ScenarioLoader.MaxFileBytes - head.Length - 1) + "\n");
        new FileInfo(path).Length.Should().Be(ScenarioLoader.MaxFileBytes);

        ScenarioLoader.Load(path).Name.Should().Be("t");
    }

    // A pipe has length 0 until it is read, and File.ReadAllText read all of it: a runaway producer filled memory.
    [SkippableFact]
    public void Load_ANamedPipeFedPastTheCap_IsRefusedWithoutReadingItAll()
    {
        Skip.If(!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS(), "Named pipes in the file system are a Unix feature.");

        var pipe = NamedPipes.Create(Folder(), "fed.yaml");
        var cap = ScenarioLoader.MaxFileBytes;
        var written = 0L;
        var writer = Task.Run(() =>
        {
            var chunk = new byte[64 * 1024];
            chunk.AsSpan().Fill((byte)' ');
            try
            {
                using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write);
                stream.Write(System.Text.Encoding.UTF8.GetBytes(ScenarioFiles.Minimal + "#"));

                // Four times the cap, then it stops: on the old code the whole of it was read and then parsed.
                while (written < 4 * cap)
                {
                    stream.Write(chunk);
                    written += chunk.Length;
                }
            }
            catch (IOException)
            {
                // The loader stopped reading and closed its end: what this test expects.
            }
        });

        var act = () => ScenarioLoader.Load(pipe);

        act.Should().Throw<ScenarioException>().WithMessage(pipe + ": the scenario file holds more than the 16 MiB a scenario file may be.");
        NamedPipes.Drain(pipe, writer);
        written.Should().BeLessThan(2 * cap, "reading stops soon after the cap");
    }

    [SkippableFact]
    public void Load_ASmallScenarioFromANamedPipe_IsRead()
    {
        Skip.If(!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS(), "Named pipes in the file system are a Unix feature.");

        var pipe = NamedPipes.Create(Folder(), "small.yaml");
        var writer = Task.Run(() =>
        {
            using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write);
            stream.Write(System.Text.Encoding.UTF8.GetBytes(ScenarioFiles.Minimal));
        });

        var scenario = ScenarioLoader.Load(pipe);
        NamedPipes.Drain(pipe, writer);

        scenario.Name.Should().Be("t");
    }

    // /dev/zero never ends; named like a scenario (through a symbolic link), it was read until memory ran out.
    [SkippableTheory]
    [InlineData("zero.yaml")]
    [InlineData("zero.json")]
    public void Load_DevZero_IsRefusedAtTheCap(string name)
    {
        Skip.If(!File.Exists("/dev/zero"), "No zero device here.");

        var link = Path.Combine(Folder(), name);
        File.CreateSymbolicLink(link, "/dev/zero");

        var act = () => ScenarioLoader.Load(link);

        act.Should().Throw<ScenarioException>().WithMessage(link + ": the scenario file holds more than the 16 MiB a scenario file may be.");
    }
}
