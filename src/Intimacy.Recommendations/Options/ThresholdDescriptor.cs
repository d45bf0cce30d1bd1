namespace Intimacy.Recommendations.Options;

/// <summary>Describes one adjustable threshold of the rule set, for docs, sweeps and the CLI.</summary>
/// <param name="Name">The option's property name, e.g. <c>SexlessFrequencyPerYear</c>.</param>
/// <param name="Description">What the threshold decides, in plain words.</param>
/// <param name="DefaultValue">The default value.</param>
/// <param name="Basis">Whether the default is published or a project choice.</param>
/// <param name="SourceId">The catalog source behind a literature default, if any.</param>
/// <param name="Minimum">The smallest value accepted.</param>
/// <param name="Maximum">The largest value accepted.</param>
public sealed record ThresholdDescriptor(
    string Name, string Description, double DefaultValue, ThresholdBasis Basis, string? SourceId, double Minimum, double Maximum)
{
    /// <summary>Whether a value is within the accepted range, <see cref="Minimum"/> to <see cref="Maximum"/>; NaN never is.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the threshold may be set to it.</returns>
    public bool Accepts(double value) => value >= Minimum && value <= Maximum; // false for NaN, which compares false with everything
}
