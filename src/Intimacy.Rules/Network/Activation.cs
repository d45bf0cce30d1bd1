using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>
/// A match of a rule branch and its place on the agenda; also the source of the facts it links,
/// which it keeps inline for the common single yield.
/// </summary>
internal sealed partial class Activation : Token, IMatch, ILinkedFactSource
{
    public Activation(Session owner, MemoryToken? parent, Fact? fact, BetaNode? producer, RuleBranch branch)
        : base(parent, fact, producer)
    {
        Owner = owner;
        Branch = branch;
    }

    public RuleBranch Branch { get; private set; }

    public CompiledRule CompiledRule => Branch.Rule;

    /// <summary>Set on a just-created activation that an earlier one, standing for the same match, replaced.</summary>
    public Activation? ReplacedBy { get; set; }

    /// <summary>The token holding the match's values: the activation itself.</summary>
    public Token Token => this;

    public MatchTrigger Trigger { get; set; }

    public bool IsEnqueued { get; set; }

    public long QueueSequence { get; set; }

    public bool HasFired { get; set; }

    /// <summary>Waiting, within the current operation, to be put on the agenda in canonical order.</summary>
    public bool IsPending { get; set; }

    /// <summary>The created event has been raised.</summary>
    public bool IsAnnounced { get; set; }

    public bool IsDeleted { get; set; }

    /// <summary>Its match vanished during the current operation; final unless the match comes back before the operation ends.</summary>
    public bool IsRemoved { get; set; }

    private object? _linkedKey;
    private Fact? _linkedFact;
    private List<KeyValuePair<object, Fact>>? _moreLinked;

    public IRuleDefinition Rule => Branch.Rule.Definition;

    /// <summary>Every declaration of the rule, with a null value for one an Or's other branch binds (as in NRules).</summary>
    public IEnumerable<IFactMatch> Facts => FactsOf(Branch.MatchDeclarations);

    private IFactMatch[] FactsOf(BranchDeclaration[] declarations)
    {
        var result = new IFactMatch[declarations.Length];
        for (var i = 0; i < declarations.Length; i++)
        {
            var depth = declarations[i].Depth;
            result[i] = new FactMatch(declarations[i].Declaration, depth < 0 ? null : FactAt(depth));
        }

        return result;
    }

    public Fact FactAt(int depth)
    {
        var token = Token;
        for (var i = Branch.Depth; i > depth; i--)
        {
            token = token.Parent!;
        }

        return token.Fact!;
    }

    public bool HasLinked => _linkedFact is not null || _moreLinked is { Count: > 0 };

    FactSourceType IFactSource.SourceType => FactSourceType.Linked;

    /// <summary>The facts the match binds (a linked fact's source): those of its own branch.</summary>
    IEnumerable<IFact> IFactSource.Facts => FactsOf(Branch.Declarations);

    public Fact? FindLinked(object key)
    {
        if (_linkedFact is not null && Equals(_linkedKey, key))
        {
            return _linkedFact;
        }

        if (_moreLinked is not null)
        {
            foreach (var pair in _moreLinked)
            {
                if (Equals(pair.Key, key))
                {
                    return pair.Value;
                }
            }
        }

        return null;
    }

    public void AddLinked(object key, Fact fact)
    {
        if (_linkedFact is null)
        {
            _linkedKey = key;
            _linkedFact = fact;
        }
        else
        {
            (_moreLinked ??= []).Add(new KeyValuePair<object, Fact>(key, fact));
        }
    }

    public void RemoveLinked(object key)
    {
        if (_linkedFact is not null && Equals(_linkedKey, key))
        {
            _linkedKey = null;
            _linkedFact = null;
            return;
        }

        _moreLinked?.RemoveAll(pair => Equals(pair.Key, key));
    }

    /// <summary>The linked facts with their keys, as a snapshot.</summary>
    public List<KeyValuePair<object, Fact>> LinkedPairs()
    {
        var pairs = new List<KeyValuePair<object, Fact>>();
        if (_linkedFact is not null)
        {
            pairs.Add(new KeyValuePair<object, Fact>(_linkedKey!, _linkedFact));
        }

        if (_moreLinked is not null)
        {
            pairs.AddRange(_moreLinked);
        }

        return pairs;
    }

    /// <summary>Makes a cleared activation stand for a new match of <paramref name="branch"/>.</summary>
    public void Reuse(MemoryToken? parent, Fact? fact, BetaNode? producer, RuleBranch branch)
    {
        Reuse(parent, fact, producer);
        Branch = branch;
    }

    /// <inheritdoc />
    public override void Clear()
    {
        base.Clear();
        ReplacedBy = null;
        Trigger = default;
        IsEnqueued = false;
        QueueSequence = 0;
        HasFired = false;
        IsPending = false;
        IsAnnounced = false;
        IsDeleted = false;
        IsRemoved = false;
        _linkedKey = null;
        _linkedFact = null;
        _moreLinked?.Clear();
    }

    public override string ToString() => Rule.Name;
}
