using System.ComponentModel.DataAnnotations;

namespace Intimacy.Core.Profiles;

/// <summary>One partner's load of work, care and stress.</summary>
/// <remarks>Shared by default; every answer may be <see langword="null"/>, meaning unknown.</remarks>
public sealed record LifeCircumstances : IProfileSection
{
    /// <inheritdoc />
    public Visibility Visibility { get; init; } = Visibility.Shared;

    /// <summary>Paid working hours per week, including commuting (0 to 120).</summary>
    [Range(0, 120)]
    public int? WorkHoursPerWeek { get; init; }

    /// <summary>Whether the partner cares for children.</summary>
    public bool? CaresForChildren { get; init; }

    /// <summary>Whether the partner has a child under one year old.</summary>
    public bool? NewParent { get; init; }

    /// <summary>Whether the partner cares for an ill, disabled or elderly relative.</summary>
    public bool? CaresForRelative { get; init; }

    /// <summary>Whether social or family obligations leave little time for the couple.</summary>
    public bool? HeavySocialCommitments { get; init; }

    /// <summary>The partner's stress level, from 1 (very low) to 5 (very high).</summary>
    [Range(1, 5)]
    public int? StressLevel { get; init; }

    /// <summary>Whether the partner is worn out most days.</summary>
    public bool? Exhausted { get; init; }

    /// <summary>Whether the relationship feels stuck in routine or boredom.</summary>
    public bool? StuckInRoutine { get; init; }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(LifeCircumstances));
}
