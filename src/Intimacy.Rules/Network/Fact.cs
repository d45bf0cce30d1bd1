using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Network;

/// <summary>
/// A value in the network: a working-memory fact, an aggregate result or a <c>Let</c> value.
/// Keeps intrusive lists of the tokens and right-memory entries that hold it, so retraction needs
/// no lookups.
/// </summary>
internal class Fact : IFact, IReusable
{
    public Fact(object? value, long sequence)
    {
        Object = value;
        Sequence = sequence;
    }

    public object? Object;

    /// <summary>Creation order within the session; breaks agenda ties canonically.</summary>
    public long Sequence;

    public IFactSource? Source;

    public Token? FirstToken;

    public RightEntry? FirstEntry;

    /// <summary>The alpha dispatch of the value's runtime type, once the value has been propagated (for queries, which then need not ask for its type).</summary>
    public AlphaDispatch? Dispatch;

    /// <summary>Makes a fact kept from a run before the session's reset stand for a new fact.</summary>
    public void Reuse(object value, long sequence)
    {
        Object = value;
        Sequence = sequence;
    }

    /// <inheritdoc />
    public void Clear()
    {
        Object = null;
        Source = null;
        FirstToken = null;
        FirstEntry = null;
        Dispatch = null;
    }

    Type? IFact.Type => Object?.GetType();

    object? IFact.Value => Object;

    IFactSource? IFact.Source => Source;

    public void AddToken(Token token)
    {
        token.NextOfFact = FirstToken;
        if (FirstToken is not null)
        {
            FirstToken.PrevOfFact = token;
        }

        FirstToken = token;
    }

    public void RemoveToken(Token token)
    {
        if (token.PrevOfFact is not null)
        {
            token.PrevOfFact.NextOfFact = token.NextOfFact;
        }
        else
        {
            FirstToken = token.NextOfFact;
        }

        if (token.NextOfFact is not null)
        {
            token.NextOfFact.PrevOfFact = token.PrevOfFact;
        }

        token.NextOfFact = null;
        token.PrevOfFact = null;
    }

    public RightEntry? FindEntry(RightInputNode node)
    {
        for (var entry = FirstEntry; entry is not null; entry = entry.NextOfFact)
        {
            if (entry.Node == node)
            {
                return entry;
            }
        }

        return null;
    }

    public Token? FindToken(BetaNode producer)
    {
        for (var token = FirstToken; token is not null; token = token.NextOfFact)
        {
            if (token.Producer == producer)
            {
                return token;
            }
        }

        return null;
    }

    public void RemoveEntry(RightEntry entry)
    {
        if (FirstEntry == entry)
        {
            FirstEntry = entry.NextOfFact;
            return;
        }

        for (var current = FirstEntry; current is not null; current = current.NextOfFact)
        {
            if (current.NextOfFact == entry)
            {
                current.NextOfFact = entry.NextOfFact;
                return;
            }
        }
    }

    public override string ToString() => Object?.ToString() ?? "null";
}
