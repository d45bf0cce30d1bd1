using System.ComponentModel.DataAnnotations;

namespace Intimacy.Core.Profiles;

/// <summary>
/// A partner's satisfaction with each dimension of intimacy, each from 1 (very dissatisfied) to
/// 5 (very satisfied), or <see langword="null"/> when unknown.
/// </summary>
public sealed record DimensionSatisfaction
{
    /// <summary>Satisfaction with emotional closeness.</summary>
    [Range(1, 5)]
    public int? Emotional { get; init; }

    /// <summary>Satisfaction with non-sexual physical affection.</summary>
    [Range(1, 5)]
    public int? PhysicalAffection { get; init; }

    /// <summary>Satisfaction with the sexual relationship.</summary>
    [Range(1, 5)]
    public int? Sexual { get; init; }

    /// <summary>Satisfaction with the exchange of ideas and conversation.</summary>
    [Range(1, 5)]
    public int? Intellectual { get; init; }

    /// <summary>Satisfaction with shared activities and leisure.</summary>
    [Range(1, 5)]
    public int? Recreational { get; init; }

    /// <summary>Satisfaction with the couple's shared social life.</summary>
    [Range(1, 5)]
    public int? Social { get; init; }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(DimensionSatisfaction));
}
