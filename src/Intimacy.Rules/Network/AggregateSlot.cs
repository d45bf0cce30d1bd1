namespace Intimacy.Rules.Network;

/// <summary>One current result of an aggregate for one left token, with the child token carrying it.</summary>
internal sealed class AggregateSlot
{
    public AggregateSlot(object key, Fact fact)
    {
        Key = key;
        Fact = fact;
    }

    public object Key { get; }

    public Fact Fact { get; }

    public Token? Child { get; set; }
}
