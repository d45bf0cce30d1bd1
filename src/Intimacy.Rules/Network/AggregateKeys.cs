namespace Intimacy.Rules.Network;

/// <summary>Key of the single result of a <c>Collect</c>.</summary>
internal sealed class CollectKey
{
    public static readonly CollectKey Instance = new();

    private CollectKey()
    {
    }
}

/// <summary>Key of one group of a <c>GroupBy</c>.</summary>
/// <param name="Value">The group's key value.</param>
internal sealed record GroupKey(object? Value);

/// <summary>Key of the n-th value a <c>SelectMany</c> produced from one item.</summary>
/// <param name="Parent">Key of the item.</param>
/// <param name="Index">Position within the item's values.</param>
internal sealed record FlattenKey(object Parent, int Index);
