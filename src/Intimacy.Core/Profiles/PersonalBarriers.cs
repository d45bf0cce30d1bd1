namespace Intimacy.Core.Profiles;

/// <summary>Psychological barriers a partner recognises in themselves.</summary>
/// <remarks>
/// Shared by default; trauma lives in its own private section, <see cref="TraumaHistory"/>.
/// Every answer may be <see langword="null"/>, meaning unknown.
/// </remarks>
public sealed record PersonalBarriers : IProfileSection
{
    /// <inheritdoc />
    public Visibility Visibility { get; init; } = Visibility.Shared;

    /// <summary>Fear of being turned down or not wanted.</summary>
    public bool? FearOfRejection { get; init; }

    /// <summary>Unease with one's own body.</summary>
    public bool? BodyImageConcerns { get; init; }

    /// <summary>Worry about performing sexually.</summary>
    public bool? PerformanceAnxiety { get; init; }

    /// <summary>Shame or guilt about sexuality.</summary>
    public bool? SexualShameOrGuilt { get; init; }

    /// <summary>Fear of being swallowed up by closeness, or of being left.</summary>
    public bool? FearOfEngulfmentOrAbandonment { get; init; }

    /// <summary>Difficulty calming strong emotions.</summary>
    public bool? DifficultyRegulatingEmotions { get; init; }

    /// <summary>A pull towards perfectionism or control.</summary>
    public bool? PerfectionismOrControl { get; init; }

    /// <summary>Self-worth that leans on the partner's approval.</summary>
    public bool? SelfWorthFromApproval { get; init; }

    /// <summary>Resentment held over from past conflicts.</summary>
    public bool? LingeringResentment { get; init; }

    /// <summary>The partner's self-described attachment pattern.</summary>
    public AttachmentStyle? AttachmentStyle { get; init; }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(PersonalBarriers));
}
