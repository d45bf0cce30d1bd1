namespace Intimacy.Rules.Benchmarks;

public sealed class Derived(int id)
{
    public int Id { get; } = id;
}
