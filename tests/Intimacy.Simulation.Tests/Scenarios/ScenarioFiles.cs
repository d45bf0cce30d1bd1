namespace Intimacy.Simulation.Tests.Scenarios;

/// <summary>Writes scenario text to a temporary file so tests exercise the loader as a user would.</summary>
internal sealed class ScenarioFiles : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "intimacy-sim-tests-" + Guid.NewGuid().ToString("N"));

    public ScenarioFiles() => Directory.CreateDirectory(_folder);

    /// <summary>A minimal valid scenario body: a name and an age.</summary>
    public const string Minimal = "name: t\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n";

    public string Write(string fileName, string text)
    {
        var path = Path.Combine(_folder, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
