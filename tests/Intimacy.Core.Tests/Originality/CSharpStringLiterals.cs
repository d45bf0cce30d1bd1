using System.Text;

namespace Intimacy.Core.Tests.Originality;

/// <summary>
/// Reads the string literals out of C# source text, for the copy check of shipped texts. Handles
/// regular, verbatim (<c>@"…"</c>), interpolated (<c>$"…"</c>, <c>$@"…"</c>) and raw
/// (<c>"""…"""</c>) literals; skips comments and character literals. Literals joined by <c>+</c>
/// come back joined; each interpolation hole ends a piece, so the words on its two sides never
/// count as consecutive.
/// </summary>
internal static class CSharpStringLiterals
{
    /// <summary>Every literal piece as (1-based line where it starts, text).</summary>
    public static IReadOnlyList<(int Line, string Text)> Read(string source)
    {
        var reader = new Reader(source);
        reader.Run();
        return reader.Results
            .SelectMany(r => r.Text.ToString().Split('\u0000').Select(piece => (r.Line, piece)))
            .Where(r => r.piece.Trim().Length > 0)
            .ToList();
    }

    private sealed class Reader(string s)
    {
        public List<(int Line, StringBuilder Text, int End)> Results { get; } = [];

        public void Run()
        {
            var i = 0;
            while (i < s.Length)
            {
                i = Step(i);
            }
        }

        // Advances past one token of interest (comment, char literal, string literal) or one character.
        private int Step(int i)
        {
            if (At(i, "//"))
            {
                var end = s.IndexOf('\n', i);
                return end < 0 ? s.Length : end;
            }

            if (At(i, "/*"))
            {
                var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                return end < 0 ? s.Length : end + 2;
            }

            if (s[i] == '\'')
            {
                var j = i + 1;
                while (j < s.Length && s[j] != '\'')
                {
                    j += s[j] == '\\' ? 2 : 1;
                }

                return j + 1;
            }

            if (IsLiteralStart(i, out var dollars, out var verbatim, out var quotes, out var bodyStart))
            {
                return ReadLiteral(i, dollars, verbatim, quotes, bodyStart);
            }

            return i + 1;
        }

        private bool At(int i, string text) => string.CompareOrdinal(s, i, text, 0, text.Length) == 0;

        private bool IsLiteralStart(int i, out int dollars, out bool verbatim, out int quotes, out int bodyStart)
        {
            dollars = 0;
            verbatim = false;
            quotes = 0;
            bodyStart = i;
            if (i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '_'))
            {
                return false;
            }

            var j = i;
            while (j < s.Length && (s[j] == '$' || s[j] == '@'))
            {
                if (s[j] == '$')
                {
                    dollars++;
                }
                else
                {
                    verbatim = true;
                }

                j++;
            }

            while (j + quotes < s.Length && s[j + quotes] == '"')
            {
                quotes++;
            }

            if (quotes == 0)
            {
                return false;
            }

            // "" is an empty regular literal, """ or more opens a raw literal.
            quotes = quotes >= 3 ? quotes : 1;
            bodyStart = j + quotes;
            return true;
        }

        private int ReadLiteral(int start, int dollars, bool verbatim, int quotes, int i)
        {
            var text = new StringBuilder();
            var line = 1 + s.AsSpan(0, start).Count('\n');
            var raw = quotes >= 3;
            while (i < s.Length)
            {
                var c = s[i];
                if (raw && At(i, new string('"', quotes)))
                {
                    i += quotes;
                    break;
                }

                if (!raw && c == '"')
                {
                    if (verbatim && i + 1 < s.Length && s[i + 1] == '"')
                    {
                        text.Append('"');
                        i += 2;
                        continue;
                    }

                    i++;
                    break;
                }

                if (!raw && !verbatim && c == '\\')
                {
                    var e = i + 1 < s.Length ? s[i + 1] : ' ';
                    text.Append(e is '"' or '\'' or '\\' ? e : ' ');
                    i += e == 'u' ? 6 : 2;
                    continue;
                }

                if (dollars > 0 && c == '{')
                {
                    var run = 0;
                    while (i + run < s.Length && s[i + run] == '{')
                    {
                        run++;
                    }

                    var needed = raw ? dollars : 1;
                    if (!raw && run >= 2)
                    {
                        text.Append('{');
                        i += 2;
                        continue;
                    }

                    if (run < needed)
                    {
                        text.Append('{', run);
                        i += run;
                        continue;
                    }

                    text.Append('{', run - needed).Append('\u0000');
                    i = SkipHole(i + run);
                    continue;
                }

                if (dollars > 0 && !raw && c == '}' && i + 1 < s.Length && s[i + 1] == '}')
                {
                    text.Append('}');
                    i += 2;
                    continue;
                }

                text.Append(c);
                i++;
            }

            if (raw)
            {
                text = new StringBuilder(string.Join(' ', text.ToString().Split('\n').Select(l => l.Trim())));
            }

            // Join "a" + "b" into one text.
            if (Results.Count > 0 && Results[^1].End <= start && s.AsSpan(Results[^1].End, start - Results[^1].End).Trim().SequenceEqual("+"))
            {
                var previous = Results[^1];
                Results[^1] = (previous.Line, previous.Text.Append(text), i);
            }
            else
            {
                Results.Add((line, text, i));
            }

            return i;
        }

        // Skips an interpolation hole (after its opening braces) up to and past its closing brace.
        private int SkipHole(int i)
        {
            var depth = 0;
            while (i < s.Length)
            {
                var c = s[i];
                if (c == '}' && depth == 0)
                {
                    while (i < s.Length && s[i] == '}')
                    {
                        i++;
                    }

                    return i;
                }

                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    depth--;
                }

                if (c == '"' || c == '$' || c == '@' || c == '\'')
                {
                    var next = Step(i);
                    if (next > i + 1 || c == '\'')
                    {
                        i = next;
                        continue;
                    }
                }

                i++;
            }

            return i;
        }
    }
}
