namespace Intimacy.Rules.Benchmarks;

public sealed class Reading(int id, int value)
{
    public int Id { get; } = id;

    public int Value { get; } = value;
}
