using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Diagnostics;

/// <summary>
/// Holds the handlers of one session or factory. A session's aggregator forwards to its factory's,
/// so factory subscribers see every session. <see cref="IsActive"/> lets the engine skip raising,
/// and allocating event data, when no one listens.
/// </summary>
internal sealed class EventAggregator : IEventProvider
{
    // Subscribing is rare, so one lock serves every aggregator: no per-session object, and not the aggregator
    // itself, which callers see as their IEventProvider and could lock on for their own reasons.
    private static readonly Lock Subscriptions = new();

    private readonly EventAggregator? _parent;
    private EventHandler<AgendaEventArgs>? _activationCreatedEvent;
    private EventHandler<AgendaEventArgs>? _activationUpdatedEvent;
    private EventHandler<AgendaEventArgs>? _activationDeletedEvent;
    private EventHandler<AgendaEventArgs>? _ruleFiringEvent;
    private EventHandler<AgendaEventArgs>? _ruleFiredEvent;
    private EventHandler<WorkingMemoryEventArgs>? _factInsertingEvent;
    private EventHandler<WorkingMemoryEventArgs>? _factInsertedEvent;
    private EventHandler<WorkingMemoryEventArgs>? _factUpdatingEvent;
    private EventHandler<WorkingMemoryEventArgs>? _factUpdatedEvent;
    private EventHandler<WorkingMemoryEventArgs>? _factRetractingEvent;
    private EventHandler<WorkingMemoryEventArgs>? _factRetractedEvent;
    private EventHandler<LhsExpressionErrorEventArgs>? _lhsExpressionFailedEvent;
    private EventHandler<RhsExpressionErrorEventArgs>? _rhsExpressionFailedEvent;
    private int _subscribers;

    public EventAggregator(EventAggregator? parent)
    {
        _parent = parent;
    }

    public event EventHandler<AgendaEventArgs> ActivationCreatedEvent
    {
        add => Subscribe(ref _activationCreatedEvent, value);
        remove => Unsubscribe(ref _activationCreatedEvent, value);
    }

    public event EventHandler<AgendaEventArgs> ActivationUpdatedEvent
    {
        add => Subscribe(ref _activationUpdatedEvent, value);
        remove => Unsubscribe(ref _activationUpdatedEvent, value);
    }

    public event EventHandler<AgendaEventArgs> ActivationDeletedEvent
    {
        add => Subscribe(ref _activationDeletedEvent, value);
        remove => Unsubscribe(ref _activationDeletedEvent, value);
    }

    public event EventHandler<AgendaEventArgs> RuleFiringEvent
    {
        add => Subscribe(ref _ruleFiringEvent, value);
        remove => Unsubscribe(ref _ruleFiringEvent, value);
    }

    public event EventHandler<AgendaEventArgs> RuleFiredEvent
    {
        add => Subscribe(ref _ruleFiredEvent, value);
        remove => Unsubscribe(ref _ruleFiredEvent, value);
    }

    public event EventHandler<WorkingMemoryEventArgs> FactInsertingEvent
    {
        add => Subscribe(ref _factInsertingEvent, value);
        remove => Unsubscribe(ref _factInsertingEvent, value);
    }

    public event EventHandler<WorkingMemoryEventArgs> FactInsertedEvent
    {
        add => Subscribe(ref _factInsertedEvent, value);
        remove => Unsubscribe(ref _factInsertedEvent, value);
    }

    public event EventHandler<WorkingMemoryEventArgs> FactUpdatingEvent
    {
        add => Subscribe(ref _factUpdatingEvent, value);
        remove => Unsubscribe(ref _factUpdatingEvent, value);
    }

    public event EventHandler<WorkingMemoryEventArgs> FactUpdatedEvent
    {
        add => Subscribe(ref _factUpdatedEvent, value);
        remove => Unsubscribe(ref _factUpdatedEvent, value);
    }

    public event EventHandler<WorkingMemoryEventArgs> FactRetractingEvent
    {
        add => Subscribe(ref _factRetractingEvent, value);
        remove => Unsubscribe(ref _factRetractingEvent, value);
    }

    public event EventHandler<WorkingMemoryEventArgs> FactRetractedEvent
    {
        add => Subscribe(ref _factRetractedEvent, value);
        remove => Unsubscribe(ref _factRetractedEvent, value);
    }

    public event EventHandler<LhsExpressionErrorEventArgs> LhsExpressionFailedEvent
    {
        add => Subscribe(ref _lhsExpressionFailedEvent, value);
        remove => Unsubscribe(ref _lhsExpressionFailedEvent, value);
    }

    public event EventHandler<RhsExpressionErrorEventArgs> RhsExpressionFailedEvent
    {
        add => Subscribe(ref _rhsExpressionFailedEvent, value);
        remove => Unsubscribe(ref _rhsExpressionFailedEvent, value);
    }

    // Two levels at most (a factory's aggregator has no parent), read without recursion so that the check, made several
    // times per working-memory operation, is inlined.
    public bool IsActive => Volatile.Read(ref _subscribers) > 0 || (_parent is { } parent && Volatile.Read(ref parent._subscribers) > 0);

    // Each Raise reads the session's handlers and the factory's before it calls any (the factory's aggregator has no
    // parent of its own): a handler added or removed while an event is raised takes effect from the next event on,
    // on the session and on the factory alike, as a .NET event does. Both levels get the same event data.

    public void Raise(AgendaEvent kind, object sender, IMatch match)
    {
        var own = Handler(kind);
        var inherited = _parent?.Handler(kind);
        if (own is null && inherited is null)
        {
            return;
        }

        var args = new AgendaEventArgs(match);
        own?.Invoke(sender, args);
        inherited?.Invoke(sender, args);
    }

    public void Raise(FactEvent kind, object sender, IFact fact)
    {
        var own = Handler(kind);
        var inherited = _parent?.Handler(kind);
        if (own is null && inherited is null)
        {
            return;
        }

        var args = new WorkingMemoryEventArgs(fact);
        own?.Invoke(sender, args);
        inherited?.Invoke(sender, args);
    }

    public void RaiseLhsFailed(object sender, LhsExpressionErrorEventArgs args)
    {
        var own = _lhsExpressionFailedEvent;
        var inherited = _parent?._lhsExpressionFailedEvent;
        own?.Invoke(sender, args);
        inherited?.Invoke(sender, args);
    }

    public void RaiseRhsFailed(object sender, RhsExpressionErrorEventArgs args)
    {
        var own = _rhsExpressionFailedEvent;
        var inherited = _parent?._rhsExpressionFailedEvent;
        own?.Invoke(sender, args);
        inherited?.Invoke(sender, args);
    }

    private EventHandler<AgendaEventArgs>? Handler(AgendaEvent kind) => kind switch
    {
        AgendaEvent.Created => _activationCreatedEvent,
        AgendaEvent.Updated => _activationUpdatedEvent,
        AgendaEvent.Deleted => _activationDeletedEvent,
        AgendaEvent.Firing => _ruleFiringEvent,
        _ => _ruleFiredEvent,
    };

    private EventHandler<WorkingMemoryEventArgs>? Handler(FactEvent kind) => kind switch
    {
        FactEvent.Inserting => _factInsertingEvent,
        FactEvent.Inserted => _factInsertedEvent,
        FactEvent.Updating => _factUpdatingEvent,
        FactEvent.Updated => _factUpdatedEvent,
        FactEvent.Retracting => _factRetractingEvent,
        _ => _factRetractedEvent,
    };

    private void Subscribe<T>(ref EventHandler<T>? field, EventHandler<T>? handler)
    {
        if (handler is null)
        {
            return;
        }

        lock (Subscriptions)
        {
            field += handler;
            _subscribers++;
        }
    }

    private void Unsubscribe<T>(ref EventHandler<T>? field, EventHandler<T>? handler)
    {
        if (handler is null)
        {
            return;
        }

        lock (Subscriptions)
        {
            var before = field;
            field -= handler;
            if (!ReferenceEquals(before, field))
            {
                _subscribers--;
            }
        }
    }
}
