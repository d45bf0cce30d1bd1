using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Intimacy.Core;
using Intimacy.Core.Catalog;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Validation;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Planning;
using Intimacy.Recommendations.Safety;
using Intimacy.Rules;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Engine;

/// <summary>
/// The recommendation engine: the built-in rule set plus any app rules, compiled once into an
/// Intimacy.Rules session factory, followed by the safety veto and staging. Thread-safe.
/// </summary>
/// <remarks>Create one with <see cref="RecommendationEngineBuilder"/> or through dependency injection.</remarks>
public sealed class RecommendationEngine : IRecommendationEngine
{
    private readonly ISessionFactory _factory;

    /// <summary>
    /// No app rule is loaded. Then no rule can see a candidate in working memory, so the built-in rules hand theirs
    /// straight to the planner (<see cref="HandedCandidates"/>; with app rules, candidates are facts, as the README
    /// promises); and every finding is a built-in rule's, made well-formed by construction (tests check them all over
    /// generated profiles), so the check that names an app rule's malformed finding is not run.
    /// </summary>
    private readonly bool _builtInOnly;
    private readonly Thresholds _thresholds;
    private readonly PlanAssembler _assembler;
    private readonly RecommendationOptions _options;

    // Emptied workspaces kept for reuse (see Rent); taken and returned without locks.
    private readonly Workspace?[] _spares = new Workspace?[Math.Max(2, Environment.ProcessorCount)];

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The built-in rule classes are kept by the embedded ILLink.Descriptors.xml (TrimmingDescriptorTests); app assemblies come only from AddRules(Assembly), which warns its callers.")]
    internal RecommendationEngine(
        RecommendationOptions options,
        IntimacyCatalog catalog,
        IReadOnlyList<Type> appRuleTypes,
        IReadOnlyList<Assembly> appRuleAssemblies,
        IReadOnlyList<IRuleDefinition> appRuleDefinitions,
        ICrisisContactProvider crisis,
        IReadOnlyCollection<string>? excludedRules = null,
        IRuleActivator? appRuleActivator = null)
    {
        if (options.DisabledTags.Contains(RuleTags.Safety))
        {
            throw new ArgumentException("Safety rules cannot be switched off; remove 'safety' from DisabledTags.", nameof(options));
        }

        _options = options.Clone();
        Catalog = catalog;
        _thresholds = new Thresholds(_options);
        var disabled = _options.DisabledTags.ToHashSet(StringComparer.Ordinal);
        bool Enabled(IRuleMetadata rule) => rule.IsTagged(RuleTags.Safety) || !rule.Tags.Any(disabled.Contains);

        // Every tag carried by a rule offered to the engine, loaded or not, to check DisabledTags against.
        var knownTags = new HashSet<string>(StringComparer.Ordinal);
        bool AppEnabled(IRuleMetadata rule)
        {
            knownTags.UnionWith(rule.Tags);
            return Enabled(rule);
        }

        var excluded = (excludedRules ?? []).ToHashSet(StringComparer.Ordinal);
        var builtInNames = new HashSet<string>(StringComparer.Ordinal);
        bool BuiltInEnabled(IRuleMetadata rule)
        {
            knownTags.UnionWith(rule.Tags);
            builtInNames.Add(rule.Name);
            if (!excluded.Contains(rule.Name))
            {
                return Enabled(rule);
            }

            return rule.IsTagged(RuleTags.Safety)
                ? throw new ArgumentException($"The safety rule '{rule.Name}' cannot be excluded.", nameof(excludedRules))
                : false;
        }

        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(RecommendationEngine).Assembly).Where(BuiltInEnabled).To("built-in"));
        if (excluded.Where(n => !builtInNames.Contains(n)).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } unknown)
        {
            throw new ArgumentException($"Only built-in rules can be excluded; these are not built-in rules: {string.Join(", ", unknown)}.", nameof(excludedRules));
        }

        if (appRuleTypes.Count > 0 || appRuleAssemblies.Count > 0)
        {
            // Built-in rules have parameterless constructors; only app rules may need services to be created.
            if (appRuleActivator is not null)
            {
                repository.Activator = appRuleActivator;
            }

            repository.Load(x => x.From(appRuleTypes).From(appRuleAssemblies).Where(AppEnabled).To("app"));
        }

        knownTags.UnionWith(appRuleDefinitions.SelectMany(r => r.Tags));
        ThrowIfUnknown(disabled, knownTags);
        if (appRuleDefinitions.Count > 0)
        {
            var set = new RuleSet("app-runtime");
            set.Add(appRuleDefinitions.Where(r => r.Tags.Contains(RuleTags.Safety) || !r.Tags.Any(disabled.Contains)));
            repository.Add(set);
        }

        // The profile is one immutable record inserted once per evaluation, by this engine: it is identified by
        // reference, so inserting it does not hash every answer (and an equal copy an app rule inserts is a second fact).
        var compiler = new RuleCompiler();
        compiler.FactIdentityComparerRegistry.RegisterComparer<CoupleProfile>(ReferenceEqualityComparer.Instance);
        var ruleSets = repository.GetRuleSets();
        _factory = compiler.Compile(ruleSets);
        var builtIn = ruleSets.Where(s => s.Name == "built-in").SelectMany(s => s.Rules).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        Rules = [.. _factory.Rules.Select((r, i) => new RuleInfo(i, r.Name, r.Description, r.Priority, [.. r.Tags], builtIn.Contains(r.Name)))];
        if (Rules.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new ArgumentException($"Two rules are named '{duplicate.Key}'; rule names must be unique.", nameof(appRuleTypes));
        }
        RuleSetHash = Hash(Rules.Select(r => FormattableString.Invariant($"{r.Name}|{r.Priority}|{string.Join(',', r.Tags.Order(StringComparer.Ordinal))}"))
            .Concat(catalog.Interventions.Select(i => i.Id)));
        OptionsHash = Hash(RecommendationOptions.Thresholds.Select(d => FormattableString.Invariant($"{d.Name}={_options.GetThreshold(d.Name):R}"))
            .Concat(disabled.Order(StringComparer.Ordinal).Select(t => "disabled=" + t))
            .Append("region=" + _options.Region));
        var stamp = new PlanStamp(IntimacyCoreInfo.Version, RuleSetHash, OptionsHash, RecommendationPlan.CurrentSchemaVersion);
        _builtInOnly = Rules.All(r => r.IsBuiltIn);
        var safetyRules = Rules.Where(r => r.IsBuiltIn && r.IsSafety).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        _assembler = new PlanAssembler(new InterventionIndex(catalog.Interventions), new CheckedCrisisContacts(crisis), _options.Region, stamp, safetyRules);
    }

    /// <summary>Builds an engine with the built-in rules and default options.</summary>
    /// <returns>The engine.</returns>
    public static RecommendationEngine CreateDefault() => new RecommendationEngineBuilder().Build();

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <inheritdoc />
    public IntimacyCatalog Catalog { get; }

    /// <inheritdoc />
    public RecommendationOptions Options => _options.Clone();

    /// <inheritdoc />
    public string RuleSetHash { get; }

    /// <inheritdoc />
    public string OptionsHash { get; }

    /// <inheritdoc />
    public RecommendationPlan Recommend(CoupleProfile profile, CancellationToken cancellationToken = default) =>
        Run(profile, countFirings: false, outline: null, cancellationToken)!.Plan;

    /// <inheritdoc />
    public Evaluation Evaluate(CoupleProfile profile, CancellationToken cancellationToken = default) =>
        Run(profile, countFirings: true, outline: null, cancellationToken)!;

    /// <inheritdoc />
    /// <remarks>
    /// The rules run exactly as for <see cref="Evaluate"/>, and the planner merges the candidates and applies the safety veto
    /// with the same decisions: each item's priority, urgency and audience, and what holds an item back. It then writes the
    /// outline from those decisions and leaves out what only the plan needs: the reasons behind each item and each hold,
    /// who may see each finding and reason (nothing is narrowed to its answers), each view's ranking, the records and the
    /// notices. None of that changes a decision, so the outline is still what <see cref="PlanOutline.Fill"/> makes of the plan.
    /// </remarks>
    public void Outline(CoupleProfile profile, PlanOutline outline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(outline);
        outline.Clear();
        Run(profile, countFirings: true, outline, cancellationToken);
    }

    /// <summary>Evaluates the profile; fills <paramref name="outline"/> and returns null when one is given, otherwise returns the plan.</summary>
    private Evaluation? Run(CoupleProfile profile, bool countFirings, PlanOutline? outline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ProfileValidator.ThrowIfInvalid(profile);
        cancellationToken.ThrowIfCancellationRequested();

        var workspace = Rent();
        var outer = GenuineGateFindings.Begin(workspace.GateFindings);
        Evaluation? evaluation;
        try
        {
            evaluation = Run(profile, countFirings, outline, workspace, cancellationToken);
        }
        catch (RuleExecutionException exception) when (cancellationToken.IsCancellationRequested && StoppedByCancellation(exception))
        {
            // A rule stopped because the caller cancelled (through IContext.CancellationToken): the engine wraps what
            // rules throw, as NRules does; the caller asked for cancellation and gets it.
            throw new OperationCanceledException("The evaluation was cancelled.", exception, cancellationToken);
        }
        finally
        {
            GenuineGateFindings.End(workspace.GateFindings, outer);
        }

        // Only a workspace whose evaluation finished goes back (after it has been emptied, since another
        // thread may take it at once); one left by an exception or a cancellation is dropped.
        Return(workspace);
        return evaluation;
    }

    private Evaluation? Run(CoupleProfile profile, bool countFirings, PlanOutline? outline, Workspace workspace, CancellationToken cancellationToken)
    {
        var session = workspace.Session;
        session.Insert(_thresholds);
        session.Insert(profile);
        session.Insert(new Couple(profile, _thresholds));
        // The safety gates are worked out once: the safety rules' conditions and actions and the planner share them.
        var gates = CoupleGates.Of(profile);
        session.Insert(new Respondent(profile, PartnerId.PartnerA, _thresholds, gates));
        if (profile.PartnerB is not null)
        {
            session.Insert(new Respondent(profile, PartnerId.PartnerB, _thresholds, gates));
        }

        var outer = HandedCandidates.Begin(_builtInOnly ? workspace.Candidates : null);
        try
        {
            session.Fire(cancellationToken);
        }
        finally
        {
            HandedCandidates.End(outer);
        }

        // The engine stops firing when cancellation is asked for and returns; a plan from the rules that
        // happened to fire before that would be incomplete, so none is made.
        cancellationToken.ThrowIfCancellationRequested();
        var findings = AsList(session.Query<Finding>());
        if (!_builtInOnly)
        {
            RuleOutputChecks.ThrowIfAnyMalformed(findings);
        }

        var candidates = _builtInOnly ? workspace.Candidates : AsList(session.Query<Candidate>());
        if (outline is not null)
        {
            _assembler.Outline(profile, gates, candidates, findings, workspace.Tables, outline);
            session.CopyFiringCounts(outline.RoomForFirings(Rules.Count));
            return null;
        }

        var plan = _assembler.Assemble(profile, gates, candidates, findings, workspace.Tables);
        int[] counts = [];
        if (countFirings)
        {
            // The engine's rule list is the factory's, in the same order.
            counts = new int[Rules.Count];
            session.CopyFiringCounts(counts);
        }

        return new Evaluation(plan, counts);
    }

    /// <summary>
    /// A query's facts as a list, walked by index without an enumerator: the rule engine's queries are lists already, so
    /// this copies only for a session that answers otherwise.
    /// </summary>
    private static IReadOnlyList<T> AsList<T>(IQueryable<T> query) => query as IReadOnlyList<T> ?? [.. query];

    /// <summary>
    /// A workspace for one evaluation: a spare one if there is one, otherwise a new one. They are reused
    /// because creating a session and growing its tables cost about as much as the rules that run in it.
    /// </summary>
    private Workspace Rent()
    {
        var spares = _spares;
        for (var i = 0; i < spares.Length; i++)
        {
            if (Interlocked.Exchange(ref spares[i], null) is { } spare)
            {
                return spare;
            }
        }

        return new Workspace(_factory.CreateSession(), _assembler.NewTables());
    }

    /// <summary>
    /// Empties the session and the handed candidates (so a waiting workspace holds nothing of the couple it evaluated; the planner
    /// has already emptied its tables) and keeps the workspace for the next evaluation, up to one spare
    /// per processor; the rest are left to the garbage collector.
    /// </summary>
    private void Return(Workspace workspace)
    {
        workspace.Session.Reset();
        workspace.Candidates.Clear();
        var spares = _spares;
        for (var i = 0; i < spares.Length; i++)
        {
            if (Interlocked.CompareExchange(ref spares[i], workspace, null) is null)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Whether a rule stopped with <see cref="OperationCanceledException"/>: the engine wraps what a rule throws, and
    /// an action's insert runs other rules' conditions, so the cancellation may sit under more than one of its wrappers.
    /// </summary>
    private static bool StoppedByCancellation(RuleExecutionException exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is OperationCanceledException)
            {
                return true;
            }

            if (inner is not RuleExecutionException)
            {
                return false;
            }
        }

        return false;
    }

    private static void ThrowIfUnknown(HashSet<string> disabled, HashSet<string> knownTags)
    {
        var unknown = disabled.Where(t => !knownTags.Contains(t)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        throw new UnknownRuleTagException(unknown, knownTags.Where(t => t != RuleTags.Safety));
    }

    private static string Hash(IEnumerable<string> lines) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));

    /// <summary>What one evaluation works in: a rule session and the planner's lookup tables, used by one evaluation at a time.</summary>
    private sealed class Workspace(ISession session, WorkingPlanTables tables)
    {
        public ISession Session { get; } = session;

        public WorkingPlanTables Tables { get; } = tables;

        /// <summary>The gate findings the safety rules make in the evaluation (see <see cref="GenuineGateFindings"/>).</summary>
        public List<Finding> GateFindings { get; } = new(4);

        /// <summary>The candidates the built-in rules hand to the planner when no app rule is loaded (see <see cref="HandedCandidates"/>).</summary>
        public List<Candidate> Candidates { get; } = new(64);
    }
}
