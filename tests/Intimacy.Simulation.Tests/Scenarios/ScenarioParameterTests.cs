using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Scenarios;

public class ScenarioParameterTests
{
    private const string Yaml = """
        name: p
        unknownShare: 0.1
        instruments: { phq2: 0.5 }
        fields:
          ageYears: { distribution: normal, mean: 40, sd: 10 }
          view.sexPerYear: { distribution: negativeBinomial, r: 1.2, p: 0.0214 }
          view.trend: { distribution: categorical, weights: { improving: 1, stable: 2, worsening: 1 } }
          view.feelsRejected: { distribution: bernoulli, p: 0.2, correlation: 0.4 }
          wellbeingScores.phq2: { distribution: binomial, n: 6, p: 0.15 }
        adjustments:
          - when: view.sexPerYear < 10
            then:
              view.feelsRejected: { shift: 0.1 }
              view.trend: { weights: { improving: 1, stable: 1, worsening: 2 } }
        """;

    private static readonly Scenario Scenario = ScenarioLoader.Parse(Yaml, ScenarioFormat.Yaml, "p.yaml");

    [Theory]
    [InlineData("unknownShare", "unknownShare", 0.1)]
    [InlineData("partnerCorrelation", "partnerCorrelation", 0)]
    [InlineData("instruments.phq2", "instruments.phq2", 0.5)]
    [InlineData("instruments.gad7", "instruments.gad7", 0)]
    [InlineData("sections.safety", "sections.safety", 1)]
    [InlineData("fields[ageYears].mean", "fields[ageYears].mean", 40)]
    [InlineData("fields.view.sexPerYear.r", "fields[view.sexPerYear].r", 1.2)]
    [InlineData("fields[view.trend].weights.stable", "fields[view.trend].weights.stable", 2)]
    [InlineData("fields.view.trend.weights.worsening", "fields[view.trend].weights.worsening", 1)]
    [InlineData("fields[view.feelsRejected].correlation", "fields[view.feelsRejected].correlation", 0.4)]
    [InlineData("fields[view.feelsRejected].unknown", "fields[view.feelsRejected].unknown", 0.1)]
    [InlineData("fields[wellbeingScores.phq2].n", "fields[wellbeingScores.phq2].n", 6)]
    [InlineData("adjustments[0].then[view.feelsRejected].shift", "adjustments[0].then[view.feelsRejected].shift", 0.1)]
    [InlineData("adjustments[0].then.view.feelsRejected.scale", "adjustments[0].then[view.feelsRejected].scale", 1)]
    [InlineData("adjustments[0].then[view.trend].weights.worsening", "adjustments[0].then[view.trend].weights.worsening", 2)]
    public void APath_ReadsTheScenariosValue_AndApplySetsOnlyThatValue(string path, string canonical, double current)
    {
        var parameter = ScenarioParameter.Parse(path);

        parameter.Canonical(Scenario).Should().Be(canonical);
        parameter.ValueIn(Scenario).Should().Be(current);
        var value = path.EndsWith(".n", StringComparison.Ordinal) ? 3 : 0.25;
        var changed = parameter.Apply(Scenario, value);
        parameter.ValueIn(changed).Should().Be(value);
        parameter.ValueIn(Scenario).Should().Be(current, "the original scenario is not changed");
        ScenarioHash.Compute(changed).Should().NotBe(ScenarioHash.Compute(Scenario));
    }

    [Fact]
    public void Apply_BackToTheOriginalValue_GivesTheSameScenarioHash()
    {
        var parameter = ScenarioParameter.Parse("fields[view.sexPerYear].p");

        var roundTrip = parameter.Apply(parameter.Apply(Scenario, 0.5), 0.0214);

        ScenarioHash.Compute(roundTrip).Should().Be(ScenarioHash.Compute(Scenario));
    }

    [Theory]
    [InlineData("seed", "p: seed: is not a scenario parameter that can be swept; use oneRespondentShare, unknownShare, partnerCorrelation, instruments.<id>, sections.<name>, fields[<field>].<parameter> or adjustments[<n>].then[<field>].shift, .scale or .weights.<option>.")]
    [InlineData("instruments.bdi", "p: instruments.bdi: is not a known instrument; use one of *")]
    [InlineData("fields[view.nothing].mean", "p: fields[view.nothing]: has no distribution in this scenario; add the field to the scenario first.")]
    [InlineData("fields[ageYears].lambda", "p: fields[ageYears].lambda: is not a parameter of the normal distribution; it takes mean, sd (and unknown, correlation).")]
    [InlineData("fields.view.nothing.mean", "p: fields.view.nothing.mean: must name a field and a number of it, such as fields[view.sexPerYear].mean; the fields here are ageYears, view.sexPerYear, view.trend, view.feelsRejected, wellbeingScores.phq2.")]
    [InlineData("fields[view.trend].weights.sideways", "p: fields[view.trend].weights.sideways: must be weights.<option> for one of the listed options: improving, stable, worsening.")]
    [InlineData("adjustments[3].then[view.trend].shift", "p: adjustments[3].then[view.trend].shift: does not name one of the scenario's adjustments; they are numbered from adjustments[0] to adjustments[0].")]
    [InlineData("adjustments[0].then[ageYears].shift", "p: adjustments[0].then[ageYears]: is not changed by this adjustment; it changes view.feelsRejected, view.trend.")]
    public void APathThatNamesNoNumber_IsAScenarioErrorNamingThePath(string path, string message)
    {
        var act = () => ScenarioParameter.Parse(path).Apply(Scenario, 1);

        act.Should().Throw<ScenarioException>().WithMessage(message);
    }

    [Fact]
    public void AFractionalBinomialN_IsRefused()
    {
        var act = () => ScenarioParameter.Parse("fields[wellbeingScores.phq2].n").Apply(Scenario, 2.5);

        act.Should().Throw<ScenarioException>().WithMessage("p: fields[wellbeingScores.phq2].n: must be a whole number zero or more, not 2.5.");
    }
}
