namespace Intimacy.Rules.Benchmarks;

public sealed class Right(int id, int leftId)
{
    public int Id { get; } = id;

    public int LeftId { get; } = leftId;
}
