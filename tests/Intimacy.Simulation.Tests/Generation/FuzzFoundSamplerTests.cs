using Intimacy.Core.Validation;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Generation;

/// <summary>
/// Valid distributions the scenario fuzzing (<see cref="Scenarios.ValidScenarioFuzzTests"/>) found refused or
/// drawn wrongly, each with the exact probabilities the documented semantics give.
/// </summary>
public class FuzzFoundSamplerTests
{
    private static DiscreteSampler Tabulate(FieldDistribution distribution, string path) =>
        (DiscreteSampler)SamplerFactory.Create(distribution, ProfileField.Catalog.Get(path), "fields[" + path + "]");

    [Theory]
    [InlineData(9, 0.8)]
    [InlineData(1, 0.9)]
    [InlineData(0, 0.5)]
    [InlineData(3, 1.0)]
    public void Binomial_WithFewerTrialsThanTheFieldMaximum_IsTabulated(int trials, double p)
    {
        // MathNet's Binomial.CDF at k = n is NaN for p above about 0.7 (and n = 0 or p = 1 always), so these
        // were refused as "cannot be tabulated"; P(X ≤ n) is 1.
        var sampler = Tabulate(new BinomialDistribution(trials, p), "wellbeingScores.phq9");

        sampler.ProbabilityOf(trials).Should().BeApproximately(Math.Pow(p, trials), 1e-12);
        Enumerable.Range(trials + 1, 27 - trials).Sum(k => sampler.ProbabilityOf(k)).Should().Be(0);
    }

    [Fact]
    public void Binomial_LoadedFromAFile_WithNOfZero_GivesZeroEveryTime()
    {
        var scenario = ScenarioLoader.Parse(
            "name: t\ninstruments: { phq9: 1 }\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n  wellbeingScores.phq9: { distribution: binomial, n: 0, p: 0.9 }\n",
            ScenarioFormat.Yaml,
            "s.yaml");

        new ProfileGenerator(scenario, 1).Generate(0).PartnerA.WellbeingScores!.Phq9.Should().Be(0);
    }

    [Theory]
    [InlineData(1.5, 4.0, 1.5)]
    [InlineData(1.0, 3.5, 3.5)]
    public void Triangular_WithTheModeAtAHalfWayEnd_IsTabulated(double lower, double upper, double mode)
    {
        // On a whole-number field P(value ≤ k) is the CDF at k + 0.5; MathNet's triangular CDF is NaN exactly
        // at an end that is also the mode, so such a right triangle was refused.
        var sampler = Tabulate(new TriangularDistribution(lower, upper, mode), "view.desireLevel");

        var total = Enumerable.Range(1, 5).Sum(k => sampler.ProbabilityOf(k));
        total.Should().BeApproximately(1, 1e-12);
        var expectedMean = (lower + upper + mode) / 3;
        Enumerable.Range(1, 5).Sum(k => k * sampler.ProbabilityOf(k)).Should().BeApproximately(expectedMean, 0.1);
    }

    [Fact]
    public void Categorical_WithWeightsWhoseSumOverflows_KeepsTheirRatio()
    {
        // Each weight is a finite number of zero or more, as documented; their sum is beyond the largest double.
        var weights = new CategoryWeight[] { new("content", double.MaxValue), new("wantsMore", double.MaxValue) };

        var options = Tabulate(new CategoricalDistribution(weights), "view.sexFrequencyFeeling");
        var numbers = Tabulate(new CategoricalDistribution([new("2", double.MaxValue), new("4", double.MaxValue)]), "view.desireLevel");
        var truth = SamplerFactory.Probability(new CategoricalDistribution([new("true", double.MaxValue), new("false", double.MaxValue)]), ProfileField.Catalog.Get("view.feelsRejected"), "fields[view.feelsRejected]");

        options.ProbabilityOf(ProfileField.Catalog.Get("view.sexFrequencyFeeling").OptionIndex("content")).Should().Be(0.5);
        numbers.ProbabilityOf(2).Should().Be(0.5);
        truth.Should().Be(0.5);
    }

    [Fact]
    public void Uniform_OnAWholeNumberField_WithBoundsBeyondTheIntegers_FoldsEachTailOntoItsEnd()
    {
        // Half of the whole numbers from -3e9 to 3e9 lie below 0 and half above 1000: each end of view.sexPerYear
        // (0 to 1000) takes about half. The bounds used to be cast to int, which overflowed.
        var sampler = Tabulate(new UniformDistribution(-3e9, 3e9), "view.sexPerYear");

        sampler.ProbabilityOf(0).Should().BeApproximately(0.5, 1e-6);
        sampler.ProbabilityOf(1000).Should().BeApproximately(0.5, 1e-6);
    }

    [Fact]
    public void Adjustments_ThatOverflowAndThenScaleToZero_GiveValidProfiles()
    {
        // 1e300 × 1e300 is beyond the largest double (infinity), and infinity × 0 is not a number: the age was
        // left NaN and became 0, which no profile may have. In real numbers the value is 0, clamped to 18.
        var scenario = new Scenario
        {
            Name = "overflow",
            Fields = [new FieldSpec("ageYears", new NormalDistribution(40, 10)), new FieldSpec("view.desireLevel", new ConstantDistribution("3"))],
            Adjustments =
            [
                new Adjustment("view.desireLevel == 3", [new FieldAdjustment("ageYears") { Scale = 1e300 }]),
                new Adjustment("view.desireLevel == 3", [new FieldAdjustment("ageYears") { Scale = 1e300 }]),
                new Adjustment("view.desireLevel == 3", [new FieldAdjustment("ageYears") { Scale = 0 }]),
            ],
        };

        var profile = new ProfileGenerator(scenario, 1).Generate(0);

        ProfileValidator.Validate(profile).IsValid.Should().BeTrue();
        profile.PartnerA.AgeYears.Should().Be(18);
    }

    [Fact]
    public void Beta_WithBothShapesHuge_IsRefusedQuickly_LikeANarrowGamma()
    {
        // Tabulating beta(1e12, 1e16) on a real-valued field took over 20 seconds: MathNet's inverse CDF slows down
        // as the smaller shape grows. Past 100,000 for both it is a normal distribution for every purpose here.
        var yaml = "name: t\ninstruments: { fsfi: 1 }\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n  wellbeingScores.fsfi: { distribution: beta, alpha: 1e12, beta: 1e16 }\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var act = () => ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "s.yaml");

        act.Should().Throw<ScenarioException>().WithMessage("s.yaml(5,*): fields[wellbeingScores.fsfi].alpha: must be at most 100000 when beta is larger too*use a normal distribution*");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(1e5, 1e16)]
    [InlineData(1e12, 1)]
    [InlineData(0.5, 1e12)]
    public void Beta_WithOneShapeAtMost100000_IsStillAccepted(double alpha, double beta)
    {
        var sampler = SamplerFactory.Create(new BetaDistribution(alpha, beta), ProfileField.Catalog.Get("wellbeingScores.fsfi"), "fields[wellbeingScores.fsfi]");

        sampler.Sample(0.5).Should().BeInRange(2, 36);
    }
}
