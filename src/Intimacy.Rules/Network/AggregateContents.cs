namespace Intimacy.Rules.Network;

/// <summary>Compares aggregate contents element by element.</summary>
internal static class AggregateContents
{
    public static bool Same<T>(T[] left, T[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool SameValue(object? left, object? right) =>
        ReferenceEquals(left, right) || (left is IAggregateValue aggregate ? aggregate.SameContents(right) : Equals(left, right));
}
