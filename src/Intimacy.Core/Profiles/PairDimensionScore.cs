using System.ComponentModel.DataAnnotations;

namespace Intimacy.Core.Profiles;

/// <summary>A PAIR scale score: how intimacy in one dimension is now, and how the partner wants it.</summary>
/// <remarks>Both scores run from 0 to 96, the PAIR scale's converted range (Schaefer and Olson 1981).</remarks>
public sealed record PairDimensionScore
{
    /// <summary>How it is now (0 to 96).</summary>
    [Range(0, 96)]
    public required int Realized { get; init; }

    /// <summary>How the partner would like it to be (0 to 96).</summary>
    [Range(0, 96)]
    public required int Ideal { get; init; }

    /// <summary>How far the present falls short of the wish; negative when it exceeds it.</summary>
    public int Gap => Ideal - Realized;

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(PairDimensionScore));
}
