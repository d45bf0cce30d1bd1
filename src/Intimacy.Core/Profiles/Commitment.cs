namespace Intimacy.Core.Profiles;

/// <summary>Where a partner stands on the relationship's future. Private by default.</summary>
public sealed record Commitment : IProfileSection
{
    /// <inheritdoc />
    public Visibility Visibility { get; init; } = Visibility.Private;

    /// <summary>Whether the partner is leaning out: thinking of ending the relationship.</summary>
    public bool? LeaningOut { get; init; }

    /// <summary>Whether the partner is willing to work on the relationship together.</summary>
    public bool? WillingToWorkTogether { get; init; }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(Commitment));
}
