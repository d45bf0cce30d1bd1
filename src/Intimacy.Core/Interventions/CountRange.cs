using System.Globalization;

namespace Intimacy.Core.Interventions;

/// <summary>A whole-number range such as "2–3" or "6 or more", used in a <see cref="Dose"/>.</summary>
public readonly record struct CountRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="minimum">The smallest value, zero or more.</param>
    /// <param name="maximum">The largest value, at least <paramref name="minimum"/>; null for no upper limit.</param>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are negative or reversed.</exception>
    public CountRange(int minimum, int? maximum)
    {
        Minimum = Guard.NotNegative(minimum);
        if (maximum < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), "The maximum must not be below the minimum.");
        }

        Maximum = maximum;
    }

    /// <summary>The smallest value.</summary>
    public int Minimum { get; }

    /// <summary>The largest value, or null when there is no upper limit.</summary>
    public int? Maximum { get; }

    /// <summary>A range holding exactly one value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The range <paramref name="value"/>–<paramref name="value"/>.</returns>
    public static CountRange Exactly(int value) => new(value, value);

    /// <summary>A range between two values, both included.</summary>
    /// <param name="minimum">The smallest value.</param>
    /// <param name="maximum">The largest value.</param>
    /// <returns>The range.</returns>
    public static CountRange Between(int minimum, int maximum) => new(minimum, maximum);

    /// <summary>A range with no upper limit.</summary>
    /// <param name="minimum">The smallest value.</param>
    /// <returns>The range <paramref name="minimum"/> or more.</returns>
    public static CountRange AtLeast(int minimum) => new(minimum, null);

    /// <summary>Tells whether <paramref name="value"/> lies in the range.</summary>
    /// <param name="value">The value to test.</param>
    /// <returns>True when the value is within the bounds.</returns>
    public bool Contains(int value) => value >= Minimum && (Maximum is null || value <= Maximum);

    /// <summary>The range as text: "10", "2–3" or "6+".</summary>
    /// <returns>The formatted range.</returns>
    public override string ToString() => Maximum switch
    {
        null => Minimum.ToString(CultureInfo.InvariantCulture) + "+",
        { } max when max == Minimum => Minimum.ToString(CultureInfo.InvariantCulture),
        { } max => string.Create(CultureInfo.InvariantCulture, $"{Minimum}–{max}"),
    };
}
