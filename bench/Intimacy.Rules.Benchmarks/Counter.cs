namespace Intimacy.Rules.Benchmarks;

public sealed class Counter
{
    public int Count;

    public void Increment() => Count++;
}
