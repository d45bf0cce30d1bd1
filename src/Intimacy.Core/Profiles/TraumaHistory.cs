namespace Intimacy.Core.Profiles;

/// <summary>Whether past trauma or childhood wounds weigh on a partner. Private by default.</summary>
public sealed record TraumaHistory : IProfileSection
{
    /// <inheritdoc />
    public Visibility Visibility { get; init; } = Visibility.Private;

    /// <summary>Whether the partner carries trauma or unresolved childhood wounds.</summary>
    public bool? HasTraumaHistory { get; init; }

    /// <summary>Whether that history affects closeness or sex now.</summary>
    public bool? AffectsIntimacy { get; init; }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(TraumaHistory));
}
