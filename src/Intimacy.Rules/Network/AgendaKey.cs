namespace Intimacy.Rules.Network;

/// <summary>Place of an activation on the agenda: higher priority first, then earlier arrival.</summary>
/// <param name="Priority">Rule priority.</param>
/// <param name="Sequence">Arrival sequence.</param>
internal readonly record struct AgendaKey(int Priority, long Sequence) : IComparable<AgendaKey>
{
    public int CompareTo(AgendaKey other)
    {
        var result = other.Priority.CompareTo(Priority);
        return result != 0 ? result : Sequence.CompareTo(other.Sequence);
    }
}
