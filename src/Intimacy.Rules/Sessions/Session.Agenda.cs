using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.Network;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Sessions;

/// <summary>
/// Activation lifecycle, netted per working-memory operation. A match that vanishes and comes back
/// within one operation (the network passes through intermediate states while it processes a fact
/// that several patterns of one rule read) keeps its activation. Activations created or re-armed
/// wait in a pending list and join the agenda together, in canonical order, when the operation ends;
/// removals are finalized then too, also in canonical order. The agenda events of the operation are
/// raised after all of that, so that a handler that throws leaves the network and the agenda whole.
/// </summary>
internal sealed partial class Session
{
    private List<Activation>? _removed;
    private Fact? _updating;

    // The agenda events of the current operation, in the order they happened: raised when it ends, once the
    // network and the agenda are consistent again. Only filled while someone listens.
    private List<Announcement>? _announcements;

    private void ResetAgendaWork()
    {
        _removed?.Clear();
        _announcements?.Clear();
        _updating = null;
    }

    internal void ActivationCreated(Activation activation)
    {
        if (_removed is { Count: > 0 } removed)
        {
            for (var i = 0; i < removed.Count; i++)
            {
                var candidate = removed[i];
                if (candidate.Branch == activation.Branch && SameMatch(candidate, activation))
                {
                    removed.RemoveAt(i);
                    Revive(candidate, activation);
                    return;
                }
            }
        }

        activation.Trigger = MatchTrigger.Created;
        AddPending(activation);
    }

    internal void ActivationUpdated(Activation activation)
    {
        if (activation.IsPending)
        {
            return;
        }

        if (activation.IsAnnounced)
        {
            Announce(AgendaEvent.Updated, activation);
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

    internal void ActivationDeleted(Activation activation)
    {
        activation.IsRemoved = true;
        (_removed ??= []).Add(activation);
    }

    /// <summary>
    /// Ends a working-memory operation: finalizes the removed activations, then puts the new and
    /// re-armed ones on the agenda, both in canonical order; then raises the operation's agenda events.
    /// </summary>
    private void EndOperation()
    {
        // Checked here, inlined where operations end: many (an insert no rule reads) leave nothing to do.
        if (_removed is { Count: > 0 } || _pending is { Count: > 0 } || _announcements is { Count: > 0 })
        {
            EndOperationWork();
        }
    }

    private void EndOperationWork()
    {
        if (_removed is { Count: > 0 } removed)
        {
            if (removed.Count > 1)
            {
                ActivationOrder.Sort(removed);
            }

            foreach (var activation in removed)
            {
                Remove(activation);
            }

            removed.Clear();
        }

        var pending = _pending;
        if (pending is { Count: > 0 })
        {
            var count = pending.Count;
            if (count > 1)
            {
                ActivationOrder.Sort(pending);
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
                    Announce(AgendaEvent.Created, activation);
                }
            }

            pending.RemoveRange(0, count);
        }

        if (_announcements is { Count: > 0 } announcements)
        {
            RaiseAnnouncements(announcements);
        }
    }

    /// <summary>
    /// Raises the agenda events of an operation that has ended. A handler that throws stops the events after
    /// its own; the changes they would have reported are made all the same.
    /// </summary>
    private void RaiseAnnouncements(List<Announcement> announcements)
    {
        try
        {
            for (var i = 0; i < announcements.Count; i++)
            {
                RaiseAgenda(announcements[i].Kind, announcements[i].Activation);
            }
        }
        finally
        {
            announcements.Clear();
        }
    }

    /// <summary>Keeps an agenda event for the end of the operation, if anyone listens.</summary>
    private void Announce(AgendaEvent kind, Activation activation)
    {
        if (EventsOrFactory.IsActive)
        {
            (_announcements ??= []).Add(new Announcement(kind, activation));
        }
    }

    private void Remove(Activation activation)
    {
        activation.IsRemoved = false;
        activation.IsDeleted = true;
        activation.IsEnqueued = false;
        if (activation.IsAnnounced)
        {
            Announce(AgendaEvent.Deleted, activation);
        }

        if (activation.HasFired && activation.CompiledRule.HasDeactivationActions)
        {
            // The undo actions run when the agenda reaches them; until then they read the linked facts
            // from a copy, since the facts themselves go with the match, now.
            activation.Trigger = MatchTrigger.Removed;
            if (!activation.IsPending)
            {
                AddPending(activation);
            }

            if (activation.HasLinked)
            {
                (_linkedForUndo ??= []).Add(activation, activation.LinkedPairs());
            }
        }
        else
        {
            activation.Trigger = MatchTrigger.None;
        }

        RetractLinkedOf(activation);
    }

    /// <summary>Puts a removed activation back in the place of the fresh one that stands for the same match.</summary>
    private void Revive(Activation activation, Activation fresh)
    {
        activation.IsRemoved = false;
        activation.IsRetracted = false;
        activation.Parent = fresh.Parent;
        activation.Fact = fresh.Fact;
        Replace(fresh, activation);
        fresh.ReplacedBy = activation;
        if (_updating is { } updated && Mentions(activation, updated))
        {
            ActivationUpdated(activation);
        }
    }

    /// <summary>Swaps a just-created token for another in its parent's children and its value's token list.</summary>
    private static void Replace(Token fresh, Token replacement)
    {
        replacement.PrevSibling = fresh.PrevSibling;
        replacement.NextSibling = fresh.NextSibling;
        if (fresh.PrevSibling is not null)
        {
            fresh.PrevSibling.NextSibling = replacement;
        }
        else if (fresh.Parent is { } parent)
        {
            parent.FirstChild = replacement;
        }

        if (fresh.NextSibling is not null)
        {
            fresh.NextSibling.PrevSibling = replacement;
        }

        if (fresh.Fact is { } fact)
        {
            fact.RemoveToken(fresh);
            fact.AddToken(replacement);
        }
    }

    /// <summary>Matches that went away, dropped from the agenda before their undo actions ran.</summary>
    internal void Dropped(List<Activation> activations)
    {
        foreach (var activation in activations)
        {
            EndUndo(activation);
        }
    }

    private void RetractLinkedOf(Activation activation)
    {
        if (activation.HasLinked)
        {
            foreach (var pair in activation.LinkedPairs())
            {
                QueueLinked(new LinkedOperation(LinkedOperationKind.Retract, activation, pair.Key, pair.Value.Object!, null));
            }
        }
    }

    /// <summary>Whether two tokens stand for the same match: the same facts, aggregate results with the same keys, position by position.</summary>
    private static bool SameMatch(Token? x, Token? y)
    {
        while (x is not null && y is not null)
        {
            if (!ReferenceEquals(x, y) && !SameElement(x.Fact, y.Fact))
            {
                return false;
            }

            x = x.Parent;
            y = y.Parent;
        }

        return x is null && y is null;
    }

    private static bool SameElement(Fact? x, Fact? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        if (x is BindingValue && y is BindingValue)
        {
            return true;
        }

        return x is AggregateResult left && y is AggregateResult right && Equals(left.Key, right.Key);
    }

    private static bool Mentions(Token? token, Fact fact)
    {
        for (; token is not null; token = token.Parent)
        {
            if (token.Fact == fact || (token.Fact?.Source is AggregateSource source && source.Contains(fact)))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>An agenda event waiting for the end of its operation.</summary>
    private readonly record struct Announcement(AgendaEvent Kind, Activation Activation);
}
