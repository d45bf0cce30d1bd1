namespace Intimacy.Core.Profiles;

/// <summary>Scores on the five PAIR scales (Personal Assessment of Intimacy in Relationships).</summary>
/// <remarks>The scale items are copyrighted: the library accepts scores and ships no items.</remarks>
public sealed record PairScores
{
    /// <summary>Emotional intimacy.</summary>
    public PairDimensionScore? Emotional { get; init; }

    /// <summary>Social intimacy.</summary>
    public PairDimensionScore? Social { get; init; }

    /// <summary>Sexual intimacy.</summary>
    public PairDimensionScore? Sexual { get; init; }

    /// <summary>Intellectual intimacy.</summary>
    public PairDimensionScore? Intellectual { get; init; }

    /// <summary>Recreational intimacy.</summary>
    public PairDimensionScore? Recreational { get; init; }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(PairScores));
}
