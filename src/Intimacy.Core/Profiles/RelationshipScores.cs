using System.ComponentModel.DataAnnotations;

namespace Intimacy.Core.Profiles;

/// <summary>Validated relationship questionnaires one partner completed. Shared by default.</summary>
/// <remarks>All scores are optional; a missing score is unknown, never "no distress".</remarks>
public sealed record RelationshipScores : IProfileSection
{
    /// <inheritdoc />
    public Visibility Visibility { get; init; } = Visibility.Shared;

    /// <summary>Couples Satisfaction Index, 4-item form (0 to 21).</summary>
    [Range(0, 21)]
    public int? Csi4 { get; init; }

    /// <summary>Couples Satisfaction Index, 16-item form (0 to 81).</summary>
    [Range(0, 81)]
    public int? Csi16 { get; init; }

    /// <summary>Couples Satisfaction Index, 32-item form (0 to 161).</summary>
    [Range(0, 161)]
    public int? Csi32 { get; init; }

    /// <summary>Dyadic Adjustment Scale total (0 to 151).</summary>
    [Range(0, 151)]
    public int? Das { get; init; }

    /// <summary>Revised Dyadic Adjustment Scale total (0 to 69).</summary>
    [Range(0, 69)]
    public int? Rdas { get; init; }

    /// <summary>ECR-R attachment anxiety, the mean item score (1 to 7).</summary>
    [Range(1.0, 7.0)]
    public double? EcrrAnxiety { get; init; }

    /// <summary>ECR-R attachment avoidance, the mean item score (1 to 7).</summary>
    [Range(1.0, 7.0)]
    public double? EcrrAvoidance { get; init; }

    /// <summary>PAIR realized and ideal scores per dimension.</summary>
    public PairScores? Pair { get; init; }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(RelationshipScores));
}
