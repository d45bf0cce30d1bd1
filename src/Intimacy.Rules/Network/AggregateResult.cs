namespace Intimacy.Rules.Network;

/// <summary>A result of an aggregate, identified within its match by the aggregate's result key.</summary>
internal sealed class AggregateResult : Fact
{
    public AggregateResult(object? value, long sequence, object key)
        : base(value, sequence)
    {
        Key = key;
    }

    public object Key { get; }
}
