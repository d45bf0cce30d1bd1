namespace Intimacy.Simulation.Aggregation;

/// <summary>Names one counter of a <see cref="SimulationAggregate"/>.</summary>
/// <param name="Measure">What is counted; one of <see cref="Measures"/>.</param>
/// <param name="Code">The finding code, intervention id or gate id; empty when not needed.</param>
/// <param name="Group">The indicator, priority band or breakdown value; empty when not needed.</param>
public readonly record struct CounterKey(string Measure, string Code, string Group) : IComparable<CounterKey>
{
    /// <summary>
    /// Orders keys by measure, then code (both ordinally), then group, for stable output. Groups that are whole
    /// numbers (a breakdown by a count or by years) sort by their value, so <c>2</c> comes before <c>10</c>,
    /// ahead of every other group (such as <c>unknown</c>), which sorts ordinally.
    /// </summary>
    /// <param name="other">The other key.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(CounterKey other)
    {
        var c = string.CompareOrdinal(Measure, other.Measure);
        if (c == 0)
        {
            c = string.CompareOrdinal(Code, other.Code);
        }

        return c != 0 ? c : GroupOrder.Instance.Compare(Group, other.Group);
    }

    /// <summary>Orders two keys.</summary>
    /// <param name="left">One key.</param>
    /// <param name="right">The other key.</param>
    /// <returns>Whether the left key sorts first.</returns>
    public static bool operator <(CounterKey left, CounterKey right) => left.CompareTo(right) < 0;

    /// <summary>Orders two keys.</summary>
    /// <param name="left">One key.</param>
    /// <param name="right">The other key.</param>
    /// <returns>Whether the left key sorts last.</returns>
    public static bool operator >(CounterKey left, CounterKey right) => left.CompareTo(right) > 0;

    /// <summary>Orders two keys.</summary>
    /// <param name="left">One key.</param>
    /// <param name="right">The other key.</param>
    /// <returns>Whether the left key does not sort last.</returns>
    public static bool operator <=(CounterKey left, CounterKey right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two keys.</summary>
    /// <param name="left">One key.</param>
    /// <param name="right">The other key.</param>
    /// <returns>Whether the left key does not sort first.</returns>
    public static bool operator >=(CounterKey left, CounterKey right) => left.CompareTo(right) >= 0;
}
