namespace Intimacy.Cli;

/// <summary>Where a command writes: results to <paramref name="Out"/>, messages and progress to <paramref name="Error"/>.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Interactive">Whether standard error is a terminal that can show a progress bar.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool Interactive);
