using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Tests.Properties;
using Intimacy.Recommendations.Tests.Scenarios;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Engine;

/// <summary>
/// An engine with no app rule lets the built-in rules hand their candidates straight to the planner instead of
/// inserting them as facts; with an app rule loaded, candidates are facts the app rule can see. The two paths must
/// give the same plans and firing counts.
/// </summary>
public class HandedCandidatesTests
{
    [Fact]
    public void WithoutAppRules_PlansAndFiringCounts_EqualThoseOfAnEngineWhoseAppRuleWatchesCandidates()
    {
        var handing = RecommendationEngine.CreateDefault();
        var inserting = new RecommendationEngineBuilder().AddRules(typeof(WatchesCandidatesRule)).Build();
        var profiles = PropertySample.GenerateProfiles(20261207, 3_000).Where(p => ProfileValidator.Validate(p).IsValid).ToList();
        profiles.Should().HaveCountGreaterThan(2_500);

        var builtIn = handing.Rules.Select(r => r.Name).ToList();
        foreach (var profile in profiles)
        {
            var handed = handing.Evaluate(profile);
            var inserted = inserting.Evaluate(profile);

            // The stamps differ by the rule set's hash (one more rule); everything else must be the same.
            PlanJson.Serialize(inserted.Plan with { Stamp = handed.Plan.Stamp }).Should().Be(PlanJson.Serialize(handed.Plan));
            var counts = inserting.Rules.Select((r, i) => (r.Name, Count: inserted.FiringCounts[i])).ToDictionary(x => x.Name, x => x.Count);
            builtIn.Select(name => counts[name]).Should().Equal(handed.FiringCounts);
            counts[nameof(WatchesCandidatesRule)].Should().Be(0);
        }
    }

    [Fact]
    public void WithAnAppRule_TheBuiltInCandidatesAreFacts_ThatTheAppRuleCanRetract()
    {
        var profile = Couples.Both(a => a.View(v => v with { FeelsLikeRoommates = true }));
        RecommendationEngine.CreateDefault().Recommend(profile).AllItems.Select(i => i.InterventionId)
            .Should().Contain(Interventions.WeeklyCheckIn.Id, "the profile must call for the check-in for this test to mean anything");

        var plan = new RecommendationEngineBuilder().AddRules(typeof(DropsTheCheckInRule)).Build().Recommend(profile);

        plan.AllItems.Select(i => i.InterventionId).Should().NotContain(Interventions.WeeklyCheckIn.Id);
    }

    /// <summary>
    /// An engine without app rules does not run the check that names an app rule's malformed finding: every finding is a
    /// built-in rule's. So every built-in finding must pass that check, under the default options and under others.
    /// </summary>
    [Fact]
    public void WithoutAppRules_EveryFinding_PassesTheCheckAppRulesFindingsGet()
    {
        IRecommendationEngine[] engines =
        [
            RecommendationEngine.CreateDefault(),
            Engines.With(o => { o.Csi4Cutoff = 15; o.SexlessFrequencyPerYear = 20; o.Phq9Cutoff = 5; }),
            Engines.With(o => o.DisabledTags.Add("sexual")),
        ];
        var profiles = PropertySample.GenerateProfiles(20261208, 2_000).Where(p => ProfileValidator.Validate(p).IsValid).ToList();

        var findings = 0;
        foreach (var engine in engines)
        {
            foreach (var profile in profiles)
            {
                foreach (var finding in engine.Recommend(profile).Findings)
                {
                    RuleOutputChecks.ThrowIfMalformed(finding);
                    findings++;
                }
            }
        }

        findings.Should().BeGreaterThan(profiles.Count * engines.Length);
    }

    /// <summary>Matches every candidate and never fires: loading it makes candidates facts without changing any plan.</summary>
    [Name(nameof(WatchesCandidatesRule))]
    public sealed class WatchesCandidatesRule : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            Candidate candidate = null!;
            When().Match(() => candidate, c => c.InterventionId == "no-such-intervention");
            Then().Do(ctx => ctx.Halt());
        }
    }

    /// <summary>Retracts the built-in weekly check-in candidates.</summary>
    [Name(nameof(DropsTheCheckInRule))]
    public sealed class DropsTheCheckInRule : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            Candidate candidate = null!;
            When().Match(() => candidate, c => c.InterventionId == "intervention.weekly-check-in");
            Then().Do(ctx => ctx.Retract(candidate));
        }
    }
}
