namespace Intimacy.Rules.Network;

/// <summary>Key of one value a <c>SelectMany</c> produced: the value itself, so that each distinct value is one result.</summary>
/// <param name="Value">The value.</param>
internal sealed record FlattenKey(object? Value);
