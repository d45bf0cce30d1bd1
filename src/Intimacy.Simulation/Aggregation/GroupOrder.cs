namespace Intimacy.Simulation.Aggregation;

/// <summary>
/// The order of group labels (breakdown values, indicators, priority bands) in every output: whole numbers
/// (an optional <c>-</c> then digits, as a breakdown by a count or by years writes them) by their value, so
/// <c>2</c> comes before <c>10</c>; then every other label (<c>unknown</c>, <c>true</c>, an option name) in
/// ordinal order.
/// </summary>
/// <remarks>
/// A total order that depends only on the text, so outputs stay byte-identical whatever the threads, chunks
/// or shards. Numbers are compared digit by digit, not parsed, so any length works and nothing is allocated;
/// two spellings of one number (<c>7</c> and <c>007</c>, only in a summary edited by hand) fall back to
/// ordinal order.
/// </remarks>
internal sealed class GroupOrder : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static GroupOrder Instance { get; } = new();

    private GroupOrder()
    {
    }

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var xWhole = IsWhole(x);
        var yWhole = IsWhole(y);
        if (xWhole != yWhole)
        {
            return xWhole ? -1 : 1;
        }

        if (xWhole)
        {
            var c = CompareWhole(x, y);
            if (c != 0)
            {
                return c;
            }
        }

        return string.CompareOrdinal(x, y);
    }

    private static bool IsWhole(string text)
    {
        var start = text.Length > 0 && text[0] == '-' ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int CompareWhole(string x, string y)
    {
        var xDigits = Digits(x);
        var yDigits = Digits(y);
        var xNegative = x[0] == '-' && !IsZero(xDigits);
        var yNegative = y[0] == '-' && !IsZero(yDigits);
        if (xNegative != yNegative)
        {
            return xNegative ? -1 : 1;
        }

        var magnitude = xDigits.Length != yDigits.Length ? xDigits.Length.CompareTo(yDigits.Length) : xDigits.SequenceCompareTo(yDigits);
        return xNegative ? -magnitude : magnitude;
    }

    /// <summary>The digits without the sign and leading zeros (empty for zero).</summary>
    private static ReadOnlySpan<char> Digits(string text) => text.AsSpan(text[0] == '-' ? 1 : 0).TrimStart('0');

    private static bool IsZero(ReadOnlySpan<char> digits) => digits.IsEmpty;
}
