using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.Extensibility;
using Intimacy.Rules.Network;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Sessions;

/// <summary>
/// A session: working memory, per-node memories and the agenda. Every per-session structure is
/// created on first use, so an unused session costs a few small objects.
/// </summary>
internal sealed partial class Session : ISession
{
    private readonly SessionFactory _factory;
    private readonly SessionOptions _options;
    private readonly Agenda _agenda;
    private BetaMemory?[]? _memories;
    private Dictionary<object, Fact>? _facts;
    private bool _initialized;
    private int _rootsStarted;
    private long _sequence;
    private List<Activation>? _pending;
    private object?[]? _queryBuffer;

    // Whether a fact has left the fact table since the last reset (see Forget): its enumeration order is then
    // no longer the order the facts came in.
    private bool _factsForgotten;
    private EventAggregator? _events;
    private IDependencyResolver? _dependencyResolver;

    public Session(SessionFactory factory, SessionOptions options)
    {
        _factory = factory;
        _options = options;
        _agenda = new Agenda(this, factory.PriorityLevels, factory.Sizing.Agenda);
        if (options.RecordExplanations)
        {
            Explanations = new ExplanationLog();
        }
    }

    public IAgenda Agenda => _agenda;

    public IEventProvider Events => _events ??= new EventAggregator(_factory.EventAggregator);

    public IDependencyResolver DependencyResolver
    {
        get => _dependencyResolver ?? _factory.DependencyResolver;
        set => _dependencyResolver = value ?? throw new ArgumentNullException(nameof(value));
    }

    public ExplanationLog? Explanations { get; }


    internal EventAggregator EventsOrFactory => _events ?? _factory.EventAggregator;

    public IQueryable<TFact> Query<TFact>()
    {
        if (!_initialized)
        {
            // Starting the rules that match before any fact arrives raises events; queries themselves change nothing
            // and may be made from anywhere, event handlers included.
            var outer = BeginChange(Activity.Initializing, nameof(Query));
            try
            {
                EnsureInitialized();
            }
            finally
            {
                _activity = outer;
            }
        }

        if (_facts is null)
        {
            return new FactQuery<TFact>([]);
        }

        // One pass over working memory (the type test is a helper call for a shared generic type), the
        // matches gathered in a buffer the session keeps, then copied out; the buffer is emptied again
        // so the session holds no reference beyond its facts.
        var buffer = _queryBuffer ??= new object?[Math.Max(16, _facts.Count)];
        if (buffer.Length < _facts.Count)
        {
            buffer = _queryBuffer = new object?[_facts.Count];
        }

        // The type test is made once per runtime type, not once per fact: for a class the answer depends on the runtime
        // type alone, which a fact's dispatch stands for (without asking the object for its type). The answers for the
        // last two types met are kept, since facts of two types often alternate (findings, each followed by the
        // candidates answering it). A fact not yet propagated (seen from an event handler while it is inserted) has no
        // dispatch and is tested on its own, and an interface is tested fact by fact, since an object may decide that for
        // itself (IDynamicInterfaceCastable).
        var perType = !typeof(TFact).IsInterface;
        AlphaDispatch? lastType = null;
        AlphaDispatch? otherType = null;
        var lastMatches = false;
        var otherMatches = false;
        var count = 0;
        foreach (var fact in _facts.Values)
        {
            var value = fact.Object!;
            bool matches;
            if (perType)
            {
                var type = fact.Dispatch;
                if (type is null)
                {
                    matches = value is TFact;
                }
                else if (ReferenceEquals(type, lastType))
                {
                    matches = lastMatches;
                }
                else
                {
                    matches = ReferenceEquals(type, otherType) ? otherMatches : value is TFact;
                    otherType = lastType;
                    otherMatches = lastMatches;
                    lastType = type;
                    lastMatches = matches;
                }
            }
            else
            {
                matches = value is TFact;
            }

            if (matches)
            {
                // The buffer is an object?[] made here, so the store needs no array type check.
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(buffer), count++) = _factsForgotten ? fact : value;
            }
        }

        if (_factsForgotten)
        {
            // Facts in the order they came in: a freed slot of the table may hold a later fact.
            buffer.AsSpan(0, count).Sort(static (x, y) => ((Fact)x!).Sequence.CompareTo(((Fact)y!).Sequence));
            for (var i = 0; i < count; i++)
            {
                buffer[i] = ((Fact)buffer[i]!).Object;
            }
        }

        var result = new TFact[count];
        ref var first = ref MemoryMarshal.GetArrayDataReference(result);
        for (var i = 0; i < count; i++)
        {
            // Each value passed the type test; a TFact[] made here needs no array type check either.
            var value = buffer[i]!;
            Unsafe.Add(ref first, i) = typeof(TFact).IsValueType ? (TFact)value : Unsafe.As<object, TFact>(ref value);
        }

        Array.Clear(buffer, 0, count);
        return new FactQuery<TFact>(result);
    }

    public void Reset()
    {
        BeginRun(Activity.Resetting, nameof(Reset));
        try
        {
            ResetCore();
        }
        finally
        {
            _activity = Activity.Idle;
        }
    }

    private void ResetCore()
    {
        // Everything that refers to this run's facts goes: the fact table and the node memories (emptied,
        // capacity kept; tokens, right entries and aggregates hang from the memories), the agenda and every
        // queue of pending work. The facts, tokens, activations and entries made for the run are cleared and
        // kept for the next runs (Session.Recycling.cs). The next operation starts like the first one on a
        // new session.
        var outsized = IsOutsized();
        _agenda.Reset();
        _facts?.Clear();
        _factsForgotten = false;
        if (_memories is not null)
        {
            foreach (var memory in _memories)
            {
                memory?.Clear();
            }
        }

        _initialized = false;
        _rootsStarted = 0;
        _sequence = 0;
        _pending?.Clear();
        ResetFiring();
        ResetAgendaWork();
        ResetLinked();
        Explanations?.Clear();
        ClearKept();
        if (outsized)
        {
            // A run far beyond what the factory sizes sessions for (an app rule that inserted a hundred thousand facts)
            // would leave its grown tables and kept objects with this session for good, for every later run. Such a
            // session lets them go and starts again as a new one does.
            ReleaseTables();
        }
    }

    /// <summary>
    /// Whether the run that ends left a fact table with room for more than twice <see cref="SessionSizing.Largest"/> facts (the
    /// most a session is sized for up front), or made more network objects than <see cref="OutsizedObjects"/>.
    /// </summary>
    private bool IsOutsized() =>
        (_facts is not null && _facts.EnsureCapacity(0) > 2 * SessionSizing.Largest)
        || (_kept is not null && _kept.InUse > OutsizedObjects);

    /// <summary>
    /// What a run may make in facts, tokens, activations and right-memory entries together and still have them kept for
    /// the next run: four per fact of the largest run sessions are sized for.
    /// </summary>
    internal const int OutsizedObjects = 4 * SessionSizing.Largest;

    /// <summary>Drops the emptied tables, queues and kept objects, so that the session holds only what a new one holds.</summary>
    private void ReleaseTables()
    {
        _agenda.Release();
        _facts = null;
        _memories = null;
        _queryBuffer = null;
        _pending = null;
        _removed = null;
        _announcements = null;
        _linked = null;
        _linkedForUndo = null;
        _kept = new KeptObjects();
    }

    private Dictionary<object, Fact> Facts(int batch) =>
        _facts ??= new Dictionary<object, Fact>(Math.Max(batch, _factory.Sizing.Facts), _factory.Identity);

    internal long NextSequence() => ++_sequence;

    internal BetaMemory Memory(BetaNode node)
    {
        var memories = _memories ??= new BetaMemory?[_factory.MemoryCount];
        return memories[node.MemoryIndex] ??= new BetaMemory(node.KeyComparer);
    }

    internal Token NewChild(MemoryToken? parent, Fact? fact, BetaNode producer)
    {
        Token child = producer.Successor is TerminalNode terminal
            ? NewActivation(parent, fact, producer, terminal.Branch)
            : NewMemoryToken(parent, fact, producer);
        if (parent is not null)
        {
            child.NextSibling = parent.FirstChild;
            if (parent.FirstChild is not null)
            {
                parent.FirstChild.PrevSibling = child;
            }

            parent.FirstChild = child;
        }

        fact?.AddToken(child);
        return child;
    }

    internal void RetractToken(Token token)
    {
        token.IsRetracted = true;
        token.Producer!.Successor!.LeftRetract(this, token);
        if (token.PrevSibling is not null)
        {
            token.PrevSibling.NextSibling = token.NextSibling;
        }
        else if (token.Parent is { } parent)
        {
            parent.FirstChild = token.NextSibling;
        }

        if (token.NextSibling is not null)
        {
            token.NextSibling.PrevSibling = token.PrevSibling;
        }

        token.Fact?.RemoveToken(token);
    }

    private void EnsureInitialized()
    {
        if (!_initialized)
        {
            Initialize();
        }
    }

    private void Initialize()
    {
        // Each chain that starts with NOT, EXISTS, a query, a Let or nothing gets its own empty
        // token, so that it can match before any fact arrives.
        // A chain whose first expression throws is counted as started, like any failed condition; the
        // chains after it are started by the next call instead of never.
        _initialized = true;
        var nodes = _factory.RootFedNodes;
        try
        {
            while (_rootsStarted < nodes.Length)
            {
                var node = nodes[_rootsStarted++];
                node.LeftAssert(this, node is TerminalNode terminal ? NewActivation(null, null, null, terminal.Branch) : NewMemoryToken(null, null, null));
            }
        }
        catch
        {
            _initialized = false;
            EndOperation();
            throw;
        }

        EndOperation();
    }

    /// <summary>
    /// What identifies a fact in working memory: the identity an <see cref="IIdentityProvider"/> gives, unless a
    /// comparer is registered for the fact's type; otherwise the fact itself (compared by <see cref="SameIdentity"/>).
    /// </summary>
    private object IdentityOf(object fact) =>
        fact is IIdentityProvider provider && (_factory.Identity is not { } identity || !identity.Handles(fact)) ? provider.GetIdentity() : fact;

    /// <summary>Whether two identities (from <see cref="IdentityOf"/>) are the same, as working memory compares them.</summary>
    private bool SameIdentity(object x, object y) => _factory.Identity is { } identity ? identity.Equals(x, y) : Equals(x, y);
}
