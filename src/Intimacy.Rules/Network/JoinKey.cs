namespace Intimacy.Rules.Network;

/// <summary>
/// The two sides of an equality condition that hash-indexes a node: one reads the left token, the
/// other the right fact; tokens and facts with equal keys meet in one bucket.
/// </summary>
internal sealed class JoinKey
{
    public JoinKey(ValueExpression left, ValueExpression right, IEqualityComparer<object> comparer, ConditionExpression condition)
    {
        Left = left;
        Right = right;
        Comparer = comparer;
        Condition = condition;
    }

    public ValueExpression Left { get; }

    public ValueExpression Right { get; }

    public IEqualityComparer<object> Comparer { get; }

    /// <summary>The original equality, for error messages.</summary>
    public ConditionExpression Condition { get; }
}
