using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Intimacy.Cli;

/// <summary>
/// Standard output or standard error as the commands write to it, for when it cannot be written: closed (as by the
/// shell's <c>&gt;&amp;-</c> or a daemon's start-up), or a redirection onto a full disk. A failed write to standard
/// output stops the command with exit code 2 and one sentence on standard error, as a file that cannot be written does.
/// A failed write to standard error is dropped, since there is nowhere left to say anything: the tool ends with the
/// command's own exit code instead of crashing while it reports its own error.
/// </summary>
internal sealed class StandardStream : TextWriter
{
    private readonly bool _output;

    private StandardStream(TextWriter inner, bool output)
    {
        Inner = inner;
        _output = output;
    }

    /// <summary>The writer written to: a progress bar must see the console's own stream to know it is a terminal.</summary>
    public TextWriter Inner { get; }

    public override Encoding Encoding => Inner.Encoding;

    public override IFormatProvider FormatProvider => Inner.FormatProvider;

    [AllowNull]
    public override string NewLine
    {
        get => Inner.NewLine;
        set => Inner.NewLine = value;
    }

    /// <summary>Standard output: a write that fails stops the command.</summary>
    public static StandardStream Output(TextWriter inner) => new(inner, output: true);

    /// <summary>Standard error: a write that fails is dropped.</summary>
    public static StandardStream Error(TextWriter inner) => new(inner, output: false);

    public override void Write(char value) => Guarded(value, static (writer, v) => writer.Write(v));

    public override void Write(string? value) => Guarded(value, static (writer, v) => writer.Write(v));

    public override void Write(char[] buffer, int index, int count) =>
        Guarded((buffer, index, count), static (writer, v) => writer.Write(v.buffer, v.index, v.count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        try
        {
            Inner.Write(buffer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Failed(ex);
        }
    }

    public override void WriteLine(string? value) => Guarded(value, static (writer, v) => writer.WriteLine(v));

    public override void Flush() => Guarded(0, static (writer, _) => writer.Flush());

    /// <summary>Writes through <paramref name="write"/>, turning a failed write into <see cref="Failed"/>'s outcome.</summary>
    private void Guarded<T>(T value, Action<TextWriter, T> write)
    {
        try
        {
            write(Inner, value);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Failed(ex);
        }
    }

    private void Failed(Exception ex)
    {
        if (!_output)
        {
            return;
        }

        // A closed descriptor (EBADF) comes as an access error; a full disk or quota as an I/O error with its code.
        var why = OutputFiles.FileSystemCause(ex) ?? (ex is UnauthorizedAccessException ? "it is closed" : "it cannot be written");
        throw new CliFailure(ExitCodes.Usage, $"Cannot write to standard output: {why}.", ex);
    }
}
