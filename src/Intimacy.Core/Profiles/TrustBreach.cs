namespace Intimacy.Core.Profiles;

/// <summary>
/// A breach of trust or of the couple's own agreement (an affair, or for a consensually
/// non-monogamous couple a step outside what was agreed), as one partner reports it. Private by default.
/// </summary>
public sealed record TrustBreach : IProfileSection
{
    /// <inheritdoc />
    public Visibility Visibility { get; init; } = Visibility.Private;

    /// <summary>Whether such a breach has happened.</summary>
    public bool? BreachOccurred { get; init; }

    /// <summary>Whose actions it was.</summary>
    public BreachBy? By { get; init; }

    /// <summary>Whether the breach is known to both partners.</summary>
    public bool? Disclosed { get; init; }

    /// <summary>Whether the outside relationship or behaviour has ended.</summary>
    public bool? Ended { get; init; }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(TrustBreach));
}
