namespace Intimacy.Rules.Compilation;

/// <summary>
/// Where a lambda parameter's value comes from at run time: the node's own value, or the value a
/// given number of parents up the token.
/// </summary>
/// <param name="IsOwn">Reads the value under evaluation (right fact, aggregate item or bound value).</param>
/// <param name="Up">How many parents to walk from the token before reading its value.</param>
internal readonly record struct ParameterBinding(bool IsOwn, int Up);
