using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>
/// Runs a query for each left token: the matching right facts pass through the pipeline stages and
/// each result becomes a child token. On any change the query is recomputed for the affected tokens
/// and the results are matched to the previous ones by key, so a changed result is an update of the
/// same match rather than a new one.
/// </summary>
internal sealed class AggregateNode : RightInputNode
{
    private readonly AggregateStage[] _stages;

    public AggregateNode(int id, CompiledRule rule, ConditionExpression[] conditions, JoinKey? key, bool isRootFed, AggregateStage[] stages)
        : base(id, rule, conditions, key, isRootFed)
    {
        _stages = stages;
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
                Recompute(session, left, fact, leftModified: false);
            }
        }
    }

    public override void RightRetract(Session session, Fact fact)
    {
        var entry = fact.FindEntry(this)!;
        var bucket = entry.Bucket!;
        bucket.RemoveRight(entry);
        fact.RemoveEntry(entry);
        RecomputeAll(session, bucket, fact);
        session.Memory(this).Release(bucket);
    }

    public override void RightModify(Session session, Fact fact)
    {
        var entry = fact.FindEntry(this)!;
        var oldBucket = RekeyRight(session, entry);
        RecomputeAll(session, entry.Bucket!, fact);
        if (oldBucket is not null)
        {
            RecomputeAll(session, oldBucket, fact);
            session.Memory(this).Release(oldBucket);
        }
    }

    private void RecomputeAll(Session session, Bucket bucket, Fact trigger)
    {
        for (var left = bucket.LeftHead; left is not null; left = left.NextInMemory)
        {
            Recompute(session, left, trigger, leftModified: false);
        }
    }

    private void Recompute(Session session, MemoryToken left, Fact? trigger, bool leftModified)
    {
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

        var previous = new AggregateSlotMatcher(left.State as List<AggregateSlot> ?? []);
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

        left.State = current;
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
