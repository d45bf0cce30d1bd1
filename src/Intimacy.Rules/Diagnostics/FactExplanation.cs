namespace Intimacy.Rules.Diagnostics;

/// <summary>Why a fact is in working memory: the firing that produced it and, recursively, that firing's matched facts.</summary>
public sealed class FactExplanation
{
    internal FactExplanation(object fact, FiringRecord? producedBy, IReadOnlyList<FactExplanation> causes)
    {
        Fact = fact;
        ProducedBy = producedBy;
        Causes = causes;
    }

    /// <summary>The fact explained.</summary>
    public object Fact { get; }

    /// <summary>The firing that inserted or yielded the fact; <c>null</c> when the caller inserted it.</summary>
    public FiringRecord? ProducedBy { get; }

    /// <summary>Explanations of the facts the producing firing matched.</summary>
    public IReadOnlyList<FactExplanation> Causes { get; }

    /// <summary>Whether the caller inserted the fact (it has no producing firing).</summary>
    public bool IsInput => ProducedBy is null;
}
