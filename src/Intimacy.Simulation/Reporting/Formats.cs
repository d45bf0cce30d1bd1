using System.Globalization;
using System.Text;

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

    private static bool BreaksLine(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
