namespace Intimacy.Rules.Network;

/// <summary>
/// An alpha condition of the form <c>fact.Member == constant</c>: alpha nodes sharing the same member
/// are dispatched through one dictionary lookup instead of being tested one by one.
/// </summary>
internal sealed class AlphaHash
{
    public AlphaHash(string signature, ValueExpression key, object value, IEqualityComparer<object> comparer)
    {
        Signature = signature;
        Key = key;
        Value = value;
        Comparer = comparer;
    }

    /// <summary>Identifies the member read, so nodes reading the same member share a group.</summary>
    public string Signature { get; }

    public ValueExpression Key { get; }

    /// <summary>The constant, with <see cref="NullKey"/> standing for null.</summary>
    public object Value { get; }

    public IEqualityComparer<object> Comparer { get; }
}
