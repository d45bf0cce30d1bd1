using Intimacy.Rules.Extensibility;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>
/// The <see cref="IContext"/> handed to the actions of a firing is the activation being fired. Each match thus has
/// a context of its own without one being allocated per firing, and a context an action kept is told apart from the
/// one of the firing that runs: the session refuses every call on a context whose firing is not the current one, so
/// a kept context can neither act for another rule's firing nor change the session between firings. Only until the
/// session is reset: a reset session reuses its activations, and a context kept across it is the reused activation.
/// </summary>
internal sealed partial class Activation : IContext, IResolutionContext
{
    /// <summary>The session whose network holds the activation.</summary>
    public Session Owner { get; }

    IRuleDefinition IContext.Rule
    {
        get
        {
            Firing();
            return Rule;
        }
    }

    IMatch IContext.Match
    {
        get
        {
            Firing();
            return this;
        }
    }

    CancellationToken IContext.CancellationToken => Firing().FiringToken;

    ISession IResolutionContext.Session => Owner;

    /// <summary>The session, once it has checked that this activation's firing is the one running.</summary>
    private Session Firing()
    {
        var session = Owner;
        session.ThrowIfNotFiring(this);
        return session;
    }

    /// <summary>The session, once it has checked that an action of this activation's firing is running.</summary>
    private Session Acting(string operation)
    {
        var session = Owner;
        session.ThrowIfNotActing(this, operation);
        return session;
    }

    void IContext.Halt() => Firing().Halt();

    void IContext.Insert(object fact) => Firing().Insert(fact);

    void IContext.InsertAll(IEnumerable<object> facts) => Firing().InsertAll(facts);

    bool IContext.TryInsert(object fact) => Firing().TryInsert(fact);

    void IContext.Update(object fact) => Firing().Update(fact);

    void IContext.UpdateAll(IEnumerable<object> facts) => Firing().UpdateAll(facts);

    bool IContext.TryUpdate(object fact) => Firing().TryUpdate(fact);

    void IContext.Retract(object fact) => Firing().Retract(fact);

    void IContext.RetractAll(IEnumerable<object> facts) => Firing().RetractAll(facts);

    bool IContext.TryRetract(object fact) => Firing().TryRetract(fact);

    IEnumerable<object> IContext.GetLinkedKeys() => Firing().GetLinkedKeys(this);

    object? IContext.GetLinked(object key) => Firing().GetLinked(this, key);

    void IContext.InsertLinked(object key, object fact) => Acting(nameof(IContext.InsertLinked)).QueueInsertLinked(this, key, fact);

    void IContext.InsertAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) =>
        QueueAll(nameof(IContext.InsertAllLinked), keyedFacts, static (session, activation, key, fact) => session.QueueInsertLinked(activation, key, fact));

    void IContext.UpdateLinked(object key, object fact) => Acting(nameof(IContext.UpdateLinked)).QueueUpdateLinked(this, key, fact);

    void IContext.UpdateAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) =>
        QueueAll(nameof(IContext.UpdateAllLinked), keyedFacts, static (session, activation, key, fact) => session.QueueUpdateLinked(activation, key, fact));

    void IContext.RetractLinked(object key, object fact) => Acting(nameof(IContext.RetractLinked)).QueueRetractLinked(this, key, fact);

    void IContext.RetractAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) =>
        QueueAll(nameof(IContext.RetractAllLinked), keyedFacts, static (session, activation, key, fact) => session.QueueRetractLinked(activation, key, fact));

    object IContext.Resolve(Type serviceType)
    {
        var session = Firing();
        ArgumentNullException.ThrowIfNull(serviceType);
        return session.DependencyResolver.Resolve(this, serviceType);
    }

    /// <summary>Queues each keyed fact with <paramref name="queue"/>, once an action of this activation's firing is known to run.</summary>
    private void QueueAll(string operation, IEnumerable<KeyValuePair<object, object>> keyedFacts, Action<Session, Activation, object, object> queue)
    {
        var session = Acting(operation);
        ArgumentNullException.ThrowIfNull(keyedFacts);
        foreach (var pair in keyedFacts)
        {
            queue(session, this, pair.Key, pair.Value);
        }
    }
}
