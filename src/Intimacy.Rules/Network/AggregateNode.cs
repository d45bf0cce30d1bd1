using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>
/// Runs a query for each left token: the matching right facts pass through the pipeline stages and
/// each result becomes a child token. On any change the query is recomputed for the affected tokens
/// and the results are matched to the previous ones by key, so a changed result is an update of the
/// same match rather than a new one. A query that starts with <c>Collect</c> keeps the facts that
/// passed, so a right change tests only the fact that changed before the rest of the query runs again.
/// </summary>
internal sealed class AggregateNode : RightInputNode
{
    private readonly AggregateStage[] _stages;

    /// <summary>The query starts with <c>Collect</c>: a right change updates the collected facts instead of testing them all again.</summary>
    private readonly CollectStage? _collect;

    public AggregateNode(int id, CompiledRule rule, ConditionExpression[] conditions, JoinKey? key, bool isRootFed, AggregateStage[] stages)
        : base(id, rule, conditions, key, isRootFed)
    {
        _stages = stages;
        _collect = stages.Length > 0 ? stages[0] as CollectStage : null;
    }

    public override void LeftAssert(Session session, Token token)
    {
        var left = (MemoryToken)token;
        AddLeft(session, left);
        Recompute(session, left, null, leftModified: false);
    }

    public override void LeftModify(Session session, Token token)
    {
        var left = (MemoryToken)token;
        RekeyLeft(session, left);
        Recompute(session, left, null, leftModified: true);
    }

    public override void LeftRetract(Session session, Token token)
    {
        var left = (MemoryToken)token;
        RemoveLeft(session, left);
        while (left.FirstChild is not null)
        {
            session.RetractToken(left.FirstChild);
        }

        left.State = null;
    }

    public override void RightAssert(Session session, Fact fact)
    {
        var entry = AddRight(session, fact);
        for (var left = entry.Bucket!.LeftHead; left is not null; left = left.NextInMemory)
        {
            if (Matches(session, left, fact))
            {
                if (left.State is CollectState collected)
                {
                    // The new fact is last in its bucket, so last of the facts collected in bucket order.
                    collected.Facts.Add(fact);
                    Republish(session, left, collected, fact);
                }
                else
                {
                    Recompute(session, left, fact, leftModified: false);
                }
            }
        }
    }

    public override void RightRetract(Session session, Fact fact)
    {
        var entry = fact.FindEntry(this)!;
        var bucket = entry.Bucket!;
        bucket.RemoveRight(entry);
        fact.RemoveEntry(entry);
        RecomputeAll(session, bucket, fact, stillHere: false);
        session.Memory(this).Release(bucket);
    }

    public override void RightModify(Session session, Fact fact)
    {
        var entry = fact.FindEntry(this)!;
        var oldBucket = RekeyRight(session, entry);
        RecomputeAll(session, entry.Bucket!, fact, stillHere: true);
        if (oldBucket is not null)
        {
            RecomputeAll(session, oldBucket, fact, stillHere: false);
            session.Memory(this).Release(oldBucket);
        }
    }

    /// <summary>Brings the results of every left token of a bucket up to date after a change of one right fact, which is still in the bucket (updated there) or has left it.</summary>
    private void RecomputeAll(Session session, Bucket bucket, Fact trigger, bool stillHere)
    {
        for (var left = bucket.LeftHead; left is not null; left = left.NextInMemory)
        {
            if (left.State is CollectState collected)
            {
                Recollect(session, left, collected, trigger, stillHere);
            }
            else
            {
                Recompute(session, left, trigger, leftModified: false);
            }
        }
    }

    /// <summary>
    /// Updates the facts collected for <paramref name="left"/> after a change of one of them, testing only that fact:
    /// the others passed before and their tests have not changed (recomputing tested every fact, O(n) per change).
    /// </summary>
    private void Recollect(Session session, MemoryToken left, CollectState collected, Fact trigger, bool stillHere)
    {
        var facts = collected.Facts;
        var was = facts.IndexOf(trigger);
        var passes = stillHere && Matches(session, left, trigger);
        if (was < 0 && !passes)
        {
            // Neither then nor now: the collection, and whether the result changed, stay as they were.
            return;
        }

        if (was >= 0 && !passes)
        {
            facts.RemoveAt(was);
        }
        else if (was < 0)
        {
            facts.Insert(PositionInBucket(left.Bucket!, facts, trigger), trigger);
        }

        Republish(session, left, collected, trigger);
    }

    /// <summary>Where <paramref name="fact"/> goes among <paramref name="facts"/>, which are in bucket order.</summary>
    private static int PositionInBucket(Bucket bucket, List<Fact> facts, Fact fact)
    {
        var index = 0;
        for (var entry = bucket.RightHead; entry is not null && entry.Fact != fact; entry = entry.Next)
        {
            if (index < facts.Count && facts[index] == entry.Fact)
            {
                index++;
            }
        }

        return index;
    }

    /// <summary>Runs the query on the facts already collected for <paramref name="left"/>, then publishes the results.</summary>
    private void Republish(Session session, MemoryToken left, CollectState collected, Fact? trigger, bool leftModified = false)
    {
        List<AggregateItem> items = [_collect!.Collect(collected.Facts)];
        for (var i = 1; i < _stages.Length; i++)
        {
            items = _stages[i].Apply(session, this, left, items);
        }

        Publish(session, left, items, trigger, leftModified);
    }

    /// <summary>
    /// Tests every fact of the bucket for a query that starts with <c>Collect</c> and keeps those that passed, so that a right
    /// change tests only the fact that changed; then runs the query on them (no item per fact for the collect stage to copy).
    /// </summary>
    private void RecomputeCollected(Session session, MemoryToken left, Fact? trigger, bool leftModified)
    {
        var passed = new List<Fact>();
        for (var entry = left.Bucket!.RightHead; entry is not null; entry = entry.Next)
        {
            if (Matches(session, left, entry.Fact))
            {
                passed.Add(entry.Fact);
            }
        }

        var collected = left.State as CollectState ?? new CollectState();
        collected.Facts.Clear();
        collected.Facts.AddRange(passed);
        left.State = collected;
        Republish(session, left, collected, trigger, leftModified);
    }

    private void Recompute(Session session, MemoryToken left, Fact? trigger, bool leftModified)
    {
        if (_collect is not null)
        {
            RecomputeCollected(session, left, trigger, leftModified);
            return;
        }

        var items = new List<AggregateItem>();
        for (var entry = left.Bucket!.RightHead; entry is not null; entry = entry.Next)
        {
            if (Matches(session, left, entry.Fact))
            {
                items.Add(new AggregateItem(entry.Fact, entry.Fact.Object, [entry.Fact]));
            }
        }

        foreach (var stage in _stages)
        {
            items = stage.Apply(session, this, left, items);
        }

        Publish(session, left, items, trigger, leftModified);
    }

    /// <summary>Pairs the query's results with the previous ones: new ones are asserted, gone ones retracted, changed ones modified.</summary>
    private void Publish(Session session, MemoryToken left, List<AggregateItem> items, Fact? trigger, bool leftModified)
    {
        var collected = left.State as CollectState;
        var previous = new AggregateSlotMatcher((collected is null ? left.State as List<AggregateSlot> : collected.Slots) ?? []);
        var current = new List<AggregateSlot>(items.Count);
        var modified = new List<AggregateSlot>();
        var added = new List<AggregateSlot>();
        var inNew = new SourceLookup(trigger);
        var inOld = new SourceLookup(trigger);
        foreach (var item in items)
        {
            var existing = previous.Take(item.Key);
            if (existing is null)
            {
                var slot = new AggregateSlot(item.Key, new AggregateResult(item.Value, session.NextSequence(), item.Key) { Source = new AggregateSource(item.Sources) });
                current.Add(slot);
                added.Add(slot);
                continue;
            }

            current.Add(existing);
            var oldSource = (AggregateSource?)existing.Fact.Source;
            var changed = leftModified
                || !AggregateContents.SameValue(existing.Fact.Object, item.Value)
                || (inNew.In(item.Sources) && oldSource is not null && inOld.In(oldSource.List));
            existing.Fact.Object = item.Value;
            existing.Fact.Source = new AggregateSource(item.Sources);
            if (changed)
            {
                modified.Add(existing);
            }
        }

        if (collected is null)
        {
            left.State = current;
        }
        else
        {
            collected.Slots = current;
        }

        foreach (var gone in previous.Remaining())
        {
            if (gone.Child is not null)
            {
                session.RetractToken(gone.Child);
            }
        }

        foreach (var slot in modified)
        {
            Successor!.LeftModify(session, slot.Child!);
        }

        foreach (var slot in added)
        {
            var child = session.NewChild(left, slot.Fact, this);
            Successor!.LeftAssert(session, child);

            // A terminal may have put back an earlier activation for the same match in the child's place.
            slot.Child = child is Activation { ReplacedBy: { } earlier } ? earlier : child;
        }
    }
}
