namespace Intimacy.Rules.Diagnostics;

/// <summary>
/// Events raised while a session works. Subscribe on a session for that session, or on the session
/// factory for every session it creates. Nothing is allocated for an event no one listens to.
/// </summary>
public interface IEventProvider
{
    /// <summary>A new match was put on the agenda.</summary>
    event EventHandler<AgendaEventArgs> ActivationCreatedEvent;

    /// <summary>A fact of an existing match was updated and the match still holds.</summary>
    event EventHandler<AgendaEventArgs> ActivationUpdatedEvent;

    /// <summary>A match stopped holding and left the agenda.</summary>
    event EventHandler<AgendaEventArgs> ActivationDeletedEvent;

    /// <summary>A rule is about to run its actions.</summary>
    event EventHandler<AgendaEventArgs> RuleFiringEvent;

    /// <summary>A rule has run its actions.</summary>
    event EventHandler<AgendaEventArgs> RuleFiredEvent;

    /// <summary>A fact is about to be inserted.</summary>
    event EventHandler<WorkingMemoryEventArgs> FactInsertingEvent;

    /// <summary>A fact was inserted.</summary>
    event EventHandler<WorkingMemoryEventArgs> FactInsertedEvent;

    /// <summary>A fact is about to be updated.</summary>
    event EventHandler<WorkingMemoryEventArgs> FactUpdatingEvent;

    /// <summary>A fact was updated.</summary>
    event EventHandler<WorkingMemoryEventArgs> FactUpdatedEvent;

    /// <summary>A fact is about to be retracted.</summary>
    event EventHandler<WorkingMemoryEventArgs> FactRetractingEvent;

    /// <summary>A fact was retracted.</summary>
    event EventHandler<WorkingMemoryEventArgs> FactRetractedEvent;

    /// <summary>A condition threw; a handler may set <see cref="LhsExpressionErrorEventArgs.IsHandled"/> to treat it as not matching.</summary>
    event EventHandler<LhsExpressionErrorEventArgs> LhsExpressionFailedEvent;

    /// <summary>An action threw; a handler may set <see cref="RhsExpressionErrorEventArgs.IsHandled"/> to carry on.</summary>
    event EventHandler<RhsExpressionErrorEventArgs> RhsExpressionFailedEvent;
}
