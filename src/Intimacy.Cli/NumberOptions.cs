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

    /// <summary>
    /// Makes a whole-number count option (<c>--count</c>, <c>--steps</c>) read its value as a scenario reads its
    /// <c>count</c>: digits, or a whole number with a decimal point or an exponent such as <c>1e6</c> or <c>2.5e3</c>.
    /// </summary>
    /// <param name="option">The option.</param>
    /// <returns>The same option.</returns>
    public static Option<long?> Whole(this Option<long?> option)
    {
        option.CustomParser = result => ReadWhole(result, option.Name, long.MinValue, long.MaxValue);
        return option;
    }

    /// <inheritdoc cref="Whole(Option{long?})"/>
    public static Option<int?> Whole(this Option<int?> option)
    {
        option.CustomParser = result => (int?)ReadWhole(result, option.Name, int.MinValue, int.MaxValue);
        return option;
    }

    /// <summary>
    /// What an option made <see cref="Whole(Option{long?})"/> takes, when <paramref name="token"/> is not such a
    /// value from <paramref name="min"/> to <paramref name="max"/>: a whole number, or the range when it is one
    /// outside it; otherwise null.
    /// </summary>
    public static string? WholeTakes(string token, long min, long max)
    {
        // Exact in decimal, so 1.000000000000000001e17 is not taken for the whole number 1e17; and a fraction too small
        // for a decimal (1e-30, which it rounds to 0) is still a fraction.
        if (decimal.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value)
            && TryParse(token, out var near) && near == Math.Floor(near))
        {
            return value >= min && value <= max ? null : Beyond(value > max, min, max);
        }

        // Too large for a decimal (1e30), but whole: say the bound it passes; NaN, Infinity and fractions are not whole numbers.
        return TryParse(token, out var number) && double.IsFinite(number) && Math.Abs(number) >= 1e28
            ? Beyond(number > 0, min, max)
            : "a whole number";
    }

    /// <summary>
    /// The bound a whole number passes: only that one, since the other is far off and may not make sense for the
    /// option (a count cannot be negative; its own lower limit is checked, and said, where the count is used).
    /// </summary>
    private static string Beyond(bool tooLarge, long min, long max) => tooLarge
        ? string.Create(CultureInfo.InvariantCulture, $"a whole number no larger than {max}")
        : string.Create(CultureInfo.InvariantCulture, $"a whole number no smaller than {min}");

    /// <summary>Whether <paramref name="text"/> is such a number.</summary>
    public static bool TryParse(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);


    private static long? ReadWhole(ArgumentResult result, string name, long min, long max)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (WholeTakes(token, min, max) is { } takes)
        {
            result.AddError($"The option {name} got '{token}': it must be {takes}.");
            return null;
        }

        return (long)decimal.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

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
