namespace Intimacy.Rules.Network;

/// <summary>Key of one group of a <c>GroupBy</c>.</summary>
/// <param name="Value">The group's key value.</param>
internal sealed record GroupKey(object? Value);
