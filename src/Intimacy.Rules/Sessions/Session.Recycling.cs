using Intimacy.Rules.Network;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Sessions;

/// <summary>
/// Facts, tokens, activations and right-memory entries are kept from one run to the next: <see cref="Reset"/>
/// clears them and the next run takes them again in place of new ones. A session that is reset and reused
/// therefore allocates little for its network once it has seen its largest run.
/// </summary>
internal sealed partial class Session
{
    private Recycler<Fact> _keptFacts;
    private Recycler<MemoryToken> _keptTokens;
    private Recycler<Activation> _keptActivations;
    private Recycler<RightEntry> _keptEntries;

    internal Fact NewFact(object value, IFactSource? source)
    {
        var fact = _keptFacts.TryTake();
        if (fact is null)
        {
            fact = new Fact(value, NextSequence());
            _keptFacts.Keep(fact);
        }
        else
        {
            fact.Reuse(value, NextSequence());
        }

        fact.Source = source;
        return fact;
    }

    internal MemoryToken NewMemoryToken(MemoryToken? parent, Fact? fact, BetaNode? producer)
    {
        var token = _keptTokens.TryTake();
        if (token is null)
        {
            token = new MemoryToken(parent, fact, producer);
            _keptTokens.Keep(token);
        }
        else
        {
            token.Reuse(parent, fact, producer);
        }

        return token;
    }

    internal Activation NewActivation(MemoryToken? parent, Fact? fact, BetaNode? producer, RuleBranch branch)
    {
        var activation = _keptActivations.TryTake();
        if (activation is null)
        {
            activation = new Activation(parent, fact, producer, branch);
            _keptActivations.Keep(activation);
        }
        else
        {
            activation.Reuse(parent, fact, producer, branch);
        }

        return activation;
    }

    internal RightEntry NewRightEntry(Fact fact, RightInputNode node)
    {
        var entry = _keptEntries.TryTake();
        if (entry is null)
        {
            entry = new RightEntry(fact, node);
            _keptEntries.Keep(entry);
        }
        else
        {
            entry.Reuse(fact, node);
        }

        return entry;
    }

    /// <summary>Clears every object of the run that ends (they may refer to its facts) and frees them for the next run.</summary>
    private void ClearKept()
    {
        foreach (var fact in _keptFacts.InUse)
        {
            fact.Clear();
        }

        foreach (var token in _keptTokens.InUse)
        {
            token.Clear();
        }

        foreach (var activation in _keptActivations.InUse)
        {
            activation.Clear();
        }

        foreach (var entry in _keptEntries.InUse)
        {
            entry.Clear();
        }

        _keptFacts.Rewind();
        _keptTokens.Rewind();
        _keptActivations.Rewind();
        _keptEntries.Rewind();
    }
}
