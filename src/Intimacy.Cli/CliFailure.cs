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
}
