using System.Globalization;

namespace Intimacy.Simulation.Reporting;

/// <summary>Fixed, culture-independent number formatting shared by every output, so outputs compare byte for byte.</summary>
internal static class Formats
{
    /// <summary>A share or interval bound, six decimals.</summary>
    public static string Share(double value) => double.IsNaN(value) ? string.Empty : value.ToString("F6", CultureInfo.InvariantCulture);

    /// <summary>A whole number.</summary>
    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A percentage with one decimal, for people to read.</summary>
    public static string Percent(double value) => double.IsNaN(value) ? "n/a" : (value * 100).ToString("F1", CultureInfo.InvariantCulture) + "%";

    /// <summary>Quotes a CSV field when it needs it.</summary>
    public static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
