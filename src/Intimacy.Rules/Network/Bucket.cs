namespace Intimacy.Rules.Network;

/// <summary>
/// The left tokens and right facts of one node that share a join key (or all of them when the node
/// is not indexed), each list in arrival order.
/// </summary>
internal class Bucket
{
    public Bucket(object key)
    {
        Key = key;
    }

    public readonly object Key;

    public MemoryToken? LeftHead;

    public MemoryToken? LeftTail;

    public RightEntry? RightHead;

    public RightEntry? RightTail;

    public bool IsEmpty => LeftHead is null && RightHead is null;

    public void AddLeft(MemoryToken token)
    {
        token.Bucket = this;
        token.PrevInMemory = LeftTail;
        token.NextInMemory = null;
        if (LeftTail is null)
        {
            LeftHead = token;
        }
        else
        {
            LeftTail.NextInMemory = token;
        }

        LeftTail = token;
    }

    public void RemoveLeft(MemoryToken token)
    {
        if (token.PrevInMemory is null)
        {
            LeftHead = token.NextInMemory;
        }
        else
        {
            token.PrevInMemory.NextInMemory = token.NextInMemory;
        }

        if (token.NextInMemory is null)
        {
            LeftTail = token.PrevInMemory;
        }
        else
        {
            token.NextInMemory.PrevInMemory = token.PrevInMemory;
        }

        token.PrevInMemory = null;
        token.NextInMemory = null;
        token.Bucket = null;
    }

    public void AddRight(RightEntry entry)
    {
        entry.Bucket = this;
        entry.Prev = RightTail;
        entry.Next = null;
        if (RightTail is null)
        {
            RightHead = entry;
        }
        else
        {
            RightTail.Next = entry;
        }

        RightTail = entry;
    }

    public void RemoveRight(RightEntry entry)
    {
        if (entry.Prev is null)
        {
            RightHead = entry.Next;
        }
        else
        {
            entry.Prev.Next = entry.Next;
        }

        if (entry.Next is null)
        {
            RightTail = entry.Prev;
        }
        else
        {
            entry.Next.Prev = entry.Prev;
        }

        entry.Prev = null;
        entry.Next = null;
        entry.Bucket = null;
    }
}
