using Intimacy.Core.Serialization;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Cli.Tests;

/// <summary>Runs the command pipeline in-process with captured output, and holds temporary input files.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "intimacy-cli-tests-" + Guid.NewGuid().ToString("N"));

    public static string Root { get; } = FindRoot();

    public static string Scenario(string name) => Path.Combine(Root, "samples", "scenarios", name);

    public static (int Code, string Out, string Error) Invoke(params string[] args) => Invoke(CancellationToken.None, args);

    /// <summary>Runs the command with <paramref name="cancellationToken"/> as the Ctrl+C token (a cancelled one stands for Ctrl+C).</summary>
    public static (int Code, string Out, string Error) Invoke(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, new CliConsole(output, error, Interactive: false), cancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Every file under <paramref name="folder"/> with its bytes, by relative path; empty when the folder does not exist.</summary>
    public static IReadOnlyDictionary<string, byte[]> Snapshot(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes)
            : new Dictionary<string, byte[]>();

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A valid profile file: one drawn from the clinic-intake scenario.</summary>
    public string ValidProfile(int index = 3) =>
        Write("profile.json", ProfileJson.Serialize(new ProfileGenerator(ScenarioLoader.Load(Scenario("clinic-intake.yaml")), 7).Generate(index), indented: true));

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Intimacy.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
    }
}
