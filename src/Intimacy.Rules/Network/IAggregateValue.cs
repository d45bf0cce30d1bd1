namespace Intimacy.Rules.Network;

/// <summary>A collection-like aggregate result whose contents, not identity, decide whether it changed.</summary>
internal interface IAggregateValue
{
    bool SameContents(object? other);
}
