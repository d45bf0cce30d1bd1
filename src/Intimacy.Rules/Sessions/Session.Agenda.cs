using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.Network;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Sessions;

/// <summary>
/// Activation lifecycle. Activations created or re-armed during one operation wait in a pending
/// list and join the agenda together, in canonical order, when the operation ends.
/// </summary>
internal sealed partial class Session
{
    internal void ActivationCreated(TerminalNode terminal, Token token)
    {
        var activation = new Activation(terminal.Branch, token) { Trigger = MatchTrigger.Created };
        token.State = activation;
        AddPending(activation);
    }

    internal void ActivationUpdated(Token token)
    {
        var activation = (Activation)token.State!;
        if (activation.IsPending)
        {
            return;
        }

        if (activation.IsAnnounced)
        {
            RaiseAgenda(AgendaEvent.Updated, activation);
        }

        if (activation.CompiledRule.Repeatability == RuleRepeatability.NonRepeatable && activation.HasFired)
        {
            return;
        }

        if (activation.HasFired)
        {
            activation.Trigger = MatchTrigger.Updated;
        }

        if (!activation.IsEnqueued)
        {
            AddPending(activation);
        }
    }

    internal void ActivationDeleted(Token token)
    {
        var activation = (Activation)token.State!;
        token.State = null;
        activation.IsDeleted = true;
        activation.IsEnqueued = false;
        if (activation.IsAnnounced)
        {
            RaiseAgenda(AgendaEvent.Deleted, activation);
        }

        if (activation.HasFired && activation.CompiledRule.HasDeactivationActions)
        {
            // The undo actions run first and may still read the linked facts; they go after.
            activation.Trigger = MatchTrigger.Removed;
            if (!activation.IsPending)
            {
                AddPending(activation);
            }
        }
        else
        {
            activation.Trigger = MatchTrigger.None;
            RetractLinkedOf(activation);
        }
    }

    private void RetractLinkedOf(Activation activation)
    {
        if (activation.Linked is { Count: > 0 } linked)
        {
            foreach (var pair in linked)
            {
                QueueLinked(new LinkedOperation(LinkedOperationKind.Retract, activation, pair.Key, pair.Value.Object!, null));
            }
        }
    }

    /// <summary>Ends a working-memory operation: puts its new activations on the agenda in canonical order.</summary>
    private void EndOperation()
    {
        var pending = _pending;
        if (pending is null || pending.Count == 0)
        {
            return;
        }

        var count = pending.Count;
        if (count > 1)
        {
            pending.Sort(ActivationOrder.Instance);
        }

        for (var i = 0; i < count; i++)
        {
            var activation = pending[i];
            activation.IsPending = false;
            if (activation.IsDeleted && activation.Trigger != MatchTrigger.Removed)
            {
                continue;
            }

            _agenda.Enqueue(activation);
            if (!activation.IsAnnounced)
            {
                activation.IsAnnounced = true;
                RaiseAgenda(AgendaEvent.Created, activation);
            }
        }

        pending.RemoveRange(0, count);
    }

    private void RaiseAgenda(AgendaEvent kind, Activation activation)
    {
        var events = EventsOrFactory;
        if (events.IsActive)
        {
            events.Raise(kind, this, activation);
        }
    }

    private void AddPending(Activation activation)
    {
        activation.IsPending = true;
        (_pending ??= []).Add(activation);
    }
}
