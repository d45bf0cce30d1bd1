namespace Intimacy.Simulation.Scenarios;

/// <summary>How one profile field is generated.</summary>
/// <param name="Path">
/// The field's JSON path relative to a partner (<c>view.sexPerYear</c>, <c>ageYears</c>,
/// <c>safety.experiencesViolence</c>) or to the couple (<c>relationship.lengthYears</c>).
/// </param>
/// <param name="Distribution">The distribution a value is drawn from before adjustments, clamping and rounding.</param>
public sealed record FieldSpec(string Path, FieldDistribution Distribution)
{
    /// <summary>The share of unknown answers for this field, overriding <see cref="Scenario.UnknownShare"/>.</summary>
    public double? UnknownShare { get; init; }

    /// <summary>
    /// How strongly partner B's answer follows partner A's (0 to 1), overriding
    /// <see cref="Scenario.PartnerCorrelation"/>.
    /// </summary>
    /// <remarks>
    /// With this probability partner B reuses partner A's underlying uniform draw; otherwise B draws
    /// afresh. Both partners then apply their own adjustments. When the two partners' adjusted
    /// distributions are the same, the correlation between their answers is exactly this value, for
    /// any distribution. Couple-level fields under <c>relationship.</c> are drawn once and ignore it.
    /// </remarks>
    public double? Correlation { get; init; }
}
