namespace Intimacy.Rules.Benchmarks;

public sealed class Reading(int id, int value)
{
    public int Id { get; } = id;

    public int Value { get; } = value;
}

public sealed class Left(int id)
{
    public int Id { get; } = id;
}

public sealed class Right(int id, int leftId)
{
    public int Id { get; } = id;

    public int LeftId { get; } = leftId;
}

public sealed class Derived(int id)
{
    public int Id { get; } = id;
}

public sealed class Counter
{
    public int Count;

    public void Increment() => Count++;
}
