using Intimacy.Shared;
using Intimacy.Simulation.Generation;

namespace Intimacy.Simulation.Scenarios;

/// <summary>
/// Reads scenarios from YAML or JSON, strictly: unknown keys, duplicate keys, wrong types,
/// parameters out of range and unknown field paths are all refused with one
/// <see cref="ScenarioException"/> naming the file, line and column, and key path.
/// </summary>
/// <remarks>
/// A scenario that loads is fully checked: <see cref="ProfileGenerator"/> accepts it. No other
/// exception type escapes, so a command-line tool can print the message and stop.
/// </remarks>
public static class ScenarioLoader
{
    /// <summary>
    /// The largest scenario file read (16 MiB): scenarios are short text files (the samples are 10 to 20 KiB). A larger
    /// file is refused before it is read; a pipe or device, whose size is not known before it is read, is read up to
    /// this and refused past it, so neither can exhaust memory.
    /// </summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Reads a scenario file; the format follows the extension (<c>.yaml</c>, <c>.yml</c>, <c>.json</c>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The checked scenario.</returns>
    /// <exception cref="ScenarioException">
    /// The file is missing, unreadable, larger than <see cref="MaxFileBytes"/>, malformed or not a valid scenario.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static Scenario Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = FormatOf(path);
        if (!File.Exists(path))
        {
            throw new ScenarioException(path, null, null, string.Empty, "the scenario file does not exist.");
        }

        string text;
        try
        {
            text = BoundedText.Read(path, MaxFileBytes) ?? throw TooLarge(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException(path, null, null, string.Empty, "the scenario file could not be read (" + ex.GetType().Name + ").");
        }

        return Parse(text, format, path);
    }

    /// <summary>The format a scenario file is read in, from its extension (<c>.yaml</c>, <c>.yml</c>, <c>.json</c>, in any case).</summary>
    /// <param name="path">The file's path or name; the file need not exist.</param>
    /// <returns>The format <see cref="Load"/> reads the file in.</returns>
    /// <exception cref="ScenarioException">The extension is none of the three.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ScenarioFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".yaml" or ".yml" => ScenarioFormat.Yaml,
            ".json" => ScenarioFormat.Json,
            _ => throw new ScenarioException(path, null, null, string.Empty, "has an extension the loader does not know; name scenario files .yaml, .yml or .json."),
        };
    }

    private static ScenarioException TooLarge(string path) =>
        new(path, null, null, string.Empty, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the scenario file holds more than the {MaxFileBytes / (1024 * 1024)} MiB a scenario file may be."));

    /// <summary>Reads a scenario from text.</summary>
    /// <param name="text">The YAML or JSON text.</param>
    /// <param name="format">Which of the two it is.</param>
    /// <param name="sourceName">The name to show in error messages, such as a file name.</param>
    /// <returns>The checked scenario.</returns>
    /// <exception cref="ScenarioException">The text is malformed or not a valid scenario.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not one of the named values.</exception>
    public static Scenario Parse(string text, ScenarioFormat format, string sourceName = "scenario")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "The format must be one of the named ScenarioFormat values.");
        }

        var binder = new ScenarioBinder();
        Scenario scenario;
        try
        {
            var root = format == ScenarioFormat.Json ? JsonDocumentReader.Read(text) : YamlDocumentReader.Read(text);
            scenario = binder.Bind(root);
        }
        catch (DocumentException ex)
        {
            throw new ScenarioException(sourceName, ex.Mark?.Line, ex.Mark?.Column, ex.KeyPath, ex.Message);
        }

        try
        {
            _ = CompiledScenario.Compile(scenario);
        }
        catch (ScenarioIssue issue)
        {
            var mark = FindMark(binder.Marks, issue.KeyPath);
            throw new ScenarioException(sourceName, mark?.Line, mark?.Column, issue.KeyPath, issue.Message);
        }

        return scenario;
    }

    /// <summary>The mark of the key path, or of its nearest ancestor that was written down.</summary>
    private static Mark? FindMark(Dictionary<string, Mark> marks, string keyPath)
    {
        for (var path = keyPath; path.Length > 0; path = Parent(path))
        {
            if (marks.TryGetValue(path, out var mark))
            {
                return mark;
            }
        }

        return null;
    }

    private static string Parent(string path)
    {
        var end = path.Length;
        if (path.EndsWith(']'))
        {
            var open = path.LastIndexOf('[');
            return open <= 0 ? string.Empty : path[..open];
        }

        var dot = path.LastIndexOf('.', end - 1);
        var bracket = path.LastIndexOf(']', end - 1);
        return dot > bracket ? path[..dot] : (bracket >= 0 ? path[..(bracket + 1)] : string.Empty);
    }
}
