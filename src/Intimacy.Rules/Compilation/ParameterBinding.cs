namespace Intimacy.Rules.Compilation;

/// <summary>
/// Where a lambda parameter's value comes from at run time: the node's own value, or the value a
/// given number of parents up the token.
/// </summary>
/// <param name="IsOwn">Reads the value under evaluation (right fact, aggregate item or bound value).</param>
/// <param name="Up">
/// How many parents to walk from the token before reading its value; <see cref="Unbound"/> for an alias that only another
/// branch of the rule's Or binds, which an action reads as its type's default (null), as in NRules.
/// </param>
internal readonly record struct ParameterBinding(bool IsOwn, int Up)
{
    /// <summary>The <see cref="Up"/> of an alias the branch does not bind.</summary>
    public const int Unbound = -1;

    /// <summary>An alias only another branch of the rule binds.</summary>
    public bool IsUnbound => Up == Unbound;
}
