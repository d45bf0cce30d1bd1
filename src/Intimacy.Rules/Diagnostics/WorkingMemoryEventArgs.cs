using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Diagnostics;

/// <summary>Data of working-memory events.</summary>
public class WorkingMemoryEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="fact">The fact the event is about.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    public WorkingMemoryEventArgs(IFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        Fact = fact;
    }

    /// <summary>The fact the event is about.</summary>
    public IFact Fact { get; }
}
