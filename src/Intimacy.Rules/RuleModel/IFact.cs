namespace Intimacy.Rules.RuleModel;

/// <summary>A fact held in a session's working memory.</summary>
public interface IFact
{
    /// <summary>Runtime type of the fact's value.</summary>
    Type? Type { get; }

    /// <summary>The fact object itself.</summary>
    object? Value { get; }

    /// <summary>For engine-made facts, where they came from; <c>null</c> for facts the caller inserted.</summary>
    IFactSource? Source { get; }
}
