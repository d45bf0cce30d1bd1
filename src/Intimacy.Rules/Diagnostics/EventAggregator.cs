using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Diagnostics;

/// <summary>
/// Holds the handlers of one session or factory. A session's aggregator forwards to its factory's,
/// so factory subscribers see every session.
/// </summary>
internal sealed class EventAggregator : IEventProvider
{
    private readonly EventAggregator? _parent;

    public EventAggregator(EventAggregator? parent)
    {
        _parent = parent;
    }

    public event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationUpdatedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;

    public event EventHandler<AgendaEventArgs>? RuleFiringEvent;

    public event EventHandler<AgendaEventArgs>? RuleFiredEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactInsertingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactInsertedEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatedEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactRetractingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactRetractedEvent;

    public event EventHandler<LhsExpressionErrorEventArgs>? LhsExpressionFailedEvent;

    public event EventHandler<RhsExpressionErrorEventArgs>? RhsExpressionFailedEvent;

    public void Raise(AgendaEvent kind, object sender, IMatch match)
    {
        var handler = kind switch
        {
            AgendaEvent.Created => ActivationCreatedEvent,
            AgendaEvent.Updated => ActivationUpdatedEvent,
            AgendaEvent.Deleted => ActivationDeletedEvent,
            AgendaEvent.Firing => RuleFiringEvent,
            _ => RuleFiredEvent,
        };
        handler?.Invoke(sender, new AgendaEventArgs(match));
        _parent?.Raise(kind, sender, match);
    }

    public void Raise(FactEvent kind, object sender, IFact fact)
    {
        var handler = kind switch
        {
            FactEvent.Inserting => FactInsertingEvent,
            FactEvent.Inserted => FactInsertedEvent,
            FactEvent.Updating => FactUpdatingEvent,
            FactEvent.Updated => FactUpdatedEvent,
            FactEvent.Retracting => FactRetractingEvent,
            _ => FactRetractedEvent,
        };
        handler?.Invoke(sender, new WorkingMemoryEventArgs(fact));
        _parent?.Raise(kind, sender, fact);
    }

    public void RaiseLhsFailed(object sender, LhsExpressionErrorEventArgs args)
    {
        LhsExpressionFailedEvent?.Invoke(sender, args);
        _parent?.RaiseLhsFailed(sender, args);
    }

    public void RaiseRhsFailed(object sender, RhsExpressionErrorEventArgs args)
    {
        RhsExpressionFailedEvent?.Invoke(sender, args);
        _parent?.RaiseRhsFailed(sender, args);
    }
}
