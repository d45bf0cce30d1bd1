namespace Intimacy.Rules.Benchmarks;

public sealed class Left(int id)
{
    public int Id { get; } = id;
}
