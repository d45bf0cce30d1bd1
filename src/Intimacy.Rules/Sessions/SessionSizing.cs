namespace Intimacy.Rules.Sessions;

/// <summary>
/// Running averages of the sessions a factory created, used to size new sessions' collections up
/// front: a factory usually serves many similar evaluations, and growing collections step by step
/// costs more than the evaluation itself. An average (not a high-water mark) keeps one unusually large
/// session from making every later one allocate for it. Updated without locks; a lost update only
/// costs a resize.
/// </summary>
internal sealed class SessionSizing
{
    /// <summary>The most facts a session is sized for up front; a reset session that held more lets its tables go (see <see cref="Session.Reset"/>).</summary>
    internal const int Largest = 4096;

    // Running averages in sixteenths, so a rare large session does not make every later one allocate for it.
    private int _facts;
    private int _agenda;

    /// <summary>A starting capacity for the fact table: the recent average plus a quarter.</summary>
    public int Facts => Estimate(ref _facts);

    /// <summary>A starting capacity for the agenda: the recent average plus a quarter.</summary>
    public int Agenda => Estimate(ref _agenda);

    public void Observe(int facts, int agenda)
    {
        Update(ref _facts, facts);
        Update(ref _agenda, agenda);
    }

    private static int Estimate(ref int average) => Math.Min(Largest, Volatile.Read(ref average) / 16 * 5 / 4);

    private static void Update(ref int average, int observed)
    {
        // A racy read-modify-write is fine: the figure is only a hint for starting capacities.
        var current = Volatile.Read(ref average);
        var sample = Math.Min(observed, Largest) * 16;
        Volatile.Write(ref average, current == 0 ? sample : current + ((sample - current) / 16));
    }
}
