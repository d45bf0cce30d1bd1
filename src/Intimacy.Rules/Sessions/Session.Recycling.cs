using Intimacy.Rules.Network;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Sessions;

/// <summary>
/// Once a session has been reset, its facts, tokens, activations and right-memory entries are kept from
/// one run to the next: <see cref="Reset"/> clears them and the next run takes them again in place of new
/// ones. A session that is reset and reused therefore allocates little for its network once it has seen
/// its largest run. A session that is never reset keeps nothing beyond what its run needs.
/// </summary>
internal sealed partial class Session
{
    // Created by the first Reset: a session used once does not pay for the bookkeeping.
    private KeptObjects? _kept;

    internal Fact NewFact(object value, IFactSource? source)
    {
        var fact = _kept?.Facts.TryTake();
        if (fact is null)
        {
            fact = new Fact(value, NextSequence());
            _kept?.Facts.Keep(fact);
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
        var token = _kept?.Tokens.TryTake();
        if (token is null)
        {
            token = new MemoryToken(parent, fact, producer);
            _kept?.Tokens.Keep(token);
        }
        else
        {
            token.Reuse(parent, fact, producer);
        }

        return token;
    }

    internal Activation NewActivation(MemoryToken? parent, Fact? fact, BetaNode? producer, RuleBranch branch)
    {
        var activation = _kept?.Activations.TryTake();
        if (activation is null)
        {
            activation = new Activation(this, parent, fact, producer, branch);
            _kept?.Activations.Keep(activation);
        }
        else
        {
            activation.Reuse(parent, fact, producer, branch);
        }

        return activation;
    }

    internal RightEntry NewRightEntry(Fact fact, RightInputNode node)
    {
        var entry = _kept?.Entries.TryTake();
        if (entry is null)
        {
            entry = new RightEntry(fact, node);
            _kept?.Entries.Keep(entry);
        }
        else
        {
            entry.Reuse(fact, node);
        }

        return entry;
    }

    /// <summary>
    /// Clears every kept object of the run that ends and frees them for the next run; on the first reset,
    /// starts keeping (the first run's objects are left to the collector).
    /// </summary>
    private void ClearKept()
    {
        if (_kept is not { } kept)
        {
            _kept = new KeptObjects();
            return;
        }

        // Each object is cleared first (it may refer to that run's facts), by a direct call on its own type.
        foreach (var fact in kept.Facts.InUse)
        {
            fact.Clear();
        }

        foreach (var token in kept.Tokens.InUse)
        {
            token.Clear();
        }

        foreach (var activation in kept.Activations.InUse)
        {
            activation.Clear();
        }

        foreach (var entry in kept.Entries.InUse)
        {
            entry.Clear();
        }

        kept.Facts.Rewind();
        kept.Tokens.Rewind();
        kept.Activations.Rewind();
        kept.Entries.Rewind();
    }

    private sealed class KeptObjects
    {
        public Recycler<Fact> Facts;
        public Recycler<MemoryToken> Tokens;
        public Recycler<Activation> Activations;
        public Recycler<RightEntry> Entries;

        /// <summary>How many objects the run that ends was handed, of every kind.</summary>
        public int InUse => Facts.InUse.Length + Tokens.InUse.Length + Activations.InUse.Length + Entries.InUse.Length;
    }
}
