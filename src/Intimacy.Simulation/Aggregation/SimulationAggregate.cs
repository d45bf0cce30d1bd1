using Intimacy.Core.Plans;
using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Statistics;

namespace Intimacy.Simulation.Aggregation;

/// <summary>
/// What a simulation run counted: prevalence counters for findings, recommendations and safety
/// gates, rule firing counts, co-occurrence of recommendations and plan sizes. Every number is an
/// integer count, so aggregates of chunks, threads or shards merge into exactly the same totals in
/// any order; intervals are computed from the counts only when reported.
/// </summary>
/// <remarks>Not thread-safe: give each thread or chunk its own aggregate and merge them.</remarks>
public sealed class SimulationAggregate
{
    private readonly Dictionary<CounterKey, long> _counters = [];
    private readonly Dictionary<string, int> _interventionIndex;
    private readonly long[] _ruleFirings;
    private readonly long[] _ruleProfiles;
    private readonly HashSet<CounterKey> _seen = [];
    private readonly List<int> _items = [];

    /// <summary>Creates an empty aggregate.</summary>
    /// <param name="ruleNames">The engine's rule names, indexed like its firing counts.</param>
    /// <param name="interventionIds">The catalog's intervention ids, which number the co-occurrence matrix.</param>
    /// <param name="breakdownField">The field results are broken down by, if any.</param>
    public SimulationAggregate(IReadOnlyList<string> ruleNames, IReadOnlyList<string> interventionIds, string? breakdownField = null)
    {
        ArgumentNullException.ThrowIfNull(ruleNames);
        ArgumentNullException.ThrowIfNull(interventionIds);
        RuleNames = [.. ruleNames];
        InterventionIds = [.. interventionIds];
        BreakdownField = breakdownField;
        _interventionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < InterventionIds.Count; i++)
        {
            _interventionIndex[InterventionIds[i]] = i;
        }

        _ruleFirings = new long[RuleNames.Count];
        _ruleProfiles = new long[RuleNames.Count];
        CoOccurrence = new CoOccurrenceCounts(InterventionIds.Count);
    }

    /// <summary>Creates an empty aggregate shaped for an engine's rules and catalog.</summary>
    /// <param name="engine">The engine whose evaluations will be added.</param>
    /// <param name="breakdownField">The field results are broken down by, if any.</param>
    /// <returns>The aggregate.</returns>
    public static SimulationAggregate For(IRecommendationEngine engine, string? breakdownField = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return new SimulationAggregate(
            [.. engine.Rules.Select(r => r.Name)],
            [.. engine.Catalog.Interventions.Select(i => i.Id).Order(StringComparer.Ordinal)],
            breakdownField);
    }

    /// <summary>The rule names, indexed like <see cref="RuleFirings"/>.</summary>
    public IReadOnlyList<string> RuleNames { get; }

    /// <summary>The intervention ids, in ordinal order, numbering <see cref="CoOccurrence"/>.</summary>
    public IReadOnlyList<string> InterventionIds { get; }

    /// <summary>The field results are broken down by, if any.</summary>
    public string? BreakdownField { get; }

    /// <summary>How many profiles were added.</summary>
    public long Profiles { get; private set; }

    /// <summary>Every non-zero counter.</summary>
    public IReadOnlyDictionary<CounterKey, long> Counters => _counters;

    /// <summary>How often each rule fired in total, indexed like <see cref="RuleNames"/>.</summary>
    public IReadOnlyList<long> RuleFirings => _ruleFirings;

    /// <summary>In how many profiles each rule fired at least once, indexed like <see cref="RuleNames"/>.</summary>
    public IReadOnlyList<long> RuleProfiles => _ruleProfiles;

    /// <summary>How often two interventions were recommended in the same plan.</summary>
    public CoOccurrenceCounts CoOccurrence { get; }

    /// <summary>How many distinct interventions each plan recommended.</summary>
    public CountHistogram PlanSizes { get; } = new();

    /// <summary>The names of the rules that never fired, in rule order.</summary>
    public IReadOnlyList<string> RulesNeverFired => [.. RuleNames.Where((_, i) => _ruleProfiles[i] == 0)];

    /// <summary>Reads one counter.</summary>
    /// <param name="measure">One of <see cref="Measures"/>.</param>
    /// <param name="code">The code or id.</param>
    /// <param name="group">The indicator, band or breakdown value; empty when not needed.</param>
    /// <returns>The count, zero when never counted.</returns>
    public long Count(string measure, string code, string group = "") =>
        _counters.TryGetValue(new CounterKey(measure, code, group), out var value) ? value : 0;

    /// <summary>The share of profiles a counter counts, out of the profiles it was drawn from.</summary>
    /// <param name="key">The counter.</param>
    /// <returns>The proportion; its denominator is all profiles, or the group's profiles for breakdown counters.</returns>
    public Proportion Prevalence(CounterKey key)
    {
        var trials = key.Measure is Measures.GroupIntervention or Measures.GroupFinding
            ? Count(Measures.GroupProfiles, string.Empty, key.Group)
            : Profiles;
        return new Proportion(_counters.GetValueOrDefault(key), trials);
    }

    /// <summary>Adds one profile's evaluation.</summary>
    /// <param name="evaluation">The plan and firing counts.</param>
    /// <param name="group">The profile's breakdown value, when results are broken down.</param>
    public void Add(Evaluation evaluation, string? group = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var plan = evaluation.Plan;
        Profiles++;
        _seen.Clear();
        _items.Clear();

        var counts = evaluation.FiringCounts;
        for (var i = 0; i < counts.Count && i < _ruleFirings.Length; i++)
        {
            if (counts[i] > 0)
            {
                _ruleFirings[i] += counts[i];
                _ruleProfiles[i]++;
            }
        }

        var anySafety = false;
        foreach (var finding in plan.Findings)
        {
            Once(new CounterKey(Measures.Finding, finding.Code, string.Empty));
            Once(new CounterKey(Measures.FindingByIndicator, finding.Code, Name(finding.Indicator)));
            if (group is not null)
            {
                Once(new CounterKey(Measures.GroupFinding, finding.Code, group));
            }

            anySafety |= finding.Kind == FindingKind.Safety;
        }

        foreach (var item in plan.AllItems)
        {
            if (Once(new CounterKey(Measures.Intervention, item.InterventionId, string.Empty))
                && _interventionIndex.TryGetValue(item.InterventionId, out var number))
            {
                _items.Add(number);
            }

            Once(new CounterKey(Measures.InterventionByIndicator, item.InterventionId, Name(item.Indicator)));
            Once(new CounterKey(Measures.InterventionByPriority, item.InterventionId, Measures.PriorityBand(item.Priority)));
            if (group is not null)
            {
                Once(new CounterKey(Measures.GroupIntervention, item.InterventionId, group));
            }
        }

        foreach (var notice in plan.Notices)
        {
            Once(new CounterKey(Measures.Gate, notice.GateId, string.Empty));
        }

        foreach (var withheld in plan.Withheld)
        {
            Once(new CounterKey(Measures.Withheld, withheld.InterventionId, string.Empty));
        }

        if (plan.Notices.Count > 0)
        {
            Once(new CounterKey(Measures.Safety, Measures.AnyGate, string.Empty));
        }

        if (anySafety)
        {
            Once(new CounterKey(Measures.Safety, Measures.AnySafetyFinding, string.Empty));
        }

        if (group is not null)
        {
            Increment(new CounterKey(Measures.GroupProfiles, string.Empty, group), 1);
        }

        PlanSizes.Add(_seen.Count(k => k.Measure == Measures.Intervention));
        CoOccurrence.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_items));
    }

    /// <summary>Adds another aggregate's counts to these.</summary>
    /// <param name="other">An aggregate over the same rules, interventions and breakdown field; not changed.</param>
    /// <exception cref="ArgumentException">The aggregates were not shaped alike.</exception>
    public void Merge(SimulationAggregate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!RuleNames.SequenceEqual(other.RuleNames, StringComparer.Ordinal)
            || !InterventionIds.SequenceEqual(other.InterventionIds, StringComparer.Ordinal)
            || !string.Equals(BreakdownField, other.BreakdownField, StringComparison.Ordinal))
        {
            throw new ArgumentException("Only aggregates over the same rules, interventions and breakdown field can be merged.", nameof(other));
        }

        Profiles += other.Profiles;
        foreach (var (key, value) in other._counters)
        {
            Increment(key, value);
        }

        for (var i = 0; i < _ruleFirings.Length; i++)
        {
            _ruleFirings[i] += other._ruleFirings[i];
            _ruleProfiles[i] += other._ruleProfiles[i];
        }

        CoOccurrence.Merge(other.CoOccurrence);
        PlanSizes.Merge(other.PlanSizes);
    }

    /// <summary>Restores stored totals, when an aggregate is read back from a summary.</summary>
    internal void Restore(long profiles, IEnumerable<KeyValuePair<CounterKey, long>> counters, IReadOnlyList<(long Firings, long Profiles)> rules)
    {
        Profiles += profiles;
        foreach (var (key, value) in counters)
        {
            Increment(key, value);
        }

        for (var i = 0; i < rules.Count; i++)
        {
            _ruleFirings[i] += rules[i].Firings;
            _ruleProfiles[i] += rules[i].Profiles;
        }
    }

    internal static string Name(Indicator indicator) => indicator switch
    {
        Indicator.Critical => "critical",
        Indicator.Warning => "warning",
        _ => "info",
    };

    private bool Once(CounterKey key)
    {
        if (!_seen.Add(key))
        {
            return false;
        }

        Increment(key, 1);
        return true;
    }

    private void Increment(CounterKey key, long by)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counters, key, out _);
        slot += by;
    }
}
