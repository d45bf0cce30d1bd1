namespace Intimacy.Rules.RuleModel;

/// <summary>The actions of a rule, run in order.</summary>
public sealed class ActionGroupElement : RuleElement
{
    /// <summary>Creates the group.</summary>
    /// <param name="actions">Actions, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actions"/> is null.</exception>
    public ActionGroupElement(IEnumerable<ActionElement> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        Actions = actions.ToArray();
    }

    /// <summary>Actions, in order.</summary>
    public IReadOnlyList<ActionElement> Actions { get; }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.ActionGroup;
}
