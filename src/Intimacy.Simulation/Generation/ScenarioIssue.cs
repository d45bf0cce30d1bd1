namespace Intimacy.Simulation.Generation;

/// <summary>A scenario is not valid: what is wrong and at which key path. The loader adds the file and position.</summary>
internal sealed class ScenarioIssue(string keyPath, string message) : Exception(message)
{
    public string KeyPath { get; } = keyPath;
}
