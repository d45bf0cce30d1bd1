namespace Intimacy.Rules.Network;

/// <summary>Answers whether lists of source facts contain one fact, searching each list once.</summary>
/// <remarks>
/// The results of a recompute often share one list (every value flattened from one group or collection rests on all
/// its facts), so searching it once per result costs O(k·n) per recompute, O(n³) over n inserts. The last list and
/// its answer are kept. A mutable struct: keep it in a local.
/// </remarks>
internal struct SourceLookup
{
    private readonly Fact? _fact;
    private List<Fact>? _last;
    private bool _lastContains;

    /// <summary>Looks for <paramref name="fact"/>; with null, no list contains it.</summary>
    public SourceLookup(Fact? fact)
    {
        _fact = fact;
    }

    /// <summary>Whether <paramref name="sources"/> contains the fact.</summary>
    public bool In(List<Fact> sources)
    {
        if (_fact is null)
        {
            return false;
        }

        if (!ReferenceEquals(sources, _last))
        {
            _last = sources;
            _lastContains = sources.Contains(_fact);
        }

        return _lastContains;
    }
}
