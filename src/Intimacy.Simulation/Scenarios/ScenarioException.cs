using System.Globalization;

namespace Intimacy.Simulation.Scenarios;

/// <summary>
/// A scenario could not be read or is not valid. The message is one sentence naming the file, the
/// line and column where known, and the key path, e.g.
/// <c>clinic.yaml(12,7): fields[view.sexPerYear].lambda: must be greater than 0.</c>
/// </summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file name or other source label.</param>
    /// <param name="line">The 1-based line, when known.</param>
    /// <param name="column">The 1-based column, when known.</param>
    /// <param name="keyPath">The key path inside the scenario, such as <c>fields[ageYears].sd</c>; empty for the whole file.</param>
    /// <param name="detail">What is wrong, as a sentence.</param>
    public ScenarioException(string source, int? line, int? column, string keyPath, string detail)
        : base(Format(source, line, column, keyPath, detail))
    {
        SourceName = source;
        Line = line;
        Column = column;
        KeyPath = keyPath;
        Detail = detail;
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public ScenarioException(string message)
        : this("scenario", null, null, string.Empty, message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceName = "scenario";
        KeyPath = string.Empty;
        Detail = message;
    }

    /// <summary>Creates the exception with no detail.</summary>
    public ScenarioException()
        : this("the scenario is not valid.")
    {
    }

    /// <summary>The file name or other source label the message names.</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column, when known.</summary>
    public int? Column { get; }

    /// <summary>The key path inside the scenario; empty for the whole file.</summary>
    public string KeyPath { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Detail { get; }

    private static string Format(string source, int? line, int? column, string keyPath, string detail)
    {
        var location = line is { } l
            ? string.Create(CultureInfo.InvariantCulture, $"{source}({l},{column ?? 1})")
            : source;
        return keyPath.Length == 0 ? $"{location}: {detail}" : $"{location}: {keyPath}: {detail}";
    }
}
