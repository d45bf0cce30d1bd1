using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules;

/// <summary>The matches waiting to fire, ordered by rule priority (highest first) and then by arrival.</summary>
public interface IAgenda
{
    /// <summary>Whether no match is waiting.</summary>
    bool IsEmpty { get; }

    /// <summary>The match that would fire next.</summary>
    /// <returns>The next match.</returns>
    /// <exception cref="InvalidOperationException">The agenda is empty.</exception>
    IMatch Peek();

    /// <summary>
    /// Drops every waiting match without firing it. The undo actions of fired matches that went away do
    /// not run either (the facts those matches linked were retracted when they went away).
    /// </summary>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of the session, or while another thread uses it.</exception>
    void Clear();
}
