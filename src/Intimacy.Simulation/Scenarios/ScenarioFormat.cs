namespace Intimacy.Simulation.Scenarios;

/// <summary>The text format of a scenario.</summary>
public enum ScenarioFormat
{
    /// <summary>YAML (files ending <c>.yaml</c> or <c>.yml</c>).</summary>
    Yaml,

    /// <summary>JSON, with comments allowed (files ending <c>.json</c>).</summary>
    Json,
}
