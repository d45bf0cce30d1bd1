using System.Collections.Concurrent;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;
using Xunit.Abstractions;

namespace Intimacy.Recommendations.Tests.Coverage;

/// <summary>
/// The removal test: switching off any single built-in rule changes the plan of some fixture profile
/// (its "witness"), so no built-in rule is dead weight. Safety rules cannot be switched off at all.
/// </summary>
public class RuleRemovalTests(ITestOutputHelper output)
{
    /// <summary>Built-in rules no fixture distinguishes from the full rule set: dead rules, reported, not deleted.</summary>
    private static readonly string[] KnownWithoutWitness = [];

    [Fact]
    public void SwitchingOffAnyBuiltInRule_ChangesThePlanOfSomeFixtureProfile()
    {
        // The fixtures are generated from a fixed seed, so the witnesses are the same on every run.
        var full = CoverageFixtures.Instance.Engine;
        var fixtures = CoverageFixtures.Instance.Profiles;
        var evaluations = CoverageFixtures.Instance.Evaluations;
        var canonical = evaluations.Select(e => Canonical(e.Plan, full)).ToArray();
        var rules = full.Rules.Where(r => r.IsBuiltIn && !r.IsSafety).ToList();
        rules.Should().NotBeEmpty();

        var witnesses = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        Parallel.ForEach(rules, rule =>
        {
            var fired = Enumerable.Range(0, fixtures.Length).Where(i => evaluations[i].FiringCounts[rule.Index] > 0).Take(5).ToList();
            if (fired.Count == 0)
            {
                witnesses[rule.Name] = null;
                return;
            }

            var without = new RecommendationEngineBuilder().ExcludeRules(rule.Name).Build();
            foreach (var i in fired)
            {
                var plan = without.Recommend(fixtures[i]);
                if (Canonical(plan, full) != canonical[i])
                {
                    witnesses[rule.Name] = $"fixture #{i}: {Difference(evaluations[i].Plan, plan)}";
                    return;
                }
            }

            witnesses[rule.Name] = null;
        });

        foreach (var (rule, witness) in witnesses.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{rule}: {witness ?? "NO WITNESS"}");
        }

        var missing = witnesses.Where(w => w.Value is null).Select(w => w.Key).Order(StringComparer.Ordinal).ToList();
        missing.Should().Equal(KnownWithoutWitness, "every built-in rule must change some fixture's plan when switched off (a rule without a witness is dead)");
    }

    [Fact]
    public void SafetyRules_StayCompiled_WhateverTagsAreSwitchedOff()
    {
        var everythingOff = new RecommendationEngineBuilder().Configure(o => o.DisabledTags.UnionWith(Options.RuleTags.Switchable)).Build();
        var full = RecommendationEngine.CreateDefault();

        everythingOff.Rules.Where(r => r.IsSafety).Select(r => r.Name)
            .Should().BeEquivalentTo(full.Rules.Where(r => r.IsSafety).Select(r => r.Name))
            .And.HaveCountGreaterThanOrEqualTo(6);
    }

    /// <summary>The plan's JSON without its stamp (the rule-set hash differs by construction).</summary>
    private static string Canonical(RecommendationPlan plan, IRecommendationEngine reference) =>
        PlanJson.Serialize(plan with { Stamp = new PlanStamp("x", reference.RuleSetHash, reference.OptionsHash, plan.Stamp.SchemaVersion) });

    private static string Difference(RecommendationPlan full, RecommendationPlan without)
    {
        static IEnumerable<string> Facts(RecommendationPlan plan) =>
            plan.Findings.Select(f => "finding " + f.Id)
                .Concat(plan.AllItems.Select(i => $"item {i.InterventionId} ({i.Audience}, {i.Track}, priority {i.Priority})"))
                .Concat(plan.AllItems.SelectMany(i => i.Reasons.Select(r => $"reason {r.RuleName} for {i.InterventionId} ({i.Audience})")))
                .Concat(plan.Withheld.Select(w => $"withheld {w.InterventionId} by {w.HeldBy}"));

        var before = Facts(full).ToHashSet(StringComparer.Ordinal);
        var after = Facts(without).ToHashSet(StringComparer.Ordinal);
        var lost = before.Except(after).Take(3).Select(f => "-" + f);
        var gained = after.Except(before).Take(3).Select(f => "+" + f);
        var text = string.Join("; ", lost.Concat(gained));
        return text.Length > 0 ? text : "same items and findings, different details";
    }
}
