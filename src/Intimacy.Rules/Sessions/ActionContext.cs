using Intimacy.Rules.Extensibility;
using Intimacy.Rules.Network;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Sessions;

/// <summary>
/// The <see cref="IContext"/> handed to actions. One instance per session, reset for each firing,
/// so firing allocates no context.
/// </summary>
internal sealed class ActionContext : IContext, IResolutionContext
{
    private readonly Session _session;
    private Activation? _activation;

    public ActionContext(Session session)
    {
        _session = session;
    }

    public IRuleDefinition Rule => Current.Rule;

    public IMatch Match => Current;

    public CancellationToken CancellationToken { get; private set; }

    ISession IResolutionContext.Session => _session;

    private Activation Current => _activation ?? throw new InvalidOperationException("The rule context is only valid while an action runs.");

    public void Begin(Activation activation, CancellationToken cancellationToken)
    {
        _activation = activation;
        CancellationToken = cancellationToken;
    }

    public void End() => _activation = null;

    public void Halt() => _session.Halt();

    public void Insert(object fact) => _session.Insert(fact);

    public void InsertAll(IEnumerable<object> facts) => _session.InsertAll(facts);

    public bool TryInsert(object fact) => _session.TryInsert(fact);

    public void Update(object fact) => _session.Update(fact);

    public void UpdateAll(IEnumerable<object> facts) => _session.UpdateAll(facts);

    public bool TryUpdate(object fact) => _session.TryUpdate(fact);

    public void Retract(object fact) => _session.Retract(fact);

    public void RetractAll(IEnumerable<object> facts) => _session.RetractAll(facts);

    public bool TryRetract(object fact) => _session.TryRetract(fact);

    public IEnumerable<object> GetLinkedKeys() => _session.GetLinkedKeys(Current);

    public object? GetLinked(object key) => _session.GetLinked(Current, key);

    public void InsertLinked(object key, object fact) => _session.QueueInsertLinked(Current, key, fact);

    public void InsertAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts)
    {
        ArgumentNullException.ThrowIfNull(keyedFacts);
        foreach (var pair in keyedFacts)
        {
            InsertLinked(pair.Key, pair.Value);
        }
    }

    public void UpdateLinked(object key, object fact) => _session.QueueUpdateLinked(Current, key, fact);

    public void UpdateAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts)
    {
        ArgumentNullException.ThrowIfNull(keyedFacts);
        foreach (var pair in keyedFacts)
        {
            UpdateLinked(pair.Key, pair.Value);
        }
    }

    public void RetractLinked(object key, object fact) => _session.QueueRetractLinked(Current, key, fact);

    public void RetractAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts)
    {
        ArgumentNullException.ThrowIfNull(keyedFacts);
        foreach (var pair in keyedFacts)
        {
            RetractLinked(pair.Key, pair.Value);
        }
    }

    public object Resolve(Type serviceType)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return _session.DependencyResolver.Resolve(this, serviceType);
    }
}
