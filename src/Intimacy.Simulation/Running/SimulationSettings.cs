namespace Intimacy.Simulation.Running;

/// <summary>What a simulation run covers and how it is spread over threads.</summary>
public sealed record SimulationSettings
{
    /// <summary>How many profiles the whole run has (all shards together); 0 gives an empty result, a negative count is refused.</summary>
    public long Count { get; init; } = 10_000;

    /// <summary>The seed; profile <c>i</c> depends only on the seed, the scenario and <c>i</c>.</summary>
    public long Seed { get; init; }

    /// <summary>The slice of the population this process evaluates.</summary>
    public Shard Shard { get; init; } = Shard.Whole;

    /// <summary>
    /// How many profiles each chunk holds. Each chunk has its own accumulator and chunks are merged
    /// in chunk order, so results do not depend on the thread count.
    /// </summary>
    public int ChunkSize { get; init; } = 1024;

    /// <summary>How many threads evaluate at once; 0 or less means one per processor.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>A profile field to break results down by, e.g. <c>partnerA.life.newParent</c>; none when <see langword="null"/>.</summary>
    public string? BreakdownField { get; init; }

    internal int Workers => MaxDegreeOfParallelism > 0 ? MaxDegreeOfParallelism : Environment.ProcessorCount;

    internal void Check()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(ChunkSize, 1);
        if (Shard.Count < 1 || Shard.Index < 0 || Shard.Index >= Shard.Count)
        {
            throw new ArgumentException("The shard must be i/n with 0 <= i < n.", nameof(Shard));
        }
    }
}
