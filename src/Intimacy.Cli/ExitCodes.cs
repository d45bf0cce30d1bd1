namespace Intimacy.Cli;

/// <summary>The process exit codes of <c>intimacy</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command succeeded.</summary>
    public const int Ok = 0;

    /// <summary>A profile or scenario is invalid (including malformed JSON or YAML, unknown or duplicate keys, out-of-range values).</summary>
    public const int Invalid = 1;

    /// <summary>The command line is wrong, or an input file cannot be read.</summary>
    public const int Usage = 2;

    /// <summary>An internal error: a defect of the tool (<c>EX_SOFTWARE</c> in sysexits.h).</summary>
    public const int Internal = 70;

    /// <summary>The run was cancelled (Ctrl+C, SIGTERM or SIGHUP).</summary>
    public const int Cancelled = 130;
}
