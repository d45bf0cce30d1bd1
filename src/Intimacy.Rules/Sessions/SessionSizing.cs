namespace Intimacy.Rules.Sessions;

/// <summary>
/// High-water marks of the sessions a factory created, used to size new sessions' collections up
/// front: a factory usually serves many similar evaluations, and growing collections step by step
/// costs more than the evaluation itself. Updated without locks; a lost update only costs a resize.
/// </summary>
internal sealed class SessionSizing
{
    private const int Cap = 4096;
    private int _facts;
    private int _agenda;

    public int Facts => Volatile.Read(ref _facts);

    public int Agenda => Volatile.Read(ref _agenda);

    public void Observe(int facts, int agenda)
    {
        if (facts > Facts)
        {
            Volatile.Write(ref _facts, Math.Min(facts, Cap));
        }

        if (agenda > Agenda)
        {
            Volatile.Write(ref _agenda, Math.Min(agenda, Cap));
        }
    }
}
