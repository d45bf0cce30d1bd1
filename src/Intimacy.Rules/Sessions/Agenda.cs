using Intimacy.Rules.Network;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Sessions;

/// <summary>
/// Priority queue of activations. Removal is lazy: a removed or re-queued activation leaves a stale
/// entry that is skipped when it reaches the head.
/// </summary>
internal sealed class Agenda : IAgenda
{
    private PriorityQueue<Activation, AgendaKey>? _queue;
    private long _sequence;

    public bool IsEmpty => PeekValid() is null;

    public IMatch Peek() => PeekValid() ?? throw new InvalidOperationException("The agenda is empty.");

    public void Clear()
    {
        if (_queue is null)
        {
            return;
        }

        while (_queue.TryDequeue(out var activation, out _))
        {
            activation.IsEnqueued = false;
        }
    }

    public void Enqueue(Activation activation)
    {
        activation.IsEnqueued = true;
        activation.QueueSequence = ++_sequence;
        (_queue ??= new PriorityQueue<Activation, AgendaKey>()).Enqueue(activation, new AgendaKey(activation.CompiledRule.Priority, activation.QueueSequence));
    }

    public bool TryPop(out Activation activation)
    {
        if (PeekValid() is { } next)
        {
            _queue!.Dequeue();
            next.IsEnqueued = false;
            activation = next;
            return true;
        }

        activation = null!;
        return false;
    }

    private Activation? PeekValid()
    {
        if (_queue is null)
        {
            return null;
        }

        while (_queue.TryPeek(out var activation, out var key))
        {
            if (activation.IsEnqueued && activation.QueueSequence == key.Sequence)
            {
                return activation;
            }

            _queue.Dequeue();
        }

        return null;
    }
}
