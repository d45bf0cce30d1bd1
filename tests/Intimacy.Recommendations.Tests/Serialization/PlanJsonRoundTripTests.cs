using Intimacy.Core.Plans;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Profiles;

namespace Intimacy.Recommendations.Tests.Serialization;

public class PlanJsonRoundTripTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    [Fact]
    public void RealPlans_EveryAudience_SerializeDeserializeSerialize_IsUnchanged()
    {
        var checkedViews = 0;
        foreach (var profile in OutputProfiles.Named().Concat(OutputProfiles.Random(seed: 4711, count: 300)))
        {
            var plan = Engine.Recommend(profile);
            foreach (var audience in Enum.GetValues<Audience>())
            {
                var view = plan.ForAudience(audience);
                var json = PlanJson.Serialize(view);

                var again = PlanJson.Serialize(PlanJson.Deserialize(json));

                again.Should().Be(json, $"the {audience} view must survive a round trip");
                checkedViews++;
            }
        }

        checkedViews.Should().Be(305 * 4);
    }

    [Fact]
    public void SampledPlans_OfEnginesWithRandomOptionsAndAppRules_EveryAudience_RoundTripToTheSameBytes()
    {
        var sample = Properties.PropertySample.Instance;

        sample.Check(
            "plan JSON of every view survives serialize, deserialize, serialize",
            i => Enum.GetValues<Audience>()
                .Select(a => (Audience: a, Json: PlanJson.Serialize(sample.Plans[i].ForAudience(a))))
                .Where(v => PlanJson.Serialize(PlanJson.Deserialize(v.Json)) != v.Json)
                .Select(v => $"the {v.Audience} view's JSON changes on a round trip"),
            1000);
    }

    [Fact]
    public void RoundTrip_KeepsTheStructureNotJustTheText()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());

        var back = PlanJson.Deserialize(PlanJson.Serialize(plan, indented: true));

        back.Stamp.Should().Be(plan.Stamp);
        back.Audience.Should().Be(Audience.Clinician);
        back.Urgent.Select(i => i.InterventionId).Should().Equal(plan.Urgent.Select(i => i.InterventionId));
        back.Phases.Select(p => p.Stage).Should().Equal(plan.Phases.Select(p => p.Stage));
        back.Withheld.Select(w => (w.InterventionId, w.HeldBy)).Should().Equal(plan.Withheld.Select(w => (w.InterventionId, w.HeldBy)));
        back.Findings.Select(f => (f.Id, f.Disclosure)).Should().Equal(plan.Findings.Select(f => (f.Id, f.Disclosure)));
        back.AllItems.SelectMany(i => i.Reasons).Select(r => (r.RuleName, r.Threshold, r.Disclosure, string.Join(",", r.InputPaths)))
            .Should().Equal(plan.AllItems.SelectMany(i => i.Reasons).Select(r => (r.RuleName, r.Threshold, r.Disclosure, string.Join(",", r.InputPaths))));
    }

    [Fact]
    public void ReadBackPlan_NarrowsToTheSameViewAsTheOriginal()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());
        var back = PlanJson.Deserialize(PlanJson.Serialize(plan));

        foreach (var audience in Enum.GetValues<Audience>())
        {
            PlanJson.Serialize(back.ForAudience(audience)).Should().Be(PlanJson.Serialize(plan.ForAudience(audience)));
        }
    }

    [Fact]
    public void EveryPlan_CarriesItsSchemaVersionAndTheEnginesStamp()
    {
        var json = PlanJson.Serialize(Engine.Recommend(OutputProfiles.DriftingApart()));

        json.Should().StartWith("{\"schemaVersion\":1,")
            .And.Contain($"\"ruleSetHash\":\"{Engine.RuleSetHash}\"")
            .And.Contain($"\"optionsHash\":\"{Engine.OptionsHash}\"")
            .And.Contain("\"libraryVersion\":\"");
    }

    [Fact]
    public void SameProfile_GivesTheSameJson_AndOtherOptionsChangeTheStamp()
    {
        var profile = OutputProfiles.DriftingApart();
        var other = new RecommendationEngineBuilder().Configure(o => o.Csi4Cutoff = 12).Build();

        PlanJson.Serialize(Engine.Recommend(profile)).Should().Be(PlanJson.Serialize(RecommendationEngine.CreateDefault().Recommend(profile)));
        other.Recommend(profile).Stamp.OptionsHash.Should().NotBe(Engine.Recommend(profile).Stamp.OptionsHash);
    }
}
