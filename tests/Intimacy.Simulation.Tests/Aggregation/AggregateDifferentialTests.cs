using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Safety;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;
using Intimacy.Simulation.Tests.Running;
using Intimacy.Simulation.Tests.Scenarios;

namespace Intimacy.Simulation.Tests.Aggregation;

/// <summary>
/// Over random valid scenarios (<see cref="RandomScenarioDocuments"/>), the runner's aggregate equals one counted
/// here the plain way, from the same profiles generated through the public API and evaluated by the engine: every
/// counter, the rule firings and the rules never fired, co-occurrence, plan sizes, gate activations, the breakdown,
/// and the per-profile rows. Shards merged from their summaries equal one run for any number of shards (more than
/// profiles too, and runs of 0 or 1 profile), and one thread equals two byte for byte.
/// </summary>
public class AggregateDifferentialTests
{
    private static readonly HashSet<string> GateIds = [.. SafetyGates.All.Select(SafetyGates.Id)];

    /// <summary>Breakdown fields with a plain reader written here, independent of the library's compiled one.</summary>
    private static readonly (string Path, Func<CoupleProfile, string> Read)[] Breakdowns =
    [
        ("partnerA.view.trend", p => p.PartnerA.View?.Trend is { } t ? Camel(t.ToString()) : "unknown"),
        ("relationship.livingTogether", p => p.Relationship?.LivingTogether is { } b ? (b ? "true" : "false") : "unknown"),
        ("partnerB.view.desireLevel", p => p.PartnerB?.View?.DesireLevel is { } d ? d.ToString(CultureInfo.InvariantCulture) : "unknown"),
        ("partnerA.wellbeingScores.phq2", p => p.PartnerA.WellbeingScores?.Phq2 is { } s ? s.ToString(CultureInfo.InvariantCulture) : "unknown"),
        ("partnerB.safety.experiencesViolence", p => p.PartnerB?.Safety?.ExperiencesViolence is { } v ? (v ? "true" : "false") : "unknown"),
        ("partnerA.view.sexPerYear", p => p.PartnerA.View?.SexPerYear is { } n ? n.ToString(CultureInfo.InvariantCulture) : "unknown"),
        ("relationship.arrangement", p => p.Relationship?.Arrangement is { } a ? Camel(a.ToString()) : "unknown"),
    ];

    private static IRecommendationEngine Engine => SimulationFixture.Engine;

    [Fact]
    public void Aggregate_EqualsCountsMadeFromEachProfile()
    {
        var gen =
            from doc in RandomScenarioDocuments.ValidModerate
            from count in Gen.OneOf(Gen.Elements(0L, 1L, 2L), Gen.Choose(3, 120).Select(c => (long)c))
            from breakdown in Gen.Choose(-1, Breakdowns.Length - 1)
            from seed in Gen.Choose(-1000, 1000)
            select (doc, count, breakdown, (long)seed);

        var counted = new HashSet<string>();
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (doc, count, breakdownIndex, seed) = input;
            var yaml = RandomScenarioDocuments.ToYaml(doc);
            var scenario = ValidScenarioFuzzTests.Load(yaml, ScenarioFormat.Yaml);
            var breakdown = breakdownIndex < 0 ? ((string Path, Func<CoupleProfile, string> Read)?)null : Breakdowns[breakdownIndex];
            var rows = new StringWriter();
            var result = new SimulationRunner(Engine, scenario).Run(
                new SimulationSettings { Count = count, Seed = seed, ChunkSize = 16, MaxDegreeOfParallelism = 2, BreakdownField = breakdown?.Path },
                profileRows: rows);

            var expected = Count(scenario, seed, count, breakdown);
            counted.UnionWith(expected.Counters.Keys.Select(k => k.Measure));

            Compare(yaml, result.Aggregate, expected);
            ValidScenarioFuzzTests.Explain(yaml, rows.ToString() == expected.Rows.ToString(), "the per-profile rows differ from the profiles' plans:\n" + rows + "\nexpected\n" + expected.Rows);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(30));

        counted.Should().Contain([Measures.Finding, Measures.FindingByIndicator, Measures.Intervention, Measures.InterventionByPriority, Measures.Safety, Measures.GroupProfiles], "the random scenarios should give plans with something to count");
    }

    [Fact]
    public void ShardsMerged_EqualOneRun_AndOneThreadEqualsTwo_ByteForByte()
    {
        var gen =
            from doc in RandomScenarioDocuments.ValidModerate
            from count in Gen.OneOf(Gen.Elements(0L, 1L, 2L), Gen.Choose(3, 90).Select(c => (long)c))
            from shards in Gen.OneOf(Gen.Choose(1, 4), Gen.Choose(5, 130))
            from breakdown in Gen.Choose(-1, Breakdowns.Length - 1)
            from chunk in Gen.Elements(1, 7, 64)
            select (doc, count, shards, breakdown, chunk);

        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (doc, count, shardCount, breakdownIndex, chunk) = input;
            var yaml = RandomScenarioDocuments.ToYaml(doc);
            var scenario = ValidScenarioFuzzTests.Load(yaml, ScenarioFormat.Yaml);
            var runner = new SimulationRunner(Engine, scenario);
            var settings = new SimulationSettings { Count = count, Seed = 5, ChunkSize = chunk, MaxDegreeOfParallelism = 1, BreakdownField = breakdownIndex < 0 ? null : Breakdowns[breakdownIndex].Path };

            var one = runner.Run(settings);
            var two = runner.Run(settings with { MaxDegreeOfParallelism = 2 });
            var parts = Enumerable.Range(0, shardCount)
                .Select(i => runner.Run(settings with { Shard = new Shard(i, shardCount), ChunkSize = 3 }))
                .Select(SummaryJson.Write)
                .Reverse()
                .Select(SummaryJson.Read)
                .ToList();
            var merged = ShardMerger.Merge(parts);

            ValidScenarioFuzzTests.Explain(yaml, SummaryJson.Write(two) == SummaryJson.Write(one) && CsvReport.Write(two) == CsvReport.Write(one), "one thread and two differ");
            ValidScenarioFuzzTests.Explain(yaml, parts.Sum(p => p.Aggregate.Profiles) == count, "the shards do not cover every profile once");
            ValidScenarioFuzzTests.Explain(yaml, SummaryJson.Write(merged) == SummaryJson.Write(one), $"{shardCount} shards of {count} merged differ from one run (summary)");
            ValidScenarioFuzzTests.Explain(yaml, CsvReport.Write(merged) == CsvReport.Write(one), $"{shardCount} shards of {count} merged differ from one run (CSV)");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    private sealed class Expected
    {
        public long Profiles { get; set; }

        public Dictionary<CounterKey, long> Counters { get; } = [];

        public long[] RuleFirings { get; } = new long[Engine.Rules.Count];

        public long[] RuleProfiles { get; } = new long[Engine.Rules.Count];

        public Dictionary<(string, string), long> Pairs { get; } = [];

        public Dictionary<int, long> PlanSizes { get; } = [];

        public StringBuilder Rows { get; } = new();

        public void Up(string measure, string code, string group = "") =>
            Counters[new CounterKey(measure, code, group)] = Counters.GetValueOrDefault(new CounterKey(measure, code, group)) + 1;
    }

    private static Expected Count(Scenario scenario, long seed, long count, (string Path, Func<CoupleProfile, string> Read)? breakdown)
    {
        var expected = new Expected();
        var generator = new ProfileGenerator(scenario, seed);
        var catalog = Engine.Catalog.Interventions.Select(i => i.Id).ToHashSet();
        for (long index = 0; index < count; index++)
        {
            var profile = generator.Generate(index);
            var evaluation = Engine.Evaluate(profile);
            var plan = evaluation.Plan;
            var group = breakdown?.Read(profile);
            expected.Profiles++;

            for (var r = 0; r < evaluation.FiringCounts.Count; r++)
            {
                expected.RuleFirings[r] += evaluation.FiringCounts[r];
                expected.RuleProfiles[r] += evaluation.FiringCounts[r] > 0 ? 1 : 0;
            }

            foreach (var code in plan.Findings.Select(f => f.Code).Distinct())
            {
                expected.Up(Measures.Finding, code);
                if (group is not null)
                {
                    expected.Up(Measures.GroupFinding, code, group);
                }
            }

            foreach (var (code, indicator) in plan.Findings.Select(f => (f.Code, Name(f.Indicator))).Distinct())
            {
                expected.Up(Measures.FindingByIndicator, code, indicator);
            }

            var items = plan.Urgent.Concat(plan.Phases.SelectMany(p => p.Items)).Concat(plan.Support).ToList();
            var ids = items.Select(i => i.InterventionId).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var id in ids)
            {
                expected.Up(Measures.Intervention, id);
                if (group is not null)
                {
                    expected.Up(Measures.GroupIntervention, id, group);
                }
            }

            foreach (var (id, indicator) in items.Select(i => (i.InterventionId, Name(i.Indicator))).Distinct())
            {
                expected.Up(Measures.InterventionByIndicator, id, indicator);
            }

            foreach (var (id, band) in items.Select(i => (i.InterventionId, Measures.PriorityBand(i.Priority))).Distinct())
            {
                expected.Up(Measures.InterventionByPriority, id, band);
            }

            foreach (var id in plan.Withheld.Select(w => w.InterventionId).Distinct())
            {
                expected.Up(Measures.Withheld, id);
            }

            var gates = plan.Findings.Where(f => f.Kind == FindingKind.Safety && GateIds.Contains(f.Code)).Select(f => f.Code).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var gate in gates)
            {
                expected.Up(Measures.Gate, gate);
            }

            if (gates.Count > 0)
            {
                expected.Up(Measures.Safety, Measures.AnyGate);
            }

            if (plan.Findings.Any(f => f.Kind == FindingKind.Safety))
            {
                expected.Up(Measures.Safety, Measures.AnySafetyFinding);
            }

            if (group is not null)
            {
                expected.Up(Measures.GroupProfiles, string.Empty, group);
            }

            expected.PlanSizes[ids.Count] = expected.PlanSizes.GetValueOrDefault(ids.Count) + 1;
            var inCatalog = ids.Where(catalog.Contains).ToList();
            for (var a = 0; a < inCatalog.Count; a++)
            {
                for (var b = a; b < inCatalog.Count; b++)
                {
                    expected.Pairs[(inCatalog[a], inCatalog[b])] = expected.Pairs.GetValueOrDefault((inCatalog[a], inCatalog[b])) + 1;
                }
            }

            expected.Rows.Append(CultureInfo.InvariantCulture, $"{index},{group},{ids.Count},{string.Join(';', gates)},{string.Join(';', plan.Findings.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal))},{string.Join(';', ids)}\n");
        }

        return expected;
    }

    private static void Compare(string yaml, SimulationAggregate actual, Expected expected)
    {
        var problems = new List<string>();
        if (actual.Profiles != expected.Profiles)
        {
            problems.Add($"profiles {actual.Profiles} against {expected.Profiles}");
        }

        foreach (var key in actual.Counters.Keys.Union(expected.Counters.Keys))
        {
            var (a, e) = (actual.Counters.GetValueOrDefault(key), expected.Counters.GetValueOrDefault(key));
            if (a != e)
            {
                problems.Add($"{key.Measure} {key.Code} {key.Group}: {a} against {e}");
            }
            else
            {
                // Prevalence: out of every profile, or out of the group's profiles for a breakdown counter.
                var trials = key.Measure is Measures.GroupFinding or Measures.GroupIntervention
                    ? expected.Counters.GetValueOrDefault(new CounterKey(Measures.GroupProfiles, string.Empty, key.Group))
                    : expected.Profiles;
                var prevalence = actual.Prevalence(key);
                var (lower, upper) = Wilson(e, trials);
                var interval = prevalence.WilsonInterval();
                if (prevalence.Successes != e || prevalence.Trials != trials || Math.Abs(interval.Lower - lower) > 1e-12 || Math.Abs(interval.Upper - upper) > 1e-12)
                {
                    problems.Add($"{key.Measure} {key.Code} {key.Group}: prevalence {prevalence} {interval} against {e}/{trials} [{lower}, {upper}]");
                }
            }
        }

        if (!actual.RuleFirings.SequenceEqual(expected.RuleFirings) || !actual.RuleProfiles.SequenceEqual(expected.RuleProfiles))
        {
            problems.Add("rule firings");
        }

        var neverFired = Engine.Rules.Select(r => r.Name).Where((_, i) => expected.RuleProfiles[i] == 0).ToList();
        if (!actual.RulesNeverFired.SequenceEqual(neverFired))
        {
            problems.Add("rules never fired");
        }

        var sizes = actual.PlanSizes.Counts.Select((c, v) => (v, c)).Where(x => x.c != 0).ToDictionary(x => x.v, x => x.c);
        if (sizes.Count != expected.PlanSizes.Count || sizes.Any(s => expected.PlanSizes.GetValueOrDefault(s.Key) != s.Value) || actual.PlanSizes.Total != expected.Profiles)
        {
            problems.Add("plan sizes");
        }

        var ids = actual.InterventionIds;
        for (var a = 0; a < ids.Count; a++)
        {
            for (var b = a; b < ids.Count; b++)
            {
                if (actual.CoOccurrence.Count(a, b) != expected.Pairs.GetValueOrDefault((ids[a], ids[b])))
                {
                    problems.Add($"co-occurrence of {ids[a]} and {ids[b]}: {actual.CoOccurrence.Count(a, b)} against {expected.Pairs.GetValueOrDefault((ids[a], ids[b]))}");
                }
            }
        }

        if (actual.CoOccurrence.Sets != expected.Profiles)
        {
            problems.Add("co-occurrence sets");
        }

        ValidScenarioFuzzTests.Explain(yaml, problems.Count == 0, "the aggregate differs from the profiles' plans: " + string.Join("; ", problems.Take(20)));
    }

    /// <summary>The 95% Wilson score interval, from its textbook formula.</summary>
    private static (double Lower, double Upper) Wilson(long successes, long trials)
    {
        if (trials == 0)
        {
            return (0, 1);
        }

        const double z = 1.959963984540054;
        var p = (double)successes / trials;
        var centre = (p + (z * z / (2.0 * trials))) / (1 + (z * z / trials));
        var half = z * Math.Sqrt((p * (1 - p) / trials) + (z * z / (4.0 * trials * trials))) / (1 + (z * z / trials));
        return (successes == 0 ? 0 : Math.Max(0, centre - half), successes == trials ? 1 : Math.Min(1, centre + half));
    }

    private static string Name(Indicator indicator) => indicator switch
    {
        Indicator.Critical => "critical",
        Indicator.Warning => "warning",
        _ => "info",
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
