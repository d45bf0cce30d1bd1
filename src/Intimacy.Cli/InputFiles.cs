using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;
using Intimacy.Shared;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Cli;

/// <summary>Reads the files commands take, turning every failure into a <see cref="CliFailure"/> that names the path but never a value.</summary>
internal static class InputFiles
{
    /// <summary>
    /// The largest profile or summary.json read (256 MiB): far above any profile (kilobytes) and any summary.json, whose
    /// size grows with the breakdown groups and catalog, not with the number of couples. A larger file is refused before
    /// it is read, so it cannot exhaust memory; a pipe, whose size is not known before it is read, is read up to it and
    /// refused past it. A scenario has the library's smaller cap, <see cref="ScenarioLoader.MaxFileBytes"/> (16 MiB).
    /// </summary>
    public const long MaxInputBytes = 256L * 1024 * 1024;

    public static string ReadText(string path)
    {
        RefuseFolder(path);
        try
        {
            RefuseHuge(path, MaxInputBytes, "an input file");
            return ReadAtMostTheCap(path, MaxInputBytes, "an input file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot read '{path}': {Why(ex)}.", ex);
        }
    }

    /// <summary>Runs a read of <paramref name="path"/>, reporting a failure as one sentence naming it.</summary>
    public static T Guard<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot read '{path}': {Why(ex)}.", ex);
        }
    }

    /// <summary>Reads a summary.json written by simulate or merge; an empty file is said to be empty rather than malformed.</summary>
    public static string ReadSummaryText(string path)
    {
        var text = ReadText(path);
        if (IsEmpty(text))
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot read '{path}': the file is empty.");
        }

        return text;
    }

    /// <summary>Whether the text read holds nothing (File.ReadAllText drops a byte order mark).</summary>
    public static bool IsEmpty(string text) => text.Length == 0 || text == "\uFEFF";

    /// <summary>
    /// Reads a profile; a problem is described only if <paramref name="audience"/> may be told of it
    /// (<see cref="ProfileValidationException.ErrorsVisibleTo"/>): <c>recommend</c> passes the audience of its view.
    /// </summary>
    public static CoupleProfile ReadProfile(string path, Audience audience = Audience.Clinician)
    {
        var text = ReadText(path);
        try
        {
            // An empty file is said to be empty by the library, as any empty input is.
            return ProfileJson.Deserialize(text);
        }
        catch (ProfileValidationException ex)
        {
            var visible = ex.ErrorsVisibleTo(audience);

            // The library's exception lists every problem in its message (a syntax error's line and byte too), and
            // --verbose prints it: it goes along only for a clinician, who may be told all of it. For anyone else,
            // whether it went along would say whether the other partner's answers have a problem too.
            throw new CliFailure(
                ExitCodes.Invalid,
                visible.Count > 0 || ex.Errors.Count == 0
                    ? Describe(path, visible)
                    : $"The profile in '{path}' is not valid; its problems are in answers the {AudienceNames.NameOf(audience)} view may not show (run validate to list them).",
                audience == Audience.Clinician ? ex : null);
        }
    }

    /// <summary>
    /// Reads a scenario as <see cref="ScenarioLoader.Load"/> does, but reads the file here, so that one larger than the
    /// library's cap (a pipe or /dev/zero included) is unreadable input (exit code 2) like a profile past its cap, rather
    /// than an invalid scenario (exit code 1).
    /// </summary>
    public static Scenario ReadScenario(string path)
    {
        RefuseFolder(path);
        if (!File.Exists(path))
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot read '{path}': the file does not exist.");
        }

        try
        {
            var format = ScenarioLoader.FormatOf(path);
            RefuseHuge(path, ScenarioLoader.MaxFileBytes, "a scenario file");
            return ScenarioLoader.Parse(ReadAtMostTheCap(path, ScenarioLoader.MaxFileBytes, "a scenario file"), format, path);
        }
        catch (ScenarioException ex)
        {
            throw new CliFailure(ExitCodes.Invalid, "The scenario is not valid: " + ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot read '{path}': {Why(ex)}.", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner can fail this way on some malformed input instead of raising its own exception.
            throw new CliFailure(ExitCodes.Invalid, $"The scenario is not valid: '{path}' is not well-formed YAML or JSON.", ex);
        }
    }

    /// <summary>One sentence: the file, the first problem's path and rule, and how many more (values are never repeated).</summary>
    public static string Describe(string path, IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count == 0)
        {
            return $"The profile in '{path}' is not valid.";
        }

        var more = errors.Count > 1 ? $" (and {errors.Count - 1} more problem{(errors.Count > 2 ? "s" : string.Empty)}; run validate to list them)" : string.Empty;
        return $"The profile in '{path}' is not valid: {errors[0].Path}: {errors[0].Message.TrimEnd('.')}{more}.";
    }

    /// <summary>A folder where a file is expected is a usage error, said as such rather than as a missing file or a permission problem.</summary>
    private static void RefuseFolder(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot read '{path}': it is a folder, not a file.");
        }
    }

    /// <summary>A file above <paramref name="cap"/> bytes is a usage error, said before reading any of it.</summary>
    private static void RefuseHuge(string path, long cap, string what)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length > cap)
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot read '{path}': it is {Size(info.Length)}, larger than the {Size(cap)} {what} may be.");
        }
    }

    /// <summary>
    /// The file's text (see <see cref="BoundedText.Read"/>), refused past <paramref name="cap"/> bytes: a pipe or a device
    /// has length 0 before it is read, so <see cref="RefuseHuge"/> lets it through. <paramref name="what"/> names the kind
    /// of file in the message ("an input file").
    /// </summary>
    private static string ReadAtMostTheCap(string path, long cap, string what) =>
        BoundedText.Read(path, cap)
            ?? throw new CliFailure(ExitCodes.Usage, $"Cannot read '{path}': it holds more than the {Size(cap)} {what} may be.");

    /// <summary>A size in bytes, KiB, MiB or GiB, with at most one decimal.</summary>
    internal static string Size(long bytes)
    {
        string[] units = ["KiB", "MiB", "GiB", "TiB"];
        if (bytes < 1024)
        {
            return bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes";
        }

        double value = bytes;
        var unit = -1;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " " + units[unit];
    }

    private static string Why(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "the file does not exist",
        UnauthorizedAccessException => "permission denied",
        _ => "it is not a readable file",
    };
}
