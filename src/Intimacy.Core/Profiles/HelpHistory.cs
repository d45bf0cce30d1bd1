using System.ComponentModel.DataAnnotations;

namespace Intimacy.Core.Profiles;

/// <summary>What a partner has already tried: self-help and professional help.</summary>
/// <remarks>Shared by default; every answer may be <see langword="null"/>, meaning unknown.</remarks>
public sealed record HelpHistory : IProfileSection
{
    /// <inheritdoc />
    public Visibility Visibility { get; init; } = Visibility.Shared;

    /// <summary>Whether the couple has tried self-help (exercises, books, courses).</summary>
    public bool? SelfHelpTried { get; init; }

    /// <summary>For how many weeks (0 to 520).</summary>
    [Range(0, 520)]
    public int? SelfHelpWeeks { get; init; }

    /// <summary>What came of it.</summary>
    public SelfHelpOutcome? SelfHelpOutcome { get; init; }

    /// <summary>Whether the couple has been in couples therapy.</summary>
    public bool? CouplesTherapySoFar { get; init; }

    /// <summary>Whether the partner has been in individual therapy.</summary>
    public bool? IndividualTherapySoFar { get; init; }

    /// <summary>Whether the couple has seen a sex therapist.</summary>
    public bool? SexTherapySoFar { get; init; }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(HelpHistory));
}
