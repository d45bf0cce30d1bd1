namespace Intimacy.Cli;

/// <summary>A failure a command reports as one sentence and an exit code, with no stack trace.</summary>
internal sealed class CliFailure : Exception
{
    public CliFailure(int exitCode, string message, Exception? inner = null)
        : base(message, inner) => ExitCode = exitCode;

    public CliFailure()
    {
    }

    public CliFailure(string message)
        : base(message)
    {
    }

    public CliFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int ExitCode { get; } = ExitCodes.Usage;

    /// <summary>
    /// Another message joined into a sentence after a colon: its first letter in lower case, unless its first
    /// word is a name or acronym (with another capital, as in "IIEF-5", "CSV" or "NRules"), and without its final
    /// full stop, which the joined sentence supplies.
    /// </summary>
    public static string Inner(string message)
    {
        var text = message.Trim().TrimEnd('.');
        var word = text.Split(' ', 2)[0];
        if (word.Length == 0 || !char.IsUpper(word[0]) || word.Skip(1).Any(char.IsUpper) || word == "I")
        {
            return text;
        }

        return char.ToLowerInvariant(text[0]) + text[1..];
    }
}
