using System.Diagnostics.CodeAnalysis;
using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.Network;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Sessions;

/// <summary>
/// Linked facts (truth maintenance): facts that live as long as the match that inserted them. Changes
/// are queued and applied after the current action or operation, each as its own operation.
/// </summary>
internal sealed partial class Session
{
    private Queue<LinkedOperation>? _linked;

    // The linked facts of matches that went away while their undo actions wait on the agenda: the facts
    // were retracted with the match, and the undo actions read them from here.
    private Dictionary<Activation, List<KeyValuePair<object, Fact>>>? _linkedForUndo;

    private void ResetLinked()
    {
        _linked?.Clear();
        _linkedForUndo?.Clear();
    }

    internal IEnumerable<object> GetLinkedKeys(Activation activation) =>
        LinkedOf(activation).Select(pair => pair.Key).ToArray();

    internal object? GetLinked(Activation activation, object key)
    {
        var linked = activation.FindLinked(key);
        if (linked is null && activation.Trigger == MatchTrigger.Removed && _linkedForUndo is not null)
        {
            linked = FindIn(LinkedOf(activation), key);
        }

        return linked?.Object;
    }

    // A loop rather than List.Find with a lambda: the lambda would capture the key, and C# allocates the
    // captured variables on entry to GetLinked, which every Yield calls.
    private static Fact? FindIn(List<KeyValuePair<object, Fact>> pairs, object key)
    {
        foreach (var pair in pairs)
        {
            if (Equals(pair.Key, key))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>The facts a match linked; for a match that went away, those it had when it went.</summary>
    private List<KeyValuePair<object, Fact>> LinkedOf(Activation activation) =>
        activation.Trigger == MatchTrigger.Removed && _linkedForUndo is not null && _linkedForUndo.TryGetValue(activation, out var pairs)
            ? pairs
            : activation.LinkedPairs();

    /// <summary>Ends the wait of a match that went away for its undo actions: they ran, or will not.</summary>
    private void EndUndo(Activation activation)
    {
        activation.Trigger = MatchTrigger.None;
        _linkedForUndo?.Remove(activation);
    }

    // A null linked fact usually comes from a Yield whose expression gave null; the message says so, since the action's
    // text the error shows is the engine's rewrite of that Yield, not what the rule's author wrote.
    [DoesNotReturn]
    private static void ThrowNullLinkedFact() =>
        throw new ArgumentNullException(
            "fact",
            "A linked fact must not be null: a Yield expression or an InsertLinked/UpdateLinked call gave null. "
            + "Give Yield a fact in every case, and leave out the matches that should yield none with a condition.");

    internal void QueueInsertLinked(Activation activation, object key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (value is null)
        {
            ThrowNullLinkedFact();
        }

        if (activation.FindLinked(key) is not null || IsQueued(activation, key))
        {
            throw new ArgumentException($"A fact is already linked to this match under key '{key}'.", nameof(key));
        }

        if (ContainsKey(value))
        {
            throw new ArgumentException("The linked fact is already in working memory.", nameof(value));
        }

        if (IsQueuedForInsert(value))
        {
            // Refused here, in the action that asks, rather than when the queue is applied after it: there the
            // failure named no rule and came after the firing had been counted.
            throw new ArgumentException("The linked fact is already queued for insertion.", nameof(value));
        }

        QueueLinked(new LinkedOperation(LinkedOperationKind.Insert, activation, key, value, _currentRecord));
    }

    internal void QueueUpdateLinked(Activation activation, object key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (value is null)
        {
            ThrowNullLinkedFact();
        }

        if (WentWithTheMatch(activation, key))
        {
            return;
        }

        if (activation.FindLinked(key) is not { } linked)
        {
            throw new ArgumentException($"No fact is linked to this match under key '{key}'.", nameof(key));
        }

        if (TakenByAnother(linked, value))
        {
            throw new ArgumentException($"The linked fact (a {value.GetType().Name}) is already in working memory.", nameof(value));
        }

        QueueLinked(new LinkedOperation(LinkedOperationKind.Update, activation, key, value, _currentRecord));
    }

    internal void QueueRetractLinked(Activation activation, object key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (WentWithTheMatch(activation, key))
        {
            return;
        }

        if (activation.FindLinked(key) is null)
        {
            throw new ArgumentException($"No fact is linked to this match under key '{key}'.", nameof(key));
        }

        QueueLinked(new LinkedOperation(LinkedOperationKind.Retract, activation, key, value, _currentRecord));
    }

    /// <summary>Whether a new value for a linked fact has another identity that a different fact already holds.</summary>
    private bool TakenByAnother(Fact linked, object value)
    {
        var key = IdentityOf(value);
        return !SameIdentity(key, IdentityOf(linked.Object!)) && _facts is not null && _facts.ContainsKey(key);
    }

    /// <summary>Whether an undo action names a linked fact that was retracted when its match went away.</summary>
    private bool WentWithTheMatch(Activation activation, object key) =>
        activation.Trigger == MatchTrigger.Removed && activation.FindLinked(key) is null && GetLinked(activation, key) is not null;

    private void QueueLinked(LinkedOperation operation) => (_linked ??= new Queue<LinkedOperation>()).Enqueue(operation);

    private bool IsQueued(Activation activation, object key)
    {
        if (_linked is null)
        {
            return false;
        }

        foreach (var operation in _linked)
        {
            if (operation.Kind == LinkedOperationKind.Insert && operation.Activation == activation && Equals(operation.Key, key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a fact with the same identity waits in the queue to be inserted as a linked fact.</summary>
    private bool IsQueuedForInsert(object value) => _linked is { Count: > 0 } && IsQueuedForInsertByKey(IdentityOf(value));

    /// <summary>
    /// Whether a fact with the identity <paramref name="key"/> waits in the queue to be inserted as a linked fact: such a
    /// fact is as good as present, so a plain insert of it is refused at once rather than when the queue is applied.
    /// </summary>
    private bool IsQueuedForInsertByKey(object key) => _linked is { Count: > 0 } && IsQueuedForInsertInQueue(key);

    private bool IsQueuedForInsertInQueue(object key)
    {
        foreach (var operation in _linked!)
        {
            if (operation.Kind == LinkedOperationKind.Insert && SameIdentity(key, IdentityOf(operation.Value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Applies the queued linked-fact changes, each as its own operation. A change leaves the queue once its
    /// announcing event (FactInserting, FactUpdating, FactRetracting) has been raised: a handler of that event
    /// that throws stops the change before anything of it happens, and the next call tries it again, since the
    /// facts of a match must follow it in the end.
    /// </summary>
    private void FlushLinked()
    {
        var queue = _linked;
        if (queue is null)
        {
            return;
        }

        while (queue.TryPeek(out var operation))
        {
            switch (operation.Kind)
            {
                case LinkedOperationKind.Insert:
                    InsertLinked(queue, operation);
                    break;
                case LinkedOperationKind.Update:
                    UpdateLinked(queue, operation);
                    break;
                default:
                    RetractLinked(queue, operation);
                    break;
            }
        }
    }

    private void InsertLinked(Queue<LinkedOperation> queue, LinkedOperation operation)
    {
        var activation = operation.Activation;
        if (activation.IsDeleted || activation.FindLinked(operation.Key) is not null)
        {
            queue.Dequeue();
            return;
        }

        var key = IdentityOf(operation.Value);
        var facts = Facts(1);
        var fact = NewFact(operation.Value, activation);
        if (!facts.TryAdd(key, fact))
        {
            queue.Dequeue();
            throw new ArgumentException($"The linked fact (a {operation.Value.GetType().Name}) is already in working memory.");
        }

        AnnounceNew(fact);
        queue.Dequeue();
        activation.AddLinked(operation.Key, fact);
        PropagateAnnounced(fact, operation.Record);
    }

    private void UpdateLinked(Queue<LinkedOperation> queue, LinkedOperation operation)
    {
        var fact = operation.Activation.FindLinked(operation.Key);
        if (fact is null)
        {
            queue.Dequeue();
            return;
        }

        // Checked again here (the action that queued it checked it too), before anything changes: facts may have
        // come in since, and the linked fact stays as it was.
        if (TakenByAnother(fact, operation.Value))
        {
            queue.Dequeue();
            throw new ArgumentException($"The linked fact (a {operation.Value.GetType().Name}) is already in working memory.");
        }

        Raise(FactEvent.Updating, fact);
        queue.Dequeue();
        var newKey = IdentityOf(operation.Value);
        if (!SameIdentity(newKey, IdentityOf(fact.Object!)))
        {
            // Under its old key until the update propagates below.
            Forget(_facts!, fact);
            _facts!.Add(newKey, fact);
        }

        if (operation.Record is not null && !ReferenceEquals(fact.Object, operation.Value))
        {
            Explanations!.Produced(operation.Record, operation.Value);
        }

        operation.Record?.AddUpdated(operation.Value);
        ModifyAnnounced(fact, operation.Value);
    }

    private void RetractLinked(Queue<LinkedOperation> queue, LinkedOperation operation)
    {
        var activation = operation.Activation;
        var fact = activation.FindLinked(operation.Key);
        if (fact is null)
        {
            queue.Dequeue();
            return;
        }

        Raise(FactEvent.Retracting, fact);
        queue.Dequeue();
        activation.RemoveLinked(operation.Key);
        operation.Record?.AddRetracted(operation.Value);
        RemoveAnnounced(fact);
    }
}
