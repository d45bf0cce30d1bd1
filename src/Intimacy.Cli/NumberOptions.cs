using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Intimacy.Cli;

/// <summary>
/// Reads the numbers of number options as a script writes them whatever the machine's language: with a
/// decimal point and no thousands separator. System.CommandLine's own reading allows thousands
/// separators, so <c>--from 0,5</c> (a decimal comma) would silently be 5 and <c>1,000</c> a thousand.
/// </summary>
internal static class NumberOptions
{
    /// <summary>What a number option takes, as an error says it.</summary>
    public const string Takes = "a number written with a decimal point and no thousands separator, such as 0.5 or 1000";

    /// <summary>Makes <paramref name="option"/> read its value as <see cref="Takes"/> says.</summary>
    /// <param name="option">The option.</param>
    /// <returns>The same option.</returns>
    public static Option<double> Strict(this Option<double> option)
    {
        option.CustomParser = result => Read(result, option.Name) ?? 0;
        return option;
    }

    /// <summary>Makes <paramref name="option"/> read its value as <see cref="Takes"/> says.</summary>
    /// <param name="option">The option.</param>
    /// <returns>The same option.</returns>
    public static Option<double?> Strict(this Option<double?> option)
    {
        option.CustomParser = result => Read(result, option.Name);
        return option;
    }

    /// <summary>Whether <paramref name="text"/> is such a number.</summary>
    public static bool TryParse(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static double? Read(ArgumentResult result, string name)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (TryParse(token, out var value))
        {
            return value;
        }

        result.AddError($"The option {name} got '{token}': it must be {Takes}.");
        return null;
    }
}
