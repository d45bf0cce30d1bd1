using System.Text;

namespace Intimacy.Cli;

/// <summary>
/// Reads a shard's <c>profiles.csv</c> a line at a time, as <see cref="TextReader.ReadLine"/> does (a line ends at
/// <c>\n</c>, <c>\r\n</c> or <c>\r</c>, which is not part of it), with two differences that matter for a file that
/// came back from a batch job or a copy: no line is read past <see cref="MaxLineChars"/> characters, so a file that
/// never ends a line (a link to <c>/dev/zero</c>, a pipe) cannot fill memory; and a row's line break inside a quoted
/// cell (an app's finding code holding one) does not end the row, which is returned as it was written.
/// </summary>
internal sealed class RowReader(TextReader reader, string path)
{
    /// <summary>
    /// The longest line read (16 Mi characters): far above any row, whose length grows with the findings and
    /// interventions of one plan, and any stamp line; a longer one is refused as unreadable input.
    /// </summary>
    public const int MaxLineChars = 16 * 1024 * 1024;

    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _line = new();
    private int _next;
    private int _end;

    /// <summary>Whether the last line read ended with a line break; one that stops at the end of the file does not.</summary>
    public bool EndedWithLineBreak { get; private set; }

    /// <summary>The next line, or null at the end of the file.</summary>
    /// <param name="csv">Whether the line is a CSV row, in which a quoted cell may hold line breaks; a <c>#</c> stamp line is not.</param>
    public string? ReadLine(bool csv)
    {
        _line.Clear();
        var quoted = false;
        var any = false;
        while (true)
        {
            if (_next == _end && !Fill())
            {
                EndedWithLineBreak = false;
                return any ? _line.ToString() : null;
            }

            any = true;
            var span = _buffer.AsSpan(_next, _end - _next);
            var at = quoted ? span.IndexOf('"') : csv ? span.IndexOfAny('"', '\n', '\r') : span.IndexOfAny('\n', '\r');
            if (at < 0)
            {
                Append(span);
                _next = _end;
                continue;
            }

            if (span[at] == '"')
            {
                // A quote opens or closes a quoted cell; a doubled one inside it closes and opens it again.
                Append(span[..(at + 1)]);
                _next += at + 1;
                quoted = !quoted;
                continue;
            }

            // Most lines lie within the buffer: made into a string at once, not copied into the builder first.
            var line = _line.Length == 0 ? new string(span[..at]) : Append(span[..at]).ToString();
            _next += at + 1;
            if (span[at] == '\r' && (_next < _end || Fill()) && _buffer[_next] == '\n')
            {
                _next++;
            }

            EndedWithLineBreak = true;
            return line;
        }
    }

    private bool Fill()
    {
        _next = 0;
        _end = InputFiles.Guard(path, () => reader.Read(_buffer, 0, _buffer.Length));
        return _end > 0;
    }

    private StringBuilder Append(ReadOnlySpan<char> part)
    {
        if (_line.Length + part.Length > MaxLineChars)
        {
            throw new CliFailure(ExitCodes.Usage, $"Cannot read '{path}': it holds a line longer than the {InputFiles.Size(MaxLineChars)} a line of profiles.csv may be.");
        }

        return _line.Append(part);
    }
}
