namespace Intimacy.Rules.Network;

/// <summary>
/// The facts a <c>SelectMany</c> result rests on, once a second item gives its value: each fact once, in order of
/// first appearance.
/// </summary>
/// <remarks>
/// Searching the list for each added fact costs O(m²) for a value that m items give (a tag every fact has), so
/// O(n³) over n inserts. Past a few facts, a hash set of them answers instead.
/// </remarks>
internal sealed class MergedSources
{
    /// <summary>Below this many facts, the list is searched, which allocates nothing.</summary>
    private const int SetThreshold = 8;

    private readonly List<Fact> _facts;
    private HashSet<Fact>? _set;

    /// <summary>Gives <paramref name="result"/> a list of its own, since until now it shared the list of the item that gave it.</summary>
    public MergedSources(AggregateItem result)
    {
        _facts = [.. result.Sources];
        result.Sources = _facts;
    }

    /// <summary>Adds the facts not yet there, in order.</summary>
    public void Add(List<Fact> sources)
    {
        foreach (var source in sources)
        {
            if (_set is null && _facts.Count >= SetThreshold)
            {
                _set = [.. _facts];
            }

            if (_set is null ? !_facts.Contains(source) : _set.Add(source))
            {
                _facts.Add(source);
            }
        }
    }
}
