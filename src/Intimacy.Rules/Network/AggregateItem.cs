namespace Intimacy.Rules.Network;

/// <summary>A value flowing through an aggregate pipeline, with a stable key and the facts it came from.</summary>
internal sealed class AggregateItem
{
    public AggregateItem(object key, object? value, List<Fact> sources)
    {
        Key = key;
        Value = value;
        Sources = sources;
    }

    public object Key { get; }

    public object? Value { get; set; }

    public List<Fact> Sources { get; set; }
}
