using Intimacy.Recommendations.Safety;

namespace Intimacy.Recommendations.Tests.Properties;

/// <summary>
/// The safety table of docs/safety.md and the contraindication rule, over the shared sample of 10,000
/// generated profiles, each evaluated by an engine with random options, random disabled tags and
/// hostile app rules that try to undo safety.
/// </summary>
public class SafetyTableProperties
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void EveryRowOfTheSafetyTable_HoldsForEveryProfile(int row)
    {
        var sample = PropertySample.Instance;
        sample.Gates.Count(g => g.Any(a => (int)a.Gate == row - 1)).Should().BeGreaterThan(PropertySample.Size / 10, "row {0} must apply often for the property to mean something", row);

        sample.Check($"safety table row {row}", i => PlanChecks.SafetyTable(sample.Profiles[i], sample.Plans[i], sample.Gates[i], row));
    }

    /// <summary>
    /// The ranking parts of rows 1 and 5 only bite where something could come before the required item: the
    /// emergency item with the other partner's own safety items beside it, a medical route with sex therapy
    /// still in the support track. Without enough such plans those checks would pass by having nothing to check.
    /// </summary>
    [Fact]
    public void TheRankingRows_HaveSomethingToRank()
    {
        var sample = PropertySample.Instance;
        bool Applies(int i, SafetyGate gate) => sample.Gates[i].Any(g => g.Gate == gate);

        Enumerable.Range(0, sample.Count).Count(i => Applies(i, SafetyGate.MedicalFirst)
                && sample.Plans[i].Support.Any(x => x.InterventionId == PlanChecks.SexTherapy)
                && sample.Plans[i].Support.Any(x => x.Kind == Intimacy.Core.Interventions.InterventionKind.Medical))
            .Should().BeGreaterThan(100, "row 5 must often meet sex therapy it has to rank below a medical route (seed {0})", sample.Seed);
        Enumerable.Range(0, sample.Count).Count(i => Applies(i, SafetyGate.ImminentDanger) && sample.Plans[i].AllItems.Skip(1).Any())
            .Should().BeGreaterThan(100, "row 1 must often leave other items beside the emergency (seed {0})", sample.Seed);
    }

    [Fact]
    public void NoRecommendedItem_HasAContraindicationThatApplies()
    {
        var sample = PropertySample.Instance;
        sample.Check("contraindications", i => PlanChecks.Contraindications(sample.Profiles[i], sample.Plans[i]));
    }

    [Fact]
    public void WhatTheHostileRulePushes_IsRecommendedOrListedAsWithheld()
    {
        var sample = PropertySample.Instance;
        sample.Plans.Count(p => p.Withheld.Any(w => Hostile.Pushed.Contains(w.InterventionId))).Should().BeGreaterThan(PropertySample.Size / 2);

        sample.Check("pushed items accounted for", i => PlanChecks.PushedItemsAccountedFor(sample.Plans[i]));
    }

    [Fact]
    public void EveryGateInForce_IsRecordedByAGenuineFindingAndANotice()
    {
        var sample = PropertySample.Instance;
        var safetyRules = sample.Engines.Select(PlanChecks.SafetyRuleNames).ToArray();

        sample.Check("gate findings", i => PlanChecks.GateFindings(sample.Plans[i], sample.Gates[i], safetyRules[i % safetyRules.Length]));
    }
}
