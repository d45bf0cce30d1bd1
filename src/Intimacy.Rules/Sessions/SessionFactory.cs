using System.Collections.Concurrent;
using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.Extensibility;
using Intimacy.Rules.Network;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Sessions;

/// <summary>
/// The compiled network. Everything here is read-only after construction except two caches that
/// are safe to fill concurrently: compiled delegates and the fact-type dispatch table.
/// </summary>
internal sealed class SessionFactory : ISessionFactory
{
    private readonly AlphaNode[] _alphaNodes;
    private readonly ConcurrentDictionary<Type, AlphaDispatch> _dispatch = new();
    private readonly EventAggregator _events = new(null);

    public SessionFactory(CompiledRule[] rules, AlphaNode[] alphaNodes, BetaNode[] rootFedNodes, int memoryCount, FactIdentity? identity = null)
    {
        Identity = identity;
        CompiledRules = rules;
        Rules = rules.Select(r => r.Definition).ToArray();
        _alphaNodes = alphaNodes;
        RootFedNodes = rootFedNodes;
        MemoryCount = memoryCount;
        var priorities = rules.Select(r => r.Priority).Distinct().OrderDescending().ToList();
        foreach (var rule in rules)
        {
            rule.PriorityLevel = priorities.IndexOf(rule.Priority);
        }

        PriorityLevels = Math.Max(1, priorities.Count);
        RuleIndex = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var group in rules.GroupBy(r => r.Definition.Name, StringComparer.Ordinal))
        {
            RuleIndex[group.Key] = group.Select(r => r.Index).ToArray();
        }
    }

    public IEventProvider Events => _events;

    public IDependencyResolver DependencyResolver { get; set; } = new DependencyResolver();

    public IReadOnlyList<IRuleDefinition> Rules { get; }

    internal CompiledRule[] CompiledRules { get; }

    /// <summary>First nodes of chains that must see the root token before any fact arrives (NOT, EXISTS, queries, <c>Let</c>).</summary>
    internal BetaNode[] RootFedNodes { get; }

    /// <summary>How many distinct rule priorities there are.</summary>
    internal int PriorityLevels { get; }

    /// <summary>How many nodes keep per-session memory.</summary>
    internal int MemoryCount { get; }

    internal EventAggregator EventAggregator => _events;

    internal Dictionary<string, int[]> RuleIndex { get; }

    internal SessionSizing Sizing { get; } = new();

    /// <summary>The registered fact identity comparers, or null for the default identity.</summary>
    internal FactIdentity? Identity { get; }

    public ISession CreateSession() => new Session(this, SessionOptions.Default);

    public ISession CreateSession(SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Session(this, options);
    }

    public ISession CreateSession(Action<ISession> initializationAction)
    {
        ArgumentNullException.ThrowIfNull(initializationAction);
        var session = CreateSession();
        initializationAction(session);
        return session;
    }

    /// <summary>The alpha nodes whose pattern type accepts facts of a runtime type.</summary>
    internal AlphaDispatch DispatchFor(Type type) =>
        _dispatch.TryGetValue(type, out var dispatch) ? dispatch : _dispatch.GetOrAdd(type, static (t, all) => AlphaDispatch.Build(t, all), _alphaNodes);
}
