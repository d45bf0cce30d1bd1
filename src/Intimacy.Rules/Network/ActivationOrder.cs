namespace Intimacy.Rules.Network;

/// <summary>
/// Orders the activations one operation creates, before they join the agenda: by rule order, then
/// OR branch, then the matched values compared position by position by creation order. This makes
/// firing order a function of the operations alone, independent of the network's internal
/// iteration order.
/// </summary>
internal sealed class ActivationOrder : IComparer<Activation>
{
    public static readonly ActivationOrder Instance = new();

    /// <summary>Sorts in place; insertion sort for the short lists one operation produces, which allocates nothing.</summary>
    public static void Sort(List<Activation> activations)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(activations);
        if (span.Length > 32)
        {
            span.Sort(Instance.Compare);
            return;
        }

        for (var i = 1; i < span.Length; i++)
        {
            var item = span[i];
            var j = i - 1;
            while (j >= 0 && Instance.Compare(span[j], item) > 0)
            {
                span[j + 1] = span[j];
                j--;
            }

            span[j + 1] = item;
        }
    }

    public int Compare(Activation? x, Activation? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        var result = x!.CompiledRule.Index.CompareTo(y!.CompiledRule.Index);
        if (result != 0)
        {
            return result;
        }

        result = x.Branch.Index.CompareTo(y.Branch.Index);
        return result != 0 ? result : CompareTokens(x.Token, y.Token);
    }

    private static int CompareTokens(Token? x, Token? y)
    {
        if (ReferenceEquals(x, y) || x is null || y is null)
        {
            return 0;
        }

        var result = CompareTokens(x.Parent, y.Parent);
        if (result != 0)
        {
            return result;
        }

        return (x.Fact?.Sequence ?? 0).CompareTo(y.Fact?.Sequence ?? 0);
    }
}
