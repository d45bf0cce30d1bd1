using System.Globalization;

namespace Intimacy.Simulation.Running;

/// <summary>
/// One slice of a population for a sharded run: shard <see cref="Index"/> of <see cref="Count"/>.
/// Slices are contiguous: shard <c>i</c> of <c>n</c> over <c>N</c> profiles covers indices
/// <c>floor(N·i/n)</c> up to, not including, <c>floor(N·(i+1)/n)</c>, so the shards cover every index once.
/// </summary>
/// <param name="Index">The shard's number, from 0 to <see cref="Count"/> − 1.</param>
/// <param name="Count">How many shards the population is split into; 1 means the whole run.</param>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>The whole population as one shard (<c>0/1</c>).</summary>
    public static Shard Whole { get; } = new(0, 1);

    /// <summary>Whether this shard is the whole population.</summary>
    public bool IsWhole => Count == 1;

    /// <summary>Reads a shard written as <c>i/n</c>, e.g. <c>3/10</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The shard.</returns>
    /// <exception cref="FormatException">The text is not <c>i/n</c> with 0 ≤ i &lt; n.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Shard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index < count)
        {
            return new Shard(index, count);
        }

        throw new FormatException("A shard is written i/n with 0 <= i < n, for example 0/4.");
    }

    /// <summary>The first profile index of this shard.</summary>
    /// <param name="total">How many profiles the whole run has.</param>
    /// <returns>The first index (inclusive).</returns>
    public long Start(long total) => Boundary(total, Index);

    /// <summary>The index after the last profile of this shard.</summary>
    /// <param name="total">How many profiles the whole run has.</param>
    /// <returns>The end index (exclusive).</returns>
    public long End(long total) => Boundary(total, Index + 1);

    /// <summary>Writes the shard as <c>i/n</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private long Boundary(long total, int position) =>
        (long)((System.Numerics.BigInteger)total * position / Count);
}
