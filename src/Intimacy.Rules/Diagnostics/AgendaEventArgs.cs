using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Diagnostics;

/// <summary>Data of agenda and firing events.</summary>
public class AgendaEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="match">The match the event is about.</param>
    /// <exception cref="ArgumentNullException"><paramref name="match"/> is null.</exception>
    public AgendaEventArgs(IMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        Match = match;
    }

    /// <summary>The match the event is about.</summary>
    public IMatch Match { get; }

    /// <summary>The rule of the match.</summary>
    public IRuleDefinition Rule => Match.Rule;

    /// <summary>The matched facts.</summary>
    public IEnumerable<IFactMatch> Facts => Match.Facts;
}
