using Intimacy.Rules.Network;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Sessions;

/// <summary>
/// The agenda: one FIFO queue per distinct rule priority, highest priority first, so adding and
/// taking an activation are constant-time. Removal is lazy: a removed or re-queued activation
/// leaves a stale entry that is skipped when it reaches the head.
/// </summary>
internal sealed class Agenda : IAgenda
{
    private readonly Session _session;
    private readonly Queue<AgendaEntry>?[] _levels;
    // Matches spread over priority levels: each level starts small and grows as needed.
    private const int LevelCapacity = 16;
    private readonly int _capacity;
    private int _highest;
    private long _sequence;

    public Agenda(Session session, int levels, int capacity)
    {
        _session = session;
        _levels = new Queue<AgendaEntry>?[levels];
        _highest = levels;
        _capacity = capacity;
    }

    /// <summary>How many activations were ever queued.</summary>
    public long Enqueued => _sequence;

    public bool IsEmpty => PeekValid() is null;

    public IMatch Peek() => PeekValid() ?? throw new InvalidOperationException("The agenda is empty.");

    public void Clear()
    {
        _session.ThrowIfBusy("Agenda.Clear");

        // A match that went away waits here only to run its undo actions, which then retract the facts it
        // linked; dropped, it hands those facts back to the session to retract.
        List<Activation>? undone = null;
        foreach (var level in _levels)
        {
            while (level is not null && level.TryDequeue(out var entry))
            {
                var activation = entry.Activation;
                if (activation.IsEnqueued && activation.QueueSequence == entry.Sequence && activation.Trigger == MatchTrigger.Removed)
                {
                    (undone ??= []).Add(activation);
                }

                activation.IsEnqueued = false;
            }
        }

        _highest = _levels.Length;
        if (undone is not null)
        {
            _session.Dropped(undone);
        }
    }

    /// <summary>Drops the queues of an emptied agenda (see <see cref="Reset"/>), with the capacity an outsized run gave them.</summary>
    public void Release() => Array.Clear(_levels);

    /// <summary>Empties the agenda and restarts its sequence, as if new (the queues keep their capacity).</summary>
    public void Reset()
    {
        foreach (var level in _levels)
        {
            while (level is not null && level.TryDequeue(out var entry))
            {
                entry.Activation.IsEnqueued = false;
            }
        }

        _highest = _levels.Length;
        _sequence = 0;
    }

    public void Enqueue(Activation activation)
    {
        activation.IsEnqueued = true;
        activation.QueueSequence = ++_sequence;
        var level = activation.CompiledRule.PriorityLevel;
        (_levels[level] ??= new Queue<AgendaEntry>(Math.Min(_capacity, LevelCapacity))).Enqueue(new AgendaEntry(activation, activation.QueueSequence));
        if (level < _highest)
        {
            _highest = level;
        }
    }

    /// <summary>The activation that would fire next, left on the agenda.</summary>
    public bool TryPeek(out Activation activation)
    {
        activation = PeekValid()!;
        return activation is not null;
    }

    public bool TryPop(out Activation activation)
    {
        // As PeekValid, but each entry is taken in one step: stale ones are dropped, the first valid one is the answer.
        for (; _highest < _levels.Length; _highest++)
        {
            var level = _levels[_highest];
            while (level is not null && level.TryDequeue(out var entry))
            {
                var next = entry.Activation;
                if (next.IsEnqueued && next.QueueSequence == entry.Sequence)
                {
                    next.IsEnqueued = false;
                    activation = next;
                    return true;
                }
            }
        }

        activation = null!;
        return false;
    }

    private Activation? PeekValid()
    {
        for (; _highest < _levels.Length; _highest++)
        {
            var level = _levels[_highest];
            while (level is not null && level.TryPeek(out var entry))
            {
                if (entry.Activation.IsEnqueued && entry.Activation.QueueSequence == entry.Sequence)
                {
                    return entry.Activation;
                }

                level.Dequeue();
            }
        }

        return null;
    }
}
