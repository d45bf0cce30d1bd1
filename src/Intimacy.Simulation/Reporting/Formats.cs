using System.Globalization;
using System.Net;
using System.Text;
using Intimacy.Shared;

namespace Intimacy.Simulation.Reporting;

/// <summary>Fixed, culture-independent number formatting shared by every output, so outputs compare byte for byte.</summary>
internal static class Formats
{
    /// <summary>A share or interval bound, six decimals.</summary>
    public static string Share(double value) => double.IsNaN(value) ? string.Empty : value.ToString("F6", CultureInfo.InvariantCulture);

    /// <summary>
    /// A p-value to six significant digits (<c>0.0703125</c>, <c>1.83671E-40</c>): a fixed number of
    /// decimals would show a tiny p-value as zero. Empty for NaN.
    /// </summary>
    public static string PValue(double value) => double.IsNaN(value) ? string.Empty : value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>A whole number.</summary>
    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A percentage with one decimal, for people to read.</summary>
    public static string Percent(double value) => double.IsNaN(value) ? "n/a" : (value * 100).ToString("F1", CultureInfo.InvariantCulture) + "%";

    /// <summary>Quotes a CSV field when it needs it.</summary>
    public static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Text that may hold anything (a scenario name, a breakdown field, a sweep parameter) as the value of one
    /// <c>#</c> comment line of a CSV file, or of a one-sentence message: a backslash is doubled, and every
    /// control character and line or paragraph separator is written as an escape (<c>\n</c>, <c>\r</c>,
    /// <c>\t</c>, or <c>\u</c> and four hex digits). Different texts give different lines, so a reader that
    /// compares a line with the one expected (as <c>merge</c> does) never takes one value for another.
    /// Ordinary text, such as a profile answer's path, is returned as it is.
    /// </summary>
    public static string OneLine(string value)
    {
        if (!value.Any(c => c == '\\' || BreaksLine(c)))
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => text.Append(@"\\"),
                '\n' => text.Append(@"\n"),
                '\r' => text.Append(@"\r"),
                '\t' => text.Append(@"\t"),
                _ when BreaksLine(c) => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }

    /// <summary>
    /// Text that may hold anything as HTML or SVG (XML) text or a quoted attribute value: HTML-escaped, and every
    /// character XML 1.0 does not allow or an HTML parser flags and drops or changes (a control character other than
    /// tab, line feed and carriage return, DEL, the C1 controls, U+FDD0 to U+FDEF, U+FFFE, U+FFFF, an unpaired
    /// surrogate) written as <c>\u</c> and four hex digits, as <see cref="OneLine"/> writes control characters, so a
    /// standalone SVG stays well-formed and the page shows what the text held. So is every bidirectional formatting
    /// character (an embedding, override or isolate, U+202A to U+202E and U+2066 to U+2069, or a mark, U+200E, U+200F
    /// and U+061C): unseen, it reorders the text after it, so that a scenario name or a label would read as another.
    /// Ordinary text, right-to-left letters included, is only HTML-escaped.
    /// </summary>
    public static string Markup(string value)
    {
        if (!value.Any(NotMarkup))
        {
            return WebUtility.HtmlEncode(value);
        }

        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (NotMarkup(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                text.Append(c);
            }
        }

        return WebUtility.HtmlEncode(text.ToString());
    }

    /// <summary>
    /// A character <see cref="Markup"/> writes as an escape: one XML 1.0 does not allow or an HTML parser flags, or a
    /// bidirectional formatting character. A surrogate counts here even in a valid pair, which <see cref="Markup"/> keeps whole.
    /// </summary>
    /// <remarks>
    /// Escaping, rather than wrapping each text in an isolate (<c>bdi</c>, U+2068 ... U+2069), because an isolate only
    /// keeps an override from reaching the text after it: the text itself would still read reordered. The marks are
    /// included although they embed nothing, since one before "10 20" shows "20 10".
    /// </remarks>
    private static bool NotMarkup(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF'
        || TextDirection.IsEmbeddingOrIsolate(c) || TextDirection.IsMark(c);

    private static bool BreaksLine(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
