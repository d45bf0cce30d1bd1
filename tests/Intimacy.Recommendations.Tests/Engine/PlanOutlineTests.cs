using Intimacy.Core.Catalog;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Validation;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Recommendations.Tests.Properties;
using Intimacy.Recommendations.Tests.Scenarios;

namespace Intimacy.Recommendations.Tests.Engine;

/// <summary>
/// <see cref="IRecommendationEngine.Outline"/> makes what <see cref="PlanOutline.Fill"/> makes of the evaluation's plan,
/// without making the plan: over the property sample (random options, disabled tags and hostile app rules), over engines
/// without app rules (whose candidates are handed to the planner), and for an engine that only has the interface's default.
/// </summary>
public class PlanOutlineTests
{
    [Fact]
    public void OverThePropertySample_TheOutline_IsTheFilledOutlineOfTheEvaluation()
    {
        var sample = PropertySample.Instance;
        var outline = new PlanOutline();
        var filled = new PlanOutline();

        // One outline for every profile: what one profile leaves must not reach the next.
        sample.Check("the outline is the evaluation's", i =>
        {
            var engine = sample.EngineFor(i);
            engine.Outline(sample.Profiles[i], outline);
            var evaluation = engine.Evaluate(sample.Profiles[i]);
            filled.Fill(evaluation);
            return Differences(outline, filled).Concat(PlanDifferences(outline, evaluation.Plan));
        });
    }

    [Fact]
    public void WithoutAppRules_UnderSeveralOptionSets_TheOutline_IsTheFilledOutlineOfTheEvaluation()
    {
        IRecommendationEngine[] engines =
        [
            RecommendationEngine.CreateDefault(),
            Engines.With(o => { o.Csi4Cutoff = 15; o.SexlessFrequencyPerYear = 20; o.Phq9Cutoff = 5; }),
            Engines.With(o => { o.DisabledTags.Add("sexual"); o.DisabledTags.Add("dyadic"); }),
        ];
        var profiles = PropertySample.GenerateProfiles(20261209, 3_000).Where(p => ProfileValidator.Validate(p).IsValid).ToList();
        profiles.Should().HaveCountGreaterThan(2_500);
        var outline = new PlanOutline();
        var filled = new PlanOutline();
        var withheld = 0;
        var urgent = 0;

        foreach (var engine in engines)
        {
            foreach (var profile in profiles)
            {
                engine.Outline(profile, outline);
                var evaluation = engine.Evaluate(profile);
                filled.Fill(evaluation);
                Differences(outline, filled).Concat(PlanDifferences(outline, evaluation.Plan)).Should().BeEmpty(Core.Serialization.ProfileJson.Serialize(profile));
                withheld += outline.Withheld.Count;
                urgent += outline.Items.Count(i => i.Track == PlanTrack.Urgent);
            }
        }

        // The comparison means something only if the sample reaches every lane and the veto.
        withheld.Should().BeGreaterThan(1_000);
        urgent.Should().BeGreaterThan(100);
    }

    [Fact]
    public void AnEngineWithOnlyTheInterfacesDefault_FillsTheOutlineFromItsEvaluation()
    {
        var inner = RecommendationEngine.CreateDefault();
        IRecommendationEngine wrapper = new EvaluatingOnly(inner);
        var profile = Couples.Both(a => a.View(v => v with { FeelsLikeRoommates = true }));
        var outline = new PlanOutline();
        var fast = new PlanOutline();

        wrapper.Outline(profile, outline);
        inner.Outline(profile, fast);

        outline.Items.Should().NotBeEmpty();
        Differences(outline, fast).Should().BeEmpty();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnInvalidProfile_Throws_AndLeavesTheOutlineEmpty(bool throughTheInterfacesDefault)
    {
        // The interface's default empties the outline before it evaluates: Fill empties it too, but only once there is an evaluation.
        var engine = RecommendationEngine.CreateDefault();
        IRecommendationEngine outlining = throughTheInterfacesDefault ? new EvaluatingOnly(engine) : engine;
        var outline = new PlanOutline();
        var valid = Couples.Both(a => a.View(v => v with { FeelsLikeRoommates = true }));
        outlining.Outline(valid, outline);
        outline.Items.Should().NotBeEmpty("the outline must hold something for the test to mean anything");
        var invalid = valid with { Relationship = new RelationshipFacts { LengthYears = -3 } };

        var act = () => outlining.Outline(invalid, outline);

        act.Should().Throw<ProfileValidationException>();
        outline.Items.Should().BeEmpty();
        outline.Findings.Should().BeEmpty();
        outline.Withheld.Should().BeEmpty();
        outline.FiringCounts.Length.Should().Be(0);
    }

    [Fact]
    public void ACancelledToken_Throws_AndLeavesTheOutlineEmpty()
    {
        var engine = RecommendationEngine.CreateDefault();
        var outline = new PlanOutline();
        var profile = Couples.Both(a => a.View(v => v with { FeelsLikeRoommates = true }));
        engine.Outline(profile, outline);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var act = () => engine.Outline(profile, outline, cancel.Token);

        act.Should().Throw<OperationCanceledException>();
        outline.Items.Should().BeEmpty();
        outline.FiringCounts.Length.Should().Be(0);
    }

    [Fact]
    public void ADefectiveCrisisContactProvider_FailsTheOutline_AsItFailsTheEvaluation()
    {
        // The outline holds no contacts, but the plan asks the provider for them and reports a defective one
        // (CrisisProviderContractTests); a study must fail on such an engine as evaluating does, not count plans it cannot make.
        var engine = new RecommendationEngineBuilder().Configure(o => o.Region = "XY").UseCrisisContacts(new Throwing()).Build();
        var outline = new PlanOutline();
        engine.Outline(Couples.Both(a => a.View(v => v with { FeelsLikeRoommates = true })), outline);
        outline.Items.Should().NotBeEmpty("the outline must hold something for the test to mean anything");
        const string Message = $"The crisis contact provider {nameof(Throwing)} failed for region 'XY' and {nameof(CrisisKind.Emergency)}: directory down";
        engine.Invoking(e => e.Evaluate(SafetyProfiles.InDanger)).Should().Throw<InvalidOperationException>().WithMessage(Message);

        var act = () => engine.Outline(SafetyProfiles.InDanger, outline);

        act.Should().Throw<InvalidOperationException>().WithMessage(Message);
        outline.Items.Should().BeEmpty();
        outline.Findings.Should().BeEmpty();
        outline.FiringCounts.Length.Should().Be(0);
    }

    private sealed class Throwing : ICrisisContactProvider
    {
        public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind) => throw new TimeoutException("directory down");
    }

    [Fact]
    public void AnOutline_AllocatesAFractionOfWhatThePlanDoes()
    {
        // Bytes, not time: the outline leaves out the plan's records, lists, views and merged reasons.
        var engine = RecommendationEngine.CreateDefault();
        var profiles = PropertySample.GenerateProfiles(20261210, 600).Where(p => ProfileValidator.Validate(p).IsValid).ToList();
        var outline = new PlanOutline();
        foreach (var profile in profiles)
        {
            engine.Outline(profile, outline);
            engine.Evaluate(profile);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var profile in profiles)
        {
            engine.Outline(profile, outline);
        }

        var outlined = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var profile in profiles)
        {
            engine.Evaluate(profile);
        }

        var evaluated = GC.GetAllocatedBytesForCurrentThread() - before;
        outlined.Should().BeLessThan(evaluated / 3, $"outlines took {outlined} bytes and evaluations {evaluated} for {profiles.Count} profiles");
    }

    [Fact]
    public void AnOutlineFilledFromAnOutsizedPlan_GivesItsRoomBack_WhenFilledAgain()
    {
        var engine = RecommendationEngine.CreateDefault();
        var ordinary = engine.Evaluate(Couples.Both(a => a.View(v => v with { FeelsLikeRoommates = true })));
        var finding = ordinary.Plan.Findings[0];
        var withheldOne = new WithheldItem { InterventionId = "x", Title = "x", HeldBy = "gate", Reasons = [] };
        var outsized = ordinary with
        {
            Plan = ordinary.Plan with
            {
                Findings = [.. Enumerable.Range(0, 3_000).Select(i => finding with { Id = $"{finding.Id}.{i}" })],
                Support = [.. Enumerable.Range(0, 3_000).Select(_ => ordinary.Plan.AllItems.First())],
                Withheld = [.. Enumerable.Range(0, 3_000).Select(_ => withheldOne)],
            },
        };
        var outline = new PlanOutline();

        outline.Fill(outsized);
        outline.Items.Should().HaveCountGreaterThan(3_000);
        outline.Fill(ordinary);

        outline.Room.Items.Should().BeLessThanOrEqualTo(PlanOutline.LargestKept);
        outline.Room.Withheld.Should().BeLessThanOrEqualTo(PlanOutline.LargestKept);
        outline.Room.Findings.Should().BeLessThanOrEqualTo(PlanOutline.LargestKept);
        var filled = new PlanOutline();
        filled.Fill(ordinary);
        Differences(outline, filled).Should().BeEmpty();
    }

    /// <summary>How two outlines differ, one line each.</summary>
    internal static IEnumerable<string> Differences(PlanOutline actual, PlanOutline expected)
    {
        if (!actual.Items.SequenceEqual(expected.Items))
        {
            yield return $"items: [{string.Join(", ", actual.Items)}] instead of [{string.Join(", ", expected.Items)}]";
        }

        if (!actual.Withheld.SequenceEqual(expected.Withheld))
        {
            yield return $"withheld: [{string.Join(", ", actual.Withheld)}] instead of [{string.Join(", ", expected.Withheld)}]";
        }

        if (!actual.Findings.SequenceEqual(expected.Findings))
        {
            yield return $"findings: [{string.Join(", ", actual.Findings)}] instead of [{string.Join(", ", expected.Findings)}]";
        }

        if (!actual.FiringCounts.SequenceEqual(expected.FiringCounts))
        {
            yield return $"firing counts: [{string.Join(", ", actual.FiringCounts.ToArray())}] instead of [{string.Join(", ", expected.FiringCounts.ToArray())}]";
        }
    }

    /// <summary>How an outline differs from the plan it outlines, read independently of <see cref="PlanOutline.Fill"/>.</summary>
    private static IEnumerable<string> PlanDifferences(PlanOutline outline, RecommendationPlan plan)
    {
        var items = plan.AllItems.Select(i => (i.InterventionId, i.Audience, i.Track, i.Stage, i.Indicator, i.Priority)).ToList();
        if (!outline.Items.Select(i => (i.InterventionId, i.Audience, i.Track, i.Stage, i.Indicator, i.Priority)).SequenceEqual(items))
        {
            yield return "the outline's items are not the plan's, in the plan's order";
        }

        if (!outline.Withheld.SequenceEqual(plan.Withheld.Select(w => w.InterventionId).Order(StringComparer.Ordinal)))
        {
            yield return "the outline's withheld entries are not the plan's, by id";
        }

        if (!outline.Findings.Select(f => (f.Id, f.Code, f.Kind, f.Indicator, f.Subject)).SequenceEqual(plan.Findings.Select(f => (f.Id, f.Code, f.Kind, f.Indicator, f.Subject))))
        {
            yield return "the outline's findings are not the plan's, in the plan's order";
        }
    }

    /// <summary>An engine of an app's own that implements only what the interface requires, by delegating.</summary>
    private sealed class EvaluatingOnly(IRecommendationEngine inner) : IRecommendationEngine
    {
        public IReadOnlyList<RuleInfo> Rules => inner.Rules;

        public IntimacyCatalog Catalog => inner.Catalog;

        public RecommendationOptions Options => inner.Options;

        public string RuleSetHash => inner.RuleSetHash;

        public string OptionsHash => inner.OptionsHash;

        public RecommendationPlan Recommend(CoupleProfile profile, CancellationToken cancellationToken = default) => inner.Recommend(profile, cancellationToken);

        public Evaluation Evaluate(CoupleProfile profile, CancellationToken cancellationToken = default) => inner.Evaluate(profile, cancellationToken);
    }
}
