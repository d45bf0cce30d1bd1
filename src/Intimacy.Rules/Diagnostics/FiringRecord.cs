using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Diagnostics;

/// <summary>One firing recorded by a session with explanations on.</summary>
public sealed class FiringRecord
{
    private readonly List<object> _inserted = [];
    private readonly List<object> _updated = [];
    private readonly List<object> _retracted = [];

    internal FiringRecord(int index, IRuleDefinition rule, MatchTrigger trigger, IReadOnlyList<object?> matchedFacts, IReadOnlyList<IFact> matchedFactWrappers)
    {
        Index = index;
        Rule = rule;
        Trigger = trigger;
        MatchedFacts = matchedFacts;
        MatchedFactWrappers = matchedFactWrappers;
    }

    /// <summary>Position of the firing in the session, from zero.</summary>
    public int Index { get; }

    /// <summary>The rule that fired.</summary>
    public IRuleDefinition Rule { get; }

    /// <summary>What brought the match onto the agenda.</summary>
    public MatchTrigger Trigger { get; }

    /// <summary>The matched values, in declaration order (facts, aggregate results and <c>Let</c> values).</summary>
    public IReadOnlyList<object?> MatchedFacts { get; }

    /// <summary>Facts the actions inserted, directly or as linked (yielded) facts.</summary>
    public IReadOnlyList<object> InsertedFacts => _inserted;

    /// <summary>Facts the actions updated.</summary>
    public IReadOnlyList<object> UpdatedFacts => _updated;

    /// <summary>Facts the actions retracted.</summary>
    public IReadOnlyList<object> RetractedFacts => _retracted;

    internal IReadOnlyList<IFact> MatchedFactWrappers { get; }

    internal void AddInserted(object fact) => _inserted.Add(fact);

    internal void AddUpdated(object fact) => _updated.Add(fact);

    internal void AddRetracted(object fact) => _retracted.Add(fact);

    /// <inheritdoc />
    public override string ToString() => $"#{Index} {Rule.Name}";
}
