using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

// Compiled into Intimacy.Core (the glossary) and Intimacy.Recommendations (plan renderings, CDS cards, rule catalog),
// linked rather than referenced, so that every Markdown the libraries write escapes app text the same way.
namespace Intimacy.Shared;

/// <summary>
/// Makes text from apps, hosts and rules safe to place in the GitHub-flavoured Markdown of plan renderings,
/// CDS Hooks card details, the rule catalog and the glossary. Intervention names and descriptions, reasons, contacts and source labels
/// may come from an app; a Markdown viewer must show them as text, never as HTML, script links or
/// headings and lists of their own.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>What one-line text folds into spaces: line breaks as .NET's ReplaceLineEndings knows them, tabs and vertical tabs.</summary>
    /// <summary>How "&lt;" is written where it could open raw HTML or an autolink.</summary>
    private const string LessThan = "&lt;";

    private static readonly char[] LineBreaks = ['\r', '\n', '\t', '\f', '\v', '\u0085', '\u2028', '\u2029'];

    /// <summary>
    /// Plain text as one line of inline Markdown: Markdown and HTML characters escaped, line breaks folded into
    /// spaces, and characters a reader cannot see written as escapes (see <see cref="AppendShown"/>).
    /// </summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var oneLine = string.Join(' ', text.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var escaped = new StringBuilder(oneLine.Length + 8);
        for (var i = 0; i < oneLine.Length; i++)
        {
            var c = oneLine[i];
            if (c == '<')
            {
                // An entity, not "\<": a viewer that links bare addresses takes a backslash into the link before it.
                escaped.Append(LessThan);
                continue;
            }

            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '~' || (c == '&' && EntityAtStart().IsMatch(oneLine.AsSpan(i))))
            {
                escaped.Append('\\');
            }

            i = AppendShown(escaped, oneLine, i);
        }

        // A run of "#" at the end would be read as a heading's closing sequence and dropped from the heading.
        var run = escaped.Length;
        while (run > 0 && escaped[run - 1] == '#')
        {
            run--;
        }

        if (run < escaped.Length && run > 0 && escaped[run - 1] == ' ')
        {
            escaped.Insert(run, '\\');
        }

        // What would start a block of its own (a heading, quote, list or rule) when the text begins a line.
        if (escaped.Length > 0 && (escaped[0] is '#' or '>' or '-' or '+' or '=' || BlockStart().IsMatch(oneLine)))
        {
            var at = escaped[0] is >= '0' and <= '9' ? oneLine.IndexOfAny(['.', ')']) : 0;
            escaped.Insert(at, '\\');
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Plain text (not Markdown) on one line, for a card's summary and labels: line breaks folded into spaces and characters a
    /// reader cannot see written as escapes (see <see cref="AppendShown"/>), nothing else changed.
    /// </summary>
    public static string PlainLine(string? text) =>
        Shown(string.Join(' ', (text ?? string.Empty).Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    /// <summary>An identifier (a rule name, gate id or answer path) as a code span that its own backticks cannot end.</summary>
    public static string Code(string? text)
    {
        var oneLine = Shown(string.Join(' ', (text ?? string.Empty).Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries)).Trim());
        var longestRun = 0;
        var run = 0;
        foreach (var c in oneLine)
        {
            run = c == '`' ? run + 1 : 0;
            longestRun = Math.Max(longestRun, run);
        }

        var fence = new string('`', longestRun + 1);
        var pad = oneLine.StartsWith('`') || oneLine.EndsWith('`') ? " " : string.Empty;
        return fence + pad + oneLine + pad + fence;
    }

    /// <summary>A web address as an autolink, or as escaped text when it is not an absolute http(s) address an autolink can hold.</summary>
    public static string Address(string? address) =>
        WebAddress(address) is { } url && !url.OriginalString.Any(c => c is '<' or '>' || char.IsWhiteSpace(c) || Unseen(c))
            ? "<" + url.OriginalString + ">"
            : Inline(address);

    /// <summary>An absolute http or https address, or <see langword="null"/> for anything else (script, data, file or relative addresses).</summary>
    public static Uri? WebAddress(string? address) =>
        Uri.TryCreate(address?.Trim(), UriKind.Absolute, out var url) ? WebAddress(url) : null;

    /// <summary>The address when it is an absolute http or https address, else <see langword="null"/>.</summary>
    public static Uri? WebAddress(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null;

    /// <summary>
    /// Markdown from an app (an intervention's description, dose and caution) kept as Markdown, but with raw
    /// HTML and autolinks escaped, every link whose destination is not an http(s) address turned into plain
    /// text, and every link reference definition shown as text (one can hide in a quote or list item, or
    /// become one when the plan's paragraphs are unindented, and then lend its address to a reference link).
    /// Headings, setext underlines and code fences are shown as text too: the app's text sits inside the
    /// plan's or card's own outline, and a fence left open would turn everything after it into code.
    /// </summary>
    public static string Block(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return string.Empty;
        }

        // Every line break as "\n", as the plan's paragraphs and a viewer (for a lone "\r") read them.
        markdown = OwnBlockStart().Replace(markdown.ReplaceLineEndings("\n"), "${lead}\\");

        // One pass that reads backslash escapes as a viewer does, so an escaped backslash ("\\") does not pass
        // for the escape of the bracket or angle after it.
        var escaped = new StringBuilder(markdown.Length + 16);
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            var next = i + 1 < markdown.Length ? markdown[i + 1] : '\0';
            if (c == '\\' && IsAsciiPunctuation(next))
            {
                // An app's own "\<" as well: a viewer that links bare addresses can take the backslash into the link.
                _ = next == '<' ? escaped.Append(LessThan) : escaped.Append(c).Append(next);
                i++;
                continue;
            }

            if (c == '<' && (char.IsAsciiLetter(next) || next is '/' or '!' or '?'))
            {
                escaped.Append(LessThan);
                continue;
            }

            if ((c == ']' && (next == ':' || (next == '(' && !WebDestination(markdown, i + 2))))
                || (c == '&' && EntityAtStart().IsMatch(markdown.AsSpan(i))))
            {
                escaped.Append('\\');
            }

            if (c is '\n' or '\t')
            {
                escaped.Append(c);
            }
            else
            {
                i = AppendShown(escaped, markdown, i);
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Appends the character at <paramref name="i"/> as it is, or as "\u" and four hex digits when a reader cannot
    /// see it but a terminal or viewer acts on it: a control character (the start of an escape sequence or a
    /// terminal hyperlink, a bell), a bidirectional override or isolate (it reorders the text after it, a rule
    /// name or threshold included), a line or paragraph separator, or half of a surrogate pair on its own.
    /// </summary>
    /// <returns>The index of the last character used: a whole surrogate pair uses two.</returns>
    private static int AppendShown(StringBuilder output, string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            output.Append(c).Append(text[i + 1]);
            return i + 1;
        }

        if (Unseen(c) || char.IsSurrogate(c))
        {
            output.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
        }
        else
        {
            output.Append(c);
        }

        return i;
    }

    private static string Shown(string text)
    {
        if (!text.Any(c => Unseen(c) || char.IsSurrogate(c)))
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            i = AppendShown(shown, text, i);
        }

        return shown.ToString();
    }

    private static bool Unseen(char c) =>
        char.IsControl(c) || TextDirection.IsEmbeddingOrIsolate(c) || c is '\u2028' or '\u2029';

    /// <summary>The characters a backslash escapes in Markdown.</summary>
    private static bool IsAsciiPunctuation(char c) => c is > ' ' and < (char)127 && !char.IsAsciiLetterOrDigit(c);

    /// <summary>Whether a link destination starting at <paramref name="start"/> is an http(s) address.</summary>
    private static bool WebDestination(string text, int start)
    {
        var at = start;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at < text.Length && text[at] == '<')
        {
            at++;
        }

        var rest = text.AsSpan(at);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The plain text a Markdown viewer would show for inline Markdown written by this library: bold markers
    /// and code ticks removed, backslash escapes and the "&amp;lt;" this class writes resolved, autolink brackets dropped.
    /// </summary>
    public static string ToPlain(string markdown)
    {
        var plain = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && markdown[i + 1] < 128 && (char.IsPunctuation(markdown[i + 1]) || char.IsSymbol(markdown[i + 1])))
            {
                plain.Append(markdown[++i]);
            }
            else if (c == '&' && string.CompareOrdinal(markdown, i, LessThan, 0, LessThan.Length) == 0)
            {
                plain.Append('<');
                i += LessThan.Length - 1;
            }
            else if (c == '*' && i + 1 < markdown.Length && markdown[i + 1] == '*')
            {
                i++;
            }
            else if (c == '`')
            {
                // A code span's fence; the padding space Code puts inside it stays, like any other space.
                while (i + 1 < markdown.Length && markdown[i + 1] == '`')
                {
                    i++;
                }
            }
            else if (c == '<' && Autolink().Match(markdown, i) is { Success: true, Index: var at } link && at == i)
            {
                plain.Append(link.Groups[1].Value);
                i += link.Length - 1;
            }
            else
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }

    [GeneratedRegex(@"^&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});", RegexOptions.CultureInvariant)]
    private static partial Regex EntityAtStart();

    [GeneratedRegex(@"^[0-9]{1,9}[.)](?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex BlockStart();

    // After any quote and list markers: an ATX heading, a code fence, or a line of only "=" or "-" (a setext
    // underline, or a rule).
    [GeneratedRegex(@"^(?<lead>(?:[ \t]*(?:>|[-+*](?=[ \t])|[0-9]{1,9}[.)](?=[ \t])))*[ \t]*)(?=#{1,6}(?:[ \t]|$)|`{3}|~{3}|=+[ \t]*$|-+[ \t]*$)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex OwnBlockStart();

    [GeneratedRegex(@"\G<(https?://[^>\s]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex Autolink();
}
