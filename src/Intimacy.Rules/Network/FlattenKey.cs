namespace Intimacy.Rules.Network;

/// <summary>Key of the n-th value a <c>SelectMany</c> produced from one item.</summary>
/// <param name="Parent">Key of the item.</param>
/// <param name="Index">Position within the item's values.</param>
internal sealed record FlattenKey(object Parent, int Index);
