using System.Globalization;
using System.Collections.Frozen;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Safety;
using Intimacy.Simulation.Statistics;

namespace Intimacy.Simulation.Aggregation;

/// <summary>
/// What a simulation run counted: prevalence counters for findings, recommendations and safety
/// gates, rule firing counts, co-occurrence of recommendations and plan sizes. Every number is an
/// integer count, so aggregates of chunks, threads or shards merge into exactly the same totals in
/// any order; intervals are computed from the counts only when reported.
/// </summary>
/// <remarks>
/// <para>Not thread-safe: give each thread or chunk its own aggregate and merge them.</para>
/// <para>
/// Internally every code (finding, intervention, gate, breakdown value) gets a dense number on first
/// sight and counters are arrays indexed by it; <see cref="Counters"/> turns them back into keyed counts
/// when read. Adding a profile therefore hashes no strings and allocates nothing.
/// </para>
/// </remarks>
public sealed class SimulationAggregate
{
    private const int Indicators = 3;
    private const int PriorityBands = 4;
    private static readonly string[] IndicatorNames = ["critical", "warning", "info"];
    private static readonly string[] BandNames = ["0-24", "25-49", "50-74", "75-100"];
    private static readonly FrozenSet<string> SafetyGateIds = SafetyGates.All.Select(SafetyGates.Id).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a plan's finding records a safety gate in force (its code is the gate's id).</summary>
    internal static bool IsGate(FindingKind kind, string code) => kind == FindingKind.Safety && SafetyGateIds.Contains(code);

    private readonly long[] _ruleFirings;
    private readonly long[] _ruleProfiles;
    private readonly int _catalogInterventions;

    // The outline Add(Evaluation) fills, kept for the next.
    private PlanOutline? _filled;

    private readonly CodeTable _findingCodes = new();
    private readonly CodeTable _interventions = new();
    private readonly CodeTable _gates = new();
    private readonly CodeTable _groups = new();

    private readonly OnceCounts _finding = new();
    private readonly OnceCounts _findingByIndicator = new();
    private readonly OnceCounts _intervention = new();
    private readonly OnceCounts _interventionByIndicator = new();
    private readonly OnceCounts _interventionByPriority = new();
    private readonly OnceCounts _gate = new();
    private readonly OnceCounts _withheld = new();
    private readonly OnceCounts _safety = new();
    private readonly OnceCounts _groupProfiles = new();
    private readonly List<OnceCounts> _groupFinding = [];
    private readonly List<OnceCounts> _groupIntervention = [];

    // Restored counters this version does not count itself (another measure or group name); kept as they are.
    private readonly Dictionary<CounterKey, long> _other = [];

    // The catalog interventions of the plan being added, as bits: reading them back in bit order gives
    // them sorted, which the co-occurrence count needs, without sorting.
    private readonly ulong[] _present;
    private readonly int[] _items;
    private int _stamp;
    private Dictionary<CounterKey, long>? _counters;

    /// <summary>Creates an empty aggregate.</summary>
    /// <param name="ruleNames">The engine's rule names, indexed like its firing counts.</param>
    /// <param name="interventionIds">The catalog's intervention ids, which number the co-occurrence matrix.</param>
    /// <param name="breakdownField">The field results are broken down by, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleNames"/> or <paramref name="interventionIds"/> is null.</exception>
    public SimulationAggregate(IReadOnlyList<string> ruleNames, IReadOnlyList<string> interventionIds, string? breakdownField = null)
    {
        ArgumentNullException.ThrowIfNull(ruleNames);
        ArgumentNullException.ThrowIfNull(interventionIds);
        RuleNames = [.. ruleNames];
        InterventionIds = [.. interventionIds];
        BreakdownField = breakdownField;

        // The catalog's interventions take numbers 0 to n - 1, the co-occurrence matrix's numbering;
        // an id outside the catalog gets a later number and stays out of the matrix.
        foreach (var id in InterventionIds)
        {
            _interventions.Number(id);
        }

        _catalogInterventions = _interventions.Count;
        _present = new ulong[(_catalogInterventions + 63) / 64];
        _items = new int[_catalogInterventions];
        _ruleFirings = new long[RuleNames.Count];
        _ruleProfiles = new long[RuleNames.Count];
        CoOccurrence = new CoOccurrenceCounts(_catalogInterventions);
    }

    /// <summary>Creates an empty aggregate shaped for an engine's rules and catalog.</summary>
    /// <param name="engine">The engine whose evaluations will be added.</param>
    /// <param name="breakdownField">The field results are broken down by, if any.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
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

    /// <summary>Every non-zero counter, in key order.</summary>
    /// <remarks>Built from the internal arrays when first read after a change, then kept until the next change.</remarks>
    public IReadOnlyDictionary<CounterKey, long> Counters => _counters ??= BuildCounters();

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
    /// <exception cref="ArgumentNullException"><paramref name="measure"/>, <paramref name="code"/> or <paramref name="group"/> is null.</exception>
    public long Count(string measure, string code, string group = "")
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(group);
        return Counters.TryGetValue(new CounterKey(measure, code, group), out var value) ? value : 0;
    }

    /// <summary>The share of profiles a counter counts, out of the profiles it was drawn from.</summary>
    /// <param name="key">The counter.</param>
    /// <returns>The proportion; its denominator is all profiles, or the group's profiles for breakdown counters.</returns>
    public Proportion Prevalence(CounterKey key)
    {
        var trials = key.Measure is Measures.GroupIntervention or Measures.GroupFinding
            ? Count(Measures.GroupProfiles, string.Empty, key.Group)
            : Profiles;
        return new Proportion(Counters.GetValueOrDefault(key), trials);
    }

    /// <summary>Adds one profile's evaluation.</summary>
    /// <param name="evaluation">The plan and firing counts.</param>
    /// <param name="group">The profile's breakdown value, when results are broken down.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public void Add(Evaluation evaluation, string? group = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);

        // What is counted is what the plan's outline holds: one way of counting for both.
        var outline = _filled ??= new PlanOutline();
        outline.Fill(evaluation);
        Add(outline, group);
    }

    /// <summary>
    /// Adds one profile's outline (see <see cref="IRecommendationEngine.Outline"/>): counts what <see cref="Add(Evaluation, string?)"/>
    /// counts for the evaluation the outline was made from, at a good deal less cost than making the plan.
    /// </summary>
    /// <param name="outline">The profile's plan outline and firing counts.</param>
    /// <param name="group">The profile's breakdown value, when results are broken down.</param>
    /// <exception cref="ArgumentNullException"><paramref name="outline"/> is null.</exception>
    public void Add(PlanOutline outline, string? group = null)
    {
        ArgumentNullException.ThrowIfNull(outline);
        _counters = null;
        Profiles++;
        var stamp = NextStamp();
        AddFirings(outline.FiringCounts);

        var groupNumber = group is null ? -1 : GroupNumber(group);
        var anySafety = false;
        var anyGate = false;
        var findings = outline.Findings;
        for (var k = 0; k < findings.Count; k++)
        {
            var finding = findings[k];
            var f = _findingCodes.Number(finding.Code);
            _finding.Once(f, stamp);
            _findingByIndicator.Once((f * Indicators) + IndicatorIndex(finding.Indicator), stamp);
            if (groupNumber >= 0)
            {
                _groupFinding[groupNumber].Once(f, stamp);
            }

            if (finding.Kind == FindingKind.Safety)
            {
                anySafety = true;

                // A gate in force always has its finding (the veto records one if the rules did not); a plan's
                // notices may leave a gate out (while imminent danger applies, the others' notices wait too).
                if (IsGate(finding.Kind, finding.Code))
                {
                    anyGate = true;
                    _gate.Once(_gates.Number(finding.Code), stamp);
                }
            }
        }

        var planSize = AddItems(outline.Items, stamp, groupNumber);
        var withheld = outline.Withheld;
        for (var k = 0; k < withheld.Count; k++)
        {
            _withheld.Once(_interventions.Number(withheld[k]), stamp);
        }

        if (anyGate)
        {
            _safety.Once(0, stamp);
        }

        if (anySafety)
        {
            _safety.Once(1, stamp);
        }

        if (groupNumber >= 0)
        {
            _groupProfiles.Once(groupNumber, stamp);
        }

        PlanSizes.Add(planSize);
        var count = 0;
        for (var w = 0; w < _present.Length; w++)
        {
            for (var bits = _present[w]; bits != 0; bits &= bits - 1)
            {
                _items[count++] = (w * 64) + System.Numerics.BitOperations.TrailingZeroCount(bits);
            }

            _present[w] = 0;
        }

        CoOccurrence.AddSortedDistinct(_items.AsSpan(0, count));
    }

    /// <summary>Adds another aggregate's counts to these.</summary>
    /// <param name="other">An aggregate over the same rules, interventions and breakdown field; not changed.</param>
    /// <remarks>
    /// An aggregate holds counts only: it cannot tell whether the other was counted under the same options, scenario
    /// or seed. To combine the results of separate runs, use <see cref="Reporting.ShardMerger"/>, which compares their
    /// stamps, or compare the stamps first.
    /// </remarks>
    /// <exception cref="ArgumentException">The aggregates were not shaped alike; the message says how.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Merge(SimulationAggregate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var differs = new List<string>(3);
        if (!RuleNames.SequenceEqual(other.RuleNames, StringComparer.Ordinal))
        {
            differs.Add(string.Create(CultureInfo.InvariantCulture, $"the rules ({RuleNames.Count} against {other.RuleNames.Count}, or named or ordered differently)"));
        }

        if (!InterventionIds.SequenceEqual(other.InterventionIds, StringComparer.Ordinal))
        {
            differs.Add(string.Create(CultureInfo.InvariantCulture, $"the interventions ({InterventionIds.Count} against {other.InterventionIds.Count}, or with other ids)"));
        }

        if (!string.Equals(BreakdownField, other.BreakdownField, StringComparison.Ordinal))
        {
            differs.Add($"the breakdown field ('{BreakdownField ?? "none"}' against '{other.BreakdownField ?? "none"}')");
        }

        if (differs.Count > 0)
        {
            throw new ArgumentException("Only aggregates over the same rules, interventions and breakdown field can be merged; these differ in " + string.Join(" and ", differs) + ".", nameof(other));
        }

        _counters = null;
        Profiles += other.Profiles;
        for (var f = 0; f < other._findingCodes.Count; f++)
        {
            var mine = _findingCodes.Number(other._findingCodes[f]);
            _finding.Add(mine, other._finding[f]);
            for (var ind = 0; ind < Indicators; ind++)
            {
                _findingByIndicator.Add((mine * Indicators) + ind, other._findingByIndicator[(f * Indicators) + ind]);
            }
        }

        var interventionMap = new int[other._interventions.Count];
        for (var i = 0; i < interventionMap.Length; i++)
        {
            var mine = interventionMap[i] = _interventions.Number(other._interventions[i]);
            _intervention.Add(mine, other._intervention[i]);
            _withheld.Add(mine, other._withheld[i]);
            for (var ind = 0; ind < Indicators; ind++)
            {
                _interventionByIndicator.Add((mine * Indicators) + ind, other._interventionByIndicator[(i * Indicators) + ind]);
            }

            for (var band = 0; band < PriorityBands; band++)
            {
                _interventionByPriority.Add((mine * PriorityBands) + band, other._interventionByPriority[(i * PriorityBands) + band]);
            }
        }

        for (var g = 0; g < other._gates.Count; g++)
        {
            _gate.Add(_gates.Number(other._gates[g]), other._gate[g]);
        }

        _safety.Add(0, other._safety[0]);
        _safety.Add(1, other._safety[1]);
        for (var g = 0; g < other._groups.Count; g++)
        {
            var mine = GroupNumber(other._groups[g]);
            _groupProfiles.Add(mine, other._groupProfiles[g]);
            var findings = other._groupFinding[g];
            for (var f = 0; f < findings.Length; f++)
            {
                _groupFinding[mine].Add(_findingCodes.Number(other._findingCodes[f]), findings[f]);
            }

            var interventions = other._groupIntervention[g];
            for (var i = 0; i < interventions.Length; i++)
            {
                _groupIntervention[mine].Add(interventionMap[i], interventions[i]);
            }
        }

        foreach (var (key, value) in other._other)
        {
            _other[key] = _other.GetValueOrDefault(key) + value;
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
        _counters = null;
        Profiles += profiles;
        foreach (var (key, value) in counters)
        {
            AddStored(key, value);
        }

        for (var i = 0; i < rules.Count; i++)
        {
            _ruleFirings[i] += rules[i].Firings;
            _ruleProfiles[i] += rules[i].Profiles;
        }
    }

    /// <summary>
    /// Empties the aggregate for reuse by the next chunk of a run, keeping its arrays and code numbers
    /// so a run allocates a handful of aggregates rather than one per chunk.
    /// </summary>
    internal void Clear()
    {
        _counters = null;
        Profiles = 0;
        foreach (var counts in AllOnceCounts())
        {
            counts.ClearCounts();
        }

        _other.Clear();
        Array.Clear(_ruleFirings);
        Array.Clear(_ruleProfiles);
        CoOccurrence.Clear();
        PlanSizes.Clear();
    }

    internal static string Name(Indicator indicator) => IndicatorNames[IndicatorIndex(indicator)];

    private static int IndicatorIndex(Indicator indicator) => indicator switch
    {
        Indicator.Critical => 0,
        Indicator.Warning => 1,
        _ => 2,
    };

    private static int BandIndex(int priority) => priority switch
    {
        < 25 => 0,
        < 50 => 1,
        < 75 => 2,
        _ => 3,
    };

    private int NextStamp()
    {
        if (_stamp == int.MaxValue)
        {
            // After two billion profiles in one aggregate the stamps would repeat: forget them all.
            foreach (var counts in AllOnceCounts())
            {
                counts.ClearStamps();
            }

            _stamp = 0;
        }

        return ++_stamp;
    }

    private IEnumerable<OnceCounts> AllOnceCounts() =>
        new[] { _finding, _findingByIndicator, _intervention, _interventionByIndicator, _interventionByPriority, _gate, _withheld, _safety, _groupProfiles }
            .Concat(_groupFinding).Concat(_groupIntervention);

    private void AddFirings(ReadOnlySpan<int> counts)
    {
        // Without a branch on "did it fire": which rules fire varies from plan to plan, and a
        // mispredicted branch per rule cost more than the two additions.
        var n = Math.Min(counts.Length, _ruleFirings.Length);
        var firings = _ruleFirings.AsSpan(0, n);
        var profiles = _ruleProfiles.AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            var count = counts[i];
            firings[i] += Math.Max(count, 0);
            profiles[i] += count > 0 ? 1 : 0;
        }
    }

    /// <summary>Counts a list of plan items; returns how many interventions were new to this plan.</summary>
    private int AddItems(IReadOnlyList<OutlineItem> items, int stamp, int groupNumber)
    {
        var added = 0;
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            var i = _interventions.Number(item.InterventionId);
            if (_intervention.Once(i, stamp))
            {
                added++;
                if (i < _catalogInterventions)
                {
                    _present[i >> 6] |= 1UL << i;
                }
            }

            _interventionByIndicator.Once((i * Indicators) + IndicatorIndex(item.Indicator), stamp);
            _interventionByPriority.Once((i * PriorityBands) + BandIndex(item.Priority), stamp);
            if (groupNumber >= 0)
            {
                _groupIntervention[groupNumber].Once(i, stamp);
            }
        }

        return added;
    }

    private int GroupNumber(string group)
    {
        var number = _groups.Number(group);
        while (_groupFinding.Count <= number)
        {
            _groupFinding.Add(new OnceCounts());
            _groupIntervention.Add(new OnceCounts());
        }

        return number;
    }

    /// <summary>Puts a stored counter where <see cref="Add(PlanOutline, string?)"/> would have counted it.</summary>
    private void AddStored(CounterKey key, long value)
    {
        var indicator = Array.IndexOf(IndicatorNames, key.Group);
        var band = Array.IndexOf(BandNames, key.Group);
        var plain = key.Group.Length == 0;
        switch (key.Measure)
        {
            case Measures.Finding when plain:
                _finding.Add(_findingCodes.Number(key.Code), value);
                return;
            case Measures.FindingByIndicator when indicator >= 0:
                _findingByIndicator.Add((_findingCodes.Number(key.Code) * Indicators) + indicator, value);
                return;
            case Measures.Intervention when plain:
                _intervention.Add(_interventions.Number(key.Code), value);
                return;
            case Measures.InterventionByIndicator when indicator >= 0:
                _interventionByIndicator.Add((_interventions.Number(key.Code) * Indicators) + indicator, value);
                return;
            case Measures.InterventionByPriority when band >= 0:
                _interventionByPriority.Add((_interventions.Number(key.Code) * PriorityBands) + band, value);
                return;
            case Measures.Gate when plain:
                _gate.Add(_gates.Number(key.Code), value);
                return;
            case Measures.Withheld when plain:
                _withheld.Add(_interventions.Number(key.Code), value);
                return;
            case Measures.Safety when plain && key.Code == Measures.AnyGate:
                _safety.Add(0, value);
                return;
            case Measures.Safety when plain && key.Code == Measures.AnySafetyFinding:
                _safety.Add(1, value);
                return;
            case Measures.GroupProfiles when key.Code.Length == 0:
                _groupProfiles.Add(GroupNumber(key.Group), value);
                return;
            case Measures.GroupFinding:
                _groupFinding[GroupNumber(key.Group)].Add(_findingCodes.Number(key.Code), value);
                return;
            case Measures.GroupIntervention:
                _groupIntervention[GroupNumber(key.Group)].Add(_interventions.Number(key.Code), value);
                return;
            default:
                _other[key] = _other.GetValueOrDefault(key) + value;
                return;
        }
    }

    private Dictionary<CounterKey, long> BuildCounters()
    {
        var all = new List<KeyValuePair<CounterKey, long>>();
        void Put(string measure, string code, string group, long count)
        {
            if (count != 0)
            {
                all.Add(new(new CounterKey(measure, code, group), count));
            }
        }

        for (var f = 0; f < _findingCodes.Count; f++)
        {
            Put(Measures.Finding, _findingCodes[f], string.Empty, _finding[f]);
            for (var ind = 0; ind < Indicators; ind++)
            {
                Put(Measures.FindingByIndicator, _findingCodes[f], IndicatorNames[ind], _findingByIndicator[(f * Indicators) + ind]);
            }
        }

        for (var i = 0; i < _interventions.Count; i++)
        {
            Put(Measures.Intervention, _interventions[i], string.Empty, _intervention[i]);
            Put(Measures.Withheld, _interventions[i], string.Empty, _withheld[i]);
            for (var ind = 0; ind < Indicators; ind++)
            {
                Put(Measures.InterventionByIndicator, _interventions[i], IndicatorNames[ind], _interventionByIndicator[(i * Indicators) + ind]);
            }

            for (var band = 0; band < PriorityBands; band++)
            {
                Put(Measures.InterventionByPriority, _interventions[i], BandNames[band], _interventionByPriority[(i * PriorityBands) + band]);
            }
        }

        for (var g = 0; g < _gates.Count; g++)
        {
            Put(Measures.Gate, _gates[g], string.Empty, _gate[g]);
        }

        Put(Measures.Safety, Measures.AnyGate, string.Empty, _safety[0]);
        Put(Measures.Safety, Measures.AnySafetyFinding, string.Empty, _safety[1]);
        for (var g = 0; g < _groups.Count; g++)
        {
            var group = _groups[g];
            Put(Measures.GroupProfiles, string.Empty, group, _groupProfiles[g]);
            for (var f = 0; f < _groupFinding[g].Length; f++)
            {
                Put(Measures.GroupFinding, _findingCodes[f], group, _groupFinding[g][f]);
            }

            for (var i = 0; i < _groupIntervention[g].Length; i++)
            {
                Put(Measures.GroupIntervention, _interventions[i], group, _groupIntervention[g][i]);
            }
        }

        foreach (var (key, value) in _other)
        {
            Put(key.Measure, key.Code, key.Group, value);
        }

        all.Sort((x, y) => x.Key.CompareTo(y.Key));
        var counters = new Dictionary<CounterKey, long>(all.Count);
        foreach (var (key, value) in all)
        {
            counters[key] = counters.GetValueOrDefault(key) + value;
        }

        return counters;
    }
}
