using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.Network;

namespace Intimacy.Rules.Sessions;

/// <summary>Insert, update and retract, single and batched.</summary>
internal sealed partial class Session
{
    // The dispatches of the last two fact types seen, the most recent first: facts of two types often alternate (a
    // rule that inserts findings, another that answers each with candidates), so one remembered type would keep missing.
    private AlphaDispatch? _dispatch0;
    private AlphaDispatch? _dispatch1;

    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var outer = BeginChange(Activity.Inserting, nameof(Insert));
        try
        {
            EnsureInitialized();
            if (!InsertCore(fact))
            {
                throw new ArgumentException("The fact is already in working memory, or queued to go in as a linked fact.", nameof(fact));
            }

            FlushLinked();
        }
        finally
        {
            _activity = outer;
        }
    }

    public bool TryInsert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var outer = BeginChange(Activity.Inserting, nameof(TryInsert));
        try
        {
            EnsureInitialized();
            var inserted = InsertCore(fact);
            FlushLinked();
            return inserted;
        }
        finally
        {
            _activity = outer;
        }
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        if (InsertBatch(facts, BatchOptions.AllOrNothing, nameof(InsertAll)).FailedCount > 0)
        {
            throw new ArgumentException("Some facts are already in working memory, queued to go in as linked facts, or given twice in the batch; none was inserted.", nameof(facts));
        }
    }

    public IFactResult TryInsertAll(IEnumerable<object> facts) => InsertBatch(facts, BatchOptions.AllOrNothing, nameof(TryInsertAll));

    public IFactResult TryInsertAll(IEnumerable<object> facts, BatchOptions options) => InsertBatch(facts, options, nameof(TryInsertAll));

    private FactResult InsertBatch(IEnumerable<object> facts, BatchOptions options, string operation)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var outer = BeginChange(Activity.Inserting, operation);
        try
        {
            return InsertBatch(facts, options);
        }
        finally
        {
            _activity = outer;
        }
    }

    private FactResult InsertBatch(IEnumerable<object> facts, BatchOptions options)
    {
        EnsureInitialized();
        var items = facts as IReadOnlyList<object> ?? facts.ToArray();
        var store = Facts(items.Count);

        // A null anywhere refuses the whole batch before anything is reserved.
        for (var i = 0; i < items.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(items[i], nameof(facts));
        }

        // Reserve every key first: one hash per fact, and duplicates inside the batch fail like any other.
        var added = new Fact?[items.Count];
        List<object>? failed = null;
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var key = IdentityOf(item);
                var fact = NewFact(item, null);
                if (!IsQueuedForInsertByKey(key) && store.TryAdd(key, fact))
                {
                    added[i] = fact;
                }
                else
                {
                    (failed ??= []).Add(item);
                }
            }
        }
        catch
        {
            // An identity or a comparer that throws (user code) leaves no fact reserved that the network never saw.
            ForgetAll(store, added);
            throw;
        }

        if (failed is not null && options == BatchOptions.AllOrNothing)
        {
            ForgetAll(store, added);
            return new FactResult(failed);
        }

        var next = 0;
        try
        {
            for (; next < added.Length; next++)
            {
                if (added[next] is { } fact)
                {
                    PropagateNew(fact);
                }
            }
        }
        catch
        {
            // A condition failed part-way through the fact at `next`: the facts after it were never seen by
            // the network and are not inserted.
            for (var i = next + 1; i < added.Length; i++)
            {
                if (added[i] is { } fact)
                {
                    Forget(store, fact);
                }
            }

            throw;
        }

        FlushLinked();
        return failed is null ? FactResult.Success : new FactResult(failed);
    }

    public void Update(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var outer = BeginChange(Activity.Updating, nameof(Update));
        try
        {
            EnsureInitialized();
            if (!UpdateCore(fact))
            {
                throw new ArgumentException("The fact is not in working memory, or is a linked fact.", nameof(fact));
            }

            FlushLinked();
        }
        finally
        {
            _activity = outer;
        }
    }

    public bool TryUpdate(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var outer = BeginChange(Activity.Updating, nameof(TryUpdate));
        try
        {
            EnsureInitialized();
            var updated = UpdateCore(fact);
            FlushLinked();
            return updated;
        }
        finally
        {
            _activity = outer;
        }
    }

    public void UpdateAll(IEnumerable<object> facts)
    {
        if (UpdateBatch(facts, BatchOptions.AllOrNothing, nameof(UpdateAll)).FailedCount > 0)
        {
            throw new ArgumentException("Some facts are not in working memory; none was updated.", nameof(facts));
        }
    }

    public IFactResult TryUpdateAll(IEnumerable<object> facts) => UpdateBatch(facts, BatchOptions.AllOrNothing, nameof(TryUpdateAll));

    public IFactResult TryUpdateAll(IEnumerable<object> facts, BatchOptions options) => UpdateBatch(facts, options, nameof(TryUpdateAll));

    private FactResult UpdateBatch(IEnumerable<object> facts, BatchOptions options, string operation) =>
        Batch(facts, options, Activity.Updating, operation, static (session, fact, _) => !session.IsUserFact(fact), static (session, fact) => session.UpdateCore(fact));

    public void Retract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var outer = BeginChange(Activity.Retracting, nameof(Retract));
        try
        {
            EnsureInitialized();
            if (!RetractCore(fact))
            {
                throw new ArgumentException("The fact is not in working memory, or is a linked fact.", nameof(fact));
            }

            FlushLinked();
        }
        finally
        {
            _activity = outer;
        }
    }

    public bool TryRetract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var outer = BeginChange(Activity.Retracting, nameof(TryRetract));
        try
        {
            EnsureInitialized();
            var retracted = RetractCore(fact);
            FlushLinked();
            return retracted;
        }
        finally
        {
            _activity = outer;
        }
    }

    public void RetractAll(IEnumerable<object> facts)
    {
        if (RetractBatch(facts, BatchOptions.AllOrNothing, nameof(RetractAll)).FailedCount > 0)
        {
            throw new ArgumentException("Some facts are not in working memory; none was retracted.", nameof(facts));
        }
    }

    public IFactResult TryRetractAll(IEnumerable<object> facts) => RetractBatch(facts, BatchOptions.AllOrNothing, nameof(TryRetractAll));

    public IFactResult TryRetractAll(IEnumerable<object> facts, BatchOptions options) => RetractBatch(facts, options, nameof(TryRetractAll));

    private FactResult RetractBatch(IEnumerable<object> facts, BatchOptions options, string operation) =>
        Batch(facts, options, Activity.Retracting, operation, static (session, fact, batch) => !session.IsUserFact(fact) || !batch.Add(session.IdentityOf(fact)), static (session, fact) => session.RetractCore(fact));

    internal bool InsertCore(object value)
    {
        var key = IdentityOf(value);
        if (IsQueuedForInsertByKey(key))
        {
            return false;
        }

        var facts = Facts(1);
        var fact = NewFact(value, null);
        if (!facts.TryAdd(key, fact))
        {
            return false;
        }

        PropagateNew(fact);
        return true;
    }

    private void PropagateNew(Fact fact)
    {
        AnnounceNew(fact);
        PropagateAnnounced(fact, _currentRecord);
    }

    /// <summary>Raises <see cref="FactEvent.Inserting"/> for a fact just added to the fact table.</summary>
    private void AnnounceNew(Fact fact)
    {
        if (EventsOrFactory.IsActive)
        {
            AnnounceNewToHandlers(fact);
        }
    }

    private void AnnounceNewToHandlers(Fact fact)
    {
        try
        {
            Raise(FactEvent.Inserting, fact);
        }
        catch
        {
            // A handler that throws stops the insert before the network sees the fact.
            Forget(_facts!, fact);
            throw;
        }
    }

    /// <summary>
    /// Propagates a new fact whose <see cref="FactEvent.Inserting"/> event has been raised, records it as produced by
    /// <paramref name="record"/>'s firing, if any, and raises <see cref="FactEvent.Inserted"/>.
    /// </summary>
    private void PropagateAnnounced(Fact fact, FiringRecord? record)
    {
        try
        {
            Propagate(fact, PropagationKind.Assert, fact.Object!.GetType());
        }
        catch
        {
            EndOperation();
            throw;
        }

        EndOperation();
        if (record is not null)
        {
            Explanations!.Produced(record, fact.Object!);
        }

        Raise(FactEvent.Inserted, fact);
    }

    internal bool UpdateCore(object value)
    {
        if (_facts is null || !_facts.TryGetValue(IdentityOf(value), out var fact) || fact.Source is not null)
        {
            return false;
        }

        ModifyFact(fact, value);
        _currentRecord?.AddUpdated(value);
        return true;
    }

    internal bool RetractCore(object value)
    {
        if (_facts is null || !_facts.TryGetValue(IdentityOf(value), out var fact) || fact.Source is not null)
        {
            return false;
        }

        RemoveFact(fact);
        _currentRecord?.AddRetracted(value);
        return true;
    }

    private void ModifyFact(Fact fact, object value)
    {
        Raise(FactEvent.Updating, fact);
        ModifyAnnounced(fact, value);
    }

    /// <summary>Updates a fact whose <see cref="FactEvent.Updating"/> event has been raised.</summary>
    private void ModifyAnnounced(Fact fact, object value)
    {
        var oldType = fact.Object!.GetType();
        fact.Object = value;
        var newType = value.GetType();
        var outer = _updating;
        _updating = fact;
        try
        {
            try
            {
                if (oldType == newType)
                {
                    Propagate(fact, PropagationKind.Modify, newType);
                }
                else
                {
                    // The value's type changed: until the new type's dispatch is set, a query (from a condition) tests
                    // the value itself rather than trust the old type's dispatch.
                    fact.Dispatch = null;
                    Propagate(fact, PropagationKind.Retract, oldType);
                    Propagate(fact, PropagationKind.Assert, newType);
                }
            }
            catch
            {
                EndOperation();
                throw;
            }

            EndOperation();
        }
        finally
        {
            _updating = outer;
        }

        Raise(FactEvent.Updated, fact);
    }

    private void RemoveFact(Fact fact)
    {
        Raise(FactEvent.Retracting, fact);
        RemoveAnnounced(fact);
    }

    /// <summary>Retracts a fact whose <see cref="FactEvent.Retracting"/> event has been raised.</summary>
    private void RemoveAnnounced(Fact fact)
    {
        try
        {
            Propagate(fact, PropagationKind.Retract, fact.Object!.GetType());
        }
        catch
        {
            EndOperation();
            throw;
        }

        Forget(_facts!, fact);
        EndOperation();
        Raise(FactEvent.Retracted, fact);
    }

    private void Propagate(Fact fact, PropagationKind kind, Type type)
    {
        switch (kind)
        {
            case PropagationKind.Assert:
                Assert(fact, type);
                break;
            case PropagationKind.Modify:
                Modify(fact, type);
                break;
            default:
                Retract(fact);
                break;
        }
    }

    private void Assert(Fact fact, Type type)
    {
        var dispatch = DispatchFor(type);
        fact.Dispatch = dispatch;
        var unhashed = dispatch.Unhashed;
        for (var i = 0; i < unhashed.Length; i++)
        {
            unhashed[i].Assert(this, fact);
        }

        var groups = dispatch.Groups;
        for (var i = 0; i < groups.Length; i++)
        {
            var nodes = Candidates(groups[i], fact, out var dispatched);
            if (dispatched)
            {
                for (var j = 0; j < nodes.Length; j++)
                {
                    nodes[j].AssertDispatched(this, fact);
                }
            }
            else
            {
                for (var j = 0; j < nodes.Length; j++)
                {
                    nodes[j].Assert(this, fact);
                }
            }
        }
    }

    private void Modify(Fact fact, Type type)
    {
        var nodes = Holding(fact);
        var dispatch = DispatchFor(type);
        nodes.AddRange(dispatch.Unhashed);
        foreach (var group in dispatch.Groups)
        {
            nodes.AddRange(Candidates(group, fact, out _));
        }

        foreach (var node in Ordered(nodes))
        {
            node.Modify(this, fact);
        }
    }

    private void Retract(Fact fact)
    {
        foreach (var node in Ordered(Holding(fact)))
        {
            node.Retract(this, fact);
        }
    }

    /// <summary>The factory's dispatch for a type, remembering the last two types seen.</summary>
    private AlphaDispatch DispatchFor(Type type)
    {
        var first = _dispatch0;
        if (first is not null && first.Type == type)
        {
            return first;
        }

        return DispatchForOther(type);
    }

    private AlphaDispatch DispatchForOther(Type type)
    {
        var found = _dispatch1 is { } second && second.Type == type ? second : _factory.DispatchFor(type);
        _dispatch1 = _dispatch0;
        _dispatch0 = found;
        return found;
    }

    /// <summary>
    /// The alpha nodes of a group that a fact may reach: those under its key (a string key that is the rule's own
    /// constant is found by reference first), those under the null key, or every node when reading the key fails.
    /// </summary>
    /// <param name="group">The hash group.</param>
    /// <param name="fact">The fact.</param>
    /// <param name="dispatched">Whether the nodes were found under a non-null key, which decides their first condition.</param>
    private static AlphaNode[] Candidates(AlphaHashGroup group, Fact fact, out bool dispatched)
    {
        dispatched = false;
        if (!TryKey(group, fact, out var key))
        {
            // Reading the key failed: test every node of the group, whose own conditions raise the
            // error (or not) exactly as they would without hashing.
            return group.All;
        }

        if (key is null)
        {
            return group.Nodes.TryGetValue(NullKey.Instance, out var unkeyed) ? unkeyed : [];
        }

        dispatched = true;
        if (!group.HasValues)
        {
            return [];
        }

        return (key is string && group.ByReference is { } byReference && byReference.TryGetValue(key, out var nodes))
            || group.Nodes.TryGetValue(key, out nodes)
            ? nodes
            : [];
    }

    /// <summary>Reads a fact's dispatch key for a group; false when reading it throws.</summary>
    private static bool TryKey(AlphaHashGroup group, Fact fact, out object? key)
    {
        try
        {
            key = group.Key.Delegate(null, fact.Object);
            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            key = null;
            return false;
        }
    }

    /// <summary>The alpha nodes whose targets currently hold the fact.</summary>
    private static List<AlphaNode> Holding(Fact fact)
    {
        var nodes = new List<AlphaNode>();
        for (var entry = fact.FirstEntry; entry is not null; entry = entry.NextOfFact)
        {
            nodes.Add(entry.Node.Alpha);
        }

        for (var token = fact.FirstToken; token is not null; token = token.NextOfFact)
        {
            if (token.Producer is JoinNode { IsRootFed: true } join)
            {
                nodes.Add(join.Alpha);
            }
        }

        return nodes;
    }

    private static IEnumerable<AlphaNode> Ordered(List<AlphaNode> nodes) => nodes.Distinct().OrderBy(n => n.Target.Id);

    /// <summary>Takes the facts a batch reserved (the non-null entries) out of the fact table again.</summary>
    private void ForgetAll(Dictionary<object, Fact> store, Fact?[] reserved)
    {
        foreach (var fact in reserved)
        {
            if (fact is not null)
            {
                Forget(store, fact);
            }
        }
    }

    /// <summary>
    /// Takes a fact out of the fact table. A later fact may then take its slot, so the table no longer
    /// enumerates in insertion order, and <see cref="Query{TFact}"/> sorts what it finds by creation order
    /// until the next reset: the order of a query never rests on which facts came and went.
    /// </summary>
    private void Forget(Dictionary<object, Fact> store, Fact fact)
    {
        store.Remove(IdentityOf(fact.Object!));
        _factsForgotten = true;
    }

    private bool ContainsKey(object value) => _facts is not null && _facts.ContainsKey(IdentityOf(value));

    private bool IsUserFact(object value) =>
        _facts is not null && _facts.TryGetValue(IdentityOf(value), out var fact) && fact.Source is null;

    private FactResult Batch(IEnumerable<object> facts, BatchOptions options, Activity activity, string operation, Func<Session, object, HashSet<object>, bool> fails, Func<Session, object, bool> apply)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var outer = BeginChange(activity, operation);
        try
        {
            return Batch(facts, options, fails, apply);
        }
        finally
        {
            _activity = outer;
        }
    }

    private FactResult Batch(IEnumerable<object> facts, BatchOptions options, Func<Session, object, HashSet<object>, bool> fails, Func<Session, object, bool> apply)
    {
        EnsureInitialized();
        var items = facts as IReadOnlyList<object> ?? facts.ToArray();
        var seen = new HashSet<object>(_factory.Identity);
        bool[]? failing = null;
        List<object>? failed = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            ArgumentNullException.ThrowIfNull(item, nameof(facts));
            if (fails(this, item, seen))
            {
                (failing ??= new bool[items.Count])[i] = true;
                (failed ??= []).Add(item);
            }
        }

        if (failed is not null && options == BatchOptions.AllOrNothing)
        {
            return new FactResult(failed);
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (failing is null || !failing[i])
            {
                apply(this, items[i]);
            }
        }

        FlushLinked();
        return failed is null ? FactResult.Success : new FactResult(failed);
    }

    private void Raise(FactEvent kind, Fact fact)
    {
        var events = EventsOrFactory;
        if (events.IsActive)
        {
            events.Raise(kind, this, fact);
        }
    }
}
