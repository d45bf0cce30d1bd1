using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Network;

/// <summary>A match of a rule branch and its place on the agenda.</summary>
internal sealed class Activation : IMatch
{
    public Activation(RuleBranch branch, Token token)
    {
        Branch = branch;
        Token = token;
    }

    public RuleBranch Branch { get; }

    public CompiledRule CompiledRule => Branch.Rule;

    public Token Token { get; set; }

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

    public List<KeyValuePair<object, Fact>>? Linked { get; set; }

    public IRuleDefinition Rule => Branch.Rule.Definition;

    public IEnumerable<IFactMatch> Facts
    {
        get
        {
            var declarations = Branch.Declarations;
            var result = new IFactMatch[declarations.Length];
            for (var i = 0; i < declarations.Length; i++)
            {
                result[i] = new FactMatch(declarations[i].Declaration, FactAt(declarations[i].Depth));
            }

            return result;
        }
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

    public Fact? FindLinked(object key)
    {
        if (Linked is null)
        {
            return null;
        }

        foreach (var pair in Linked)
        {
            if (Equals(pair.Key, key))
            {
                return pair.Value;
            }
        }

        return null;
    }

    public override string ToString() => Rule.Name;
}
