namespace Intimacy.Rules.Diagnostics;

/// <summary>
/// Events raised while a session works. Subscribe on a session for that session, or on the session
/// factory for every session it creates. Nothing is allocated for an event no one listens to.
/// </summary>
/// <remarks>
/// <para>
/// A session's handlers run before its factory's, with the same event data; the sender is the session. A
/// factory's handlers run on whichever thread uses a session, so they must be thread-safe. A handler added or
/// removed while an event is being raised takes effect from the next event, on the session and the factory alike.
/// </para>
/// <para>
/// Events are raised in the middle of a session's work, so a handler may read its session (<c>Query</c>, the
/// agenda, firing counts, explanations) but not change it: <c>Insert</c>, <c>Update</c>, <c>Retract</c> in every
/// form, <c>Fire</c>, <c>Reset</c> and <c>Agenda.Clear</c> throw <see cref="InvalidOperationException"/> there.
/// A handler that throws stops the event there and its exception comes out of the session call unchanged; a
/// handler of <see cref="FactInsertingEvent"/>, <see cref="FactUpdatingEvent"/>, <see cref="FactRetractingEvent"/>
/// or <see cref="RuleFiringEvent"/> that throws stops the change it announces before any of it happens, and a
/// handler of any other event reports a change that stays made.
/// </para>
/// </remarks>
public interface IEventProvider
{
    /// <summary>A new match was put on the agenda.</summary>
    event EventHandler<AgendaEventArgs> ActivationCreatedEvent;

    /// <summary>A fact of an existing match was updated and the match still holds.</summary>
    event EventHandler<AgendaEventArgs> ActivationUpdatedEvent;

    /// <summary>A match stopped holding and left the agenda.</summary>
    event EventHandler<AgendaEventArgs> ActivationDeletedEvent;

    /// <summary>A rule is about to run its actions; its match is still on the agenda, and stays there if a handler throws.</summary>
    event EventHandler<AgendaEventArgs> RuleFiringEvent;

    /// <summary>A rule has run its actions.</summary>
    event EventHandler<AgendaEventArgs> RuleFiredEvent;

    /// <summary>A fact is about to be inserted; a handler that throws stops the insert.</summary>
    event EventHandler<WorkingMemoryEventArgs> FactInsertingEvent;

    /// <summary>A fact was inserted.</summary>
    event EventHandler<WorkingMemoryEventArgs> FactInsertedEvent;

    /// <summary>A fact is about to be updated; a handler that throws stops the update.</summary>
    event EventHandler<WorkingMemoryEventArgs> FactUpdatingEvent;

    /// <summary>A fact was updated.</summary>
    event EventHandler<WorkingMemoryEventArgs> FactUpdatedEvent;

    /// <summary>A fact is about to be retracted; a handler that throws stops the retraction.</summary>
    event EventHandler<WorkingMemoryEventArgs> FactRetractingEvent;

    /// <summary>A fact was retracted.</summary>
    event EventHandler<WorkingMemoryEventArgs> FactRetractedEvent;

    /// <summary>A condition threw; a handler may set <see cref="LhsExpressionErrorEventArgs.IsHandled"/> to treat it as not matching.</summary>
    event EventHandler<LhsExpressionErrorEventArgs> LhsExpressionFailedEvent;

    /// <summary>An action threw; a handler may set <see cref="RhsExpressionErrorEventArgs.IsHandled"/> to carry on.</summary>
    event EventHandler<RhsExpressionErrorEventArgs> RhsExpressionFailedEvent;
}
