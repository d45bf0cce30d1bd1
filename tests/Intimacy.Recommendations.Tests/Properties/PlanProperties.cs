using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Plans;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Safety;

namespace Intimacy.Recommendations.Tests.Properties;

/// <summary>Reasons, sources, lane order, determinism and thread safety over the shared sample.</summary>
public class PlanProperties
{
    [Fact]
    public void EveryItem_HasAReasonAndASource_AndTheLanesAreInOrder()
    {
        var sample = PropertySample.Instance;
        sample.Check("plan structure", i => PlanChecks.Structure(sample.Plans[i]));
    }

    [Fact]
    public void ParallelEvaluation_GivesByteIdenticalJson_ToSequentialEvaluation()
    {
        var sample = PropertySample.Instance;
        sample.Check("parallel equals sequential", i => sample.SequentialHashes[i] == sample.ParallelHashes[i]
            ? []
            : [$"plan JSON differs between the sequential and the parallel pass (SHA-256 {sample.SequentialHashes[i]} vs {sample.ParallelHashes[i]})"]);
    }

    [Fact]
    public void TheHashedJson_IsThePlanFormatsJson()
    {
        var sample = PropertySample.Instance;

        sample.Check(
            "hashes are of PlanJson.Serialize's bytes",
            i => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(PlanJson.Serialize(sample.Plans[i])))) == sample.SequentialHashes[i]
                ? []
                : ["the streamed hash differs from the hash of PlanJson.Serialize"],
            200);
    }

    [Fact]
    public void AFreshlyCompiledEngine_GivesByteIdenticalJson()
    {
        var sample = PropertySample.Instance;
        var rebuilt = new Dictionary<int, RecommendationEngine>();
        foreach (var index in new[] { 1, sample.Engines.Length - 1 })
        {
            rebuilt[index] = sample.Specs[index].Build();
            rebuilt[index].RuleSetHash.Should().Be(sample.Engines[index].RuleSetHash);
            rebuilt[index].OptionsHash.Should().Be(sample.Engines[index].OptionsHash);
        }

        sample.Check(
            "same profile and same engine give the same JSON",
            i => !rebuilt.TryGetValue(i % sample.Engines.Length, out var engine) || PropertySample.HashOf(engine.Recommend(sample.Profiles[i])) == sample.SequentialHashes[i]
                ? []
                : ["plan JSON differs between two engines compiled from the same configuration"],
            2000);
    }

    /// <summary>
    /// The same properties again, driven by FsCheck itself (its own seeds and its replay message on
    /// failure), with fresh profiles and a random engine of the pool for each case.
    /// </summary>
    [Fact]
    public void AllPlanProperties_HoldForFreshFsCheckCases()
    {
        var sample = PropertySample.Instance;
        var safetyRules = sample.Engines.Select(PlanChecks.SafetyRuleNames).ToArray();
        var cases =
            from profile in ProfileGenerator.Profile
            from engine in Gen.Choose(0, sample.Engines.Length - 1)
            select (Profile: profile, Engine: engine);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var plan = sample.Engines[c.Engine].Recommend(c.Profile);
            var gates = SafetyGates.Evaluate(c.Profile);
            var violations = PlanChecks.SafetyTable(c.Profile, plan, gates)
                .Concat(PlanChecks.Contraindications(c.Profile, plan))
                .Concat(PlanChecks.PushedItemsAccountedFor(plan))
                .Concat(PlanChecks.GateFindings(plan, gates, safetyRules[c.Engine]))
                .Concat(PlanChecks.Structure(plan))
                .Concat(PrivacyChecks.Views.SelectMany(v => PrivacyChecks.View(c.Profile, plan, v, gates)))
                .ToList();
            return violations.Count == 0
                ? Prop.Label(true, "ok")
                : Prop.Label(false, string.Join("\n", violations.Take(8)) + "\n" + sample.Specs[c.Engine] + "\n" + ProfileJson.Serialize(c.Profile));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
