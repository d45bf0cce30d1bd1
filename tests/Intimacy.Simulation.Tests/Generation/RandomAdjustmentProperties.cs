using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Validation;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Generation;

/// <summary>
/// Adjustments that set, shift, scale or redraw the answers the validator relates to each other (follow-up
/// questions, sub-scores, sexual activity, sex frequency) still give only valid profiles, or are refused clearly.
/// </summary>
public class RandomAdjustmentProperties
{
    private static readonly (string Path, FieldDistribution Distribution)[] Fields =
    [
        ("safety.selfHarmThoughts", new BernoulliDistribution(0.5)),
        ("safety.selfHarmPlan", new BernoulliDistribution(0.5)),
        ("safety.experiencesViolence", new BernoulliDistribution(0.5)),
        ("safety.strangulation", new BernoulliDistribution(0.5)),
        ("trust.breachOccurred", new BernoulliDistribution(0.5)),
        ("trust.by", new CategoricalDistribution([new("self", 1), new("partner", 1)])),
        ("trust.ended", new BernoulliDistribution(0.5)),
        ("health.painDuringSex", new BernoulliDistribution(0.5)),
        ("health.painBeingTreated", new BernoulliDistribution(0.5)),
        ("life.caresForChildren", new BernoulliDistribution(0.5)),
        ("life.newParent", new BernoulliDistribution(0.5)),
        ("history.selfHelpTried", new BernoulliDistribution(0.5)),
        ("history.selfHelpWeeks", new PoissonDistribution(5)),
        ("history.selfHelpOutcome", new CategoricalDistribution([new("improved", 1), new("worse", 1)])),
        ("view.sexPerYear", new PoissonDistribution(2)),
        ("view.sexFrequencyFeeling", new CategoricalDistribution([new("wantsLess", 1), new("content", 1)])),
        ("view.desireLevel", new UniformDistribution(1, 5)),
        ("wellbeingScores.phq2", new UniformDistribution(0, 6)),
        ("wellbeingScores.phq9", new UniformDistribution(0, 27)),
        ("wellbeingScores.phq9Item9", new UniformDistribution(0, 3)),
        ("wellbeingScores.gad2", new UniformDistribution(0, 6)),
        ("wellbeingScores.gad7", new UniformDistribution(0, 21)),
        ("wellbeingScores.iief5", new UniformDistribution(1, 25)),
        ("wellbeingScores.iief5SexuallyActive", new BernoulliDistribution(0.5)),
    ];

    private static readonly string[] Conditions =
    [
        "view.desireLevel >= 3", "not life.caresForChildren", "partner.safety.selfHarmThoughts", "wellbeingScores.phq9 < 5",
        "not (view.sexPerYear > 1)", "health.painDuringSex or trust.breachOccurred", "partner.view.desireLevel != 2",
        "history.selfHelpTried and view.sexPerYear == 0",
    ];

    private static Gen<FieldAdjustment> Change =>
        from index in Gen.Choose(0, Fields.Length - 1)
        from kind in Gen.Choose(0, 3)
        from amount in Gen.Elements(-30.0, -5.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 30.0)
        let target = ProfileField.Catalog.Get(Fields[index].Path)
        select Make(target, kind, amount);

    private static FieldAdjustment Make(ProfileField field, int kind, double amount) => field.Kind switch
    {
        FieldKind.Boolean => kind switch
        {
            0 => new FieldAdjustment(field.Path) { Set = amount > 0 ? "true" : "false" },
            1 => new FieldAdjustment(field.Path) { Scale = Math.Abs(amount) },
            _ => new FieldAdjustment(field.Path) { Shift = amount },
        },
        FieldKind.Option => kind switch
        {
            0 => new FieldAdjustment(field.Path) { Set = field.Options[^1] },
            _ => new FieldAdjustment(field.Path) { Weights = [new(field.Options[(int)Math.Abs(amount) % field.Options.Length], 1)] },
        },
        _ => kind switch
        {
            0 => new FieldAdjustment(field.Path) { Set = field.Format(Math.Clamp(Math.Abs(amount), field.Min, field.Max)) },
            1 => new FieldAdjustment(field.Path) { Scale = Math.Abs(amount) },
            _ => new FieldAdjustment(field.Path) { Shift = amount },
        },
    };

    [Fact]
    public void RandomAdjustments_AreRefusedOrGenerateValidProfiles()
    {
        var gen =
            from adjustmentCount in Gen.Choose(1, 4)
            from adjustments in Gen.ArrayOf(
                from when in Gen.Elements(Conditions)
                from change in Change
                select new Adjustment(when, [change]),
                adjustmentCount)
            from share in Gen.Elements(0.0, 0.3)
            select new Scenario
            {
                Name = "random",
                OneRespondentShare = share,
                UnknownShare = share,
                PartnerCorrelation = share,
                Instruments = new Dictionary<Instrument, double> { [Instrument.Phq2] = 1, [Instrument.Phq9] = 1, [Instrument.Gad2] = 1, [Instrument.Gad7] = 1, [Instrument.Iief5] = 1 },
                Fields = [new FieldSpec("ageYears", new NormalDistribution(40, 10)), .. Fields.Select(f => new FieldSpec(f.Path, f.Distribution))],
                Adjustments = [.. adjustments],
            };

        var generated = ScenarioValidity.Check(gen, seed: 4, profilesEach: 40, scenarios: 400);

        generated.Should().BeGreaterThan(100, "most of these scenarios are valid, so the property should exercise the generator");
    }
}
