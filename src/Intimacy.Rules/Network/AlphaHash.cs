namespace Intimacy.Rules.Network;

/// <summary>
/// An alpha condition of the form <c>fact.Member == constant</c>, or <c>set.Contains(fact.Member)</c>
/// with an immutable constant set: alpha nodes sharing the same member are dispatched through one
/// dictionary lookup instead of being tested one by one.
/// </summary>
internal sealed class AlphaHash
{
    public AlphaHash(string signature, ValueExpression key, IReadOnlyList<object> values, IEqualityComparer<object> comparer)
    {
        Signature = signature;
        Key = key;
        Values = values;
        Comparer = comparer;
    }

    /// <summary>Identifies the member read, so nodes reading the same member share a group.</summary>
    public string Signature { get; }

    public ValueExpression Key { get; }

    /// <summary>The constant (or each member of the set), with <see cref="NullKey"/> standing for null.</summary>
    public IReadOnlyList<object> Values { get; }

    public IEqualityComparer<object> Comparer { get; }

    /// <summary>
    /// The pattern's first condition is this test and nothing else (a set membership test), so a fact reached through
    /// the dispatch under a (non-null) member of the set passes it: the set holds that member by the very equality the
    /// dispatch used, and cannot change. Such a fact is tested from the second condition on.
    /// </summary>
    public bool DecidesFirstCondition { get; init; }
}
