using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Scenarios;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Intimacy.Simulation.Tests.Generation;

/// <summary>The tabulated samplers reproduce the MathNet distributions they were built from.</summary>
public class SamplerAccuracyTests
{
    private static double[] Draw(FieldDistribution distribution, string path, int count = 40_000)
    {
        var field = ProfileField.Catalog.Get(path);
        var sampler = SamplerFactory.Create(distribution, field, "fields[" + path + "]");
        var random = new IndexedRandom(77);
        return [.. Enumerable.Range(0, count).Select(_ => sampler.Sample(random.NextUnit()))];
    }

    [Fact]
    public void Poisson_OnACountField_HasTheMathNetMeanAndVariance()
    {
        var values = Draw(new PoissonDistribution(30), "view.sexPerYear");

        values.Mean().Should().BeApproximately(30, 0.15);
        values.Variance().Should().BeApproximately(30, 1.2);
    }

    [Fact]
    public void NegativeBinomial_MatchesMathNetMoments()
    {
        var expected = new NegativeBinomial(1.2, 0.0214);
        var values = Draw(new NegativeBinomialDistribution(1.2, 0.0214), "view.sexPerYear");

        values.Mean().Should().BeApproximately(expected.Mean, expected.StdDev * 0.03);
        values.StandardDeviation().Should().BeApproximately(expected.StdDev, expected.StdDev * 0.04);
    }

    [Fact]
    public void Normal_OnARealField_HasTheMeanAndSd()
    {
        var values = Draw(new NormalDistribution(20, 4), "view.qualityTimeHoursPerWeek");

        values.Mean().Should().BeApproximately(20, 0.1);
        values.StandardDeviation().Should().BeApproximately(4, 0.1);
    }

    [Fact]
    public void Normal_OnAWholeNumberField_IsRoundedAndClampedToTheRange()
    {
        var values = Draw(new NormalDistribution(20, 10), "ageYears");

        values.Should().OnlyContain(v => v == Math.Floor(v) && v >= 18 && v <= 120);
        // P(age = 18) = P(X < 18.5) = Φ(-0.15) = 0.4404: all the mass below the range lands on its minimum.
        ((double)values.Count(v => v == 18) / values.Length).Should().BeApproximately(0.4404, 0.01);
    }

    [Fact]
    public void Beta_ScaledOntoTheFieldRange_HasTheScaledMean()
    {
        // FSFI 2-36: mean = 2 + 34 * 5 / (5 + 2) = 26.2857.
        var values = Draw(new BetaDistribution(5, 2), "wellbeingScores.fsfi");

        values.Mean().Should().BeApproximately(26.2857, 0.1);
        values.Should().OnlyContain(v => v >= 2 && v <= 36);
    }

    [Fact]
    public void LogNormal_MuAndSigmaAreThoseOfTheLogarithm_SoTheMedianIsExpMu()
    {
        var values = Draw(new LogNormalDistribution(2.2, 0.9), "relationship.lengthYears");

        values.Median().Should().BeApproximately(Math.Exp(2.2), 0.25);
        values.Select(v => Math.Log(v)).Mean().Should().BeApproximately(2.2, 0.02);
        values.Select(v => Math.Log(v)).StandardDeviation().Should().BeApproximately(0.9, 0.02);
    }

    [Fact]
    public void Gamma_ShapeAndRate_GiveMeanShapeOverRate()
    {
        var values = Draw(new GammaDistribution(2, 0.2), "view.qualityTimeHoursPerWeek");

        values.Mean().Should().BeApproximately(10, 0.12);
        values.Variance().Should().BeApproximately(2 / (0.2 * 0.2), 2);
    }

    [Fact]
    public void Exponential_Rate_GivesMeanOneOverRate()
        => Draw(new ExponentialDistribution(0.25), "view.qualityTimeHoursPerWeek").Mean().Should().BeApproximately(4, 0.06);

    [Fact]
    public void Triangular_HasMeanOfItsThreePoints()
        => Draw(new TriangularDistribution(20, 55, 24), "relationship.lengthYears").Mean().Should().BeApproximately((20 + 55 + 24) / 3.0, 0.1);

    [Fact]
    public void Binomial_OnAScore_HasMeanNp()
    {
        var values = Draw(new BinomialDistribution(6, 0.15), "wellbeingScores.phq2");

        values.Mean().Should().BeApproximately(0.9, 0.015);
        ((double)values.Count(v => v >= 3) / values.Length).Should().BeApproximately(0.0473, 0.004);
    }

    [Fact]
    public void Beta_WithLowerAndUpper_IsScaledOntoThem_AndRoundedOnAWholeNumberField()
    {
        // CSI-4 0-21 with the beta on [5, 15]: mean 5 + 10 x 2 / (2 + 3) = 9, every value within 5-15.
        var values = Draw(new BetaDistribution(2, 3) { Lower = 5, Upper = 15 }, "relationshipScores.csi4");

        values.Mean().Should().BeApproximately(9, 0.05);
        values.Should().OnlyContain(v => v >= 5 && v <= 15 && v == Math.Floor(v));
    }

    [Fact]
    public void Uniform_OnAWholeNumberField_MakesEachWholeNumberEquallyLikely()
    {
        var values = Draw(new UniformDistribution(1, 4), "view.desireLevel");

        foreach (var k in new[] { 1, 2, 3, 4 })
        {
            ((double)values.Count(v => v == k) / values.Length).Should().BeApproximately(0.25, 0.01);
        }

        values.Should().NotContain(5);
    }

    [Fact]
    public void Normal_ClampedAtTheRangeMinimum_PilesTheTailThere_AndRaisesTheMeanAsDocumented()
    {
        // docs/scenario-format.md: a normal with mean 2 and sd 4 on couple time (0 or more) puts 31% at
        // exactly 0 and has a mean of about 2.8 (2 Φ(0.5) + 4 φ(0.5)).
        var values = Draw(new NormalDistribution(2, 4), "view.qualityTimeHoursPerWeek");

        ((double)values.Count(v => v == 0) / values.Length).Should().BeApproximately(0.309, 0.01);
        values.Mean().Should().BeApproximately(2.79, 0.05);
    }

    [Fact]
    public void Categorical_FrequenciesFollowTheWeights()
    {
        var values = Draw(new CategoricalDistribution([new("never", 1), new("often", 3)]), "view.affection");

        // Options: never 0, rarely 1, sometimes 2, often 3, veryOften 4.
        ((double)values.Count(v => v == 3) / values.Length).Should().BeApproximately(0.75, 0.01);
        values.Should().OnlyContain(v => v == 0 || v == 3);
    }

    [Fact]
    public void DiscreteSampler_GuideTable_FindsTheRightValueAtEveryBoundary()
    {
        var sampler = new DiscreteSampler([1, 2, 3, 4], [0.1, 0.1, 0.55, 1.0]);

        sampler.Sample(0).Should().Be(1);
        sampler.Sample(0.0999).Should().Be(1);
        sampler.Sample(0.1).Should().Be(3); // 2 has no mass and is dropped
        sampler.Sample(0.5499).Should().Be(3);
        sampler.Sample(0.55).Should().Be(4);
        sampler.Sample(0.999999).Should().Be(4);
        sampler.ProbabilityOf(2).Should().Be(0);
        sampler.ProbabilityOf(3).Should().BeApproximately(0.45, 1e-12);
    }

    [Fact]
    public void Samplers_AtTheLargestUniformBelowOne_ReturnTheTopValue()
    {
        var top = Math.BitDecrement(1.0);
        var counts = SamplerFactory.Create(new PoissonDistribution(500), ProfileField.Catalog.Get("view.sexPerYear"), "f");
        var reals = SamplerFactory.Create(new UniformDistribution(0, 168), ProfileField.Catalog.Get("view.qualityTimeHoursPerWeek"), "f");

        counts.Sample(top).Should().BeGreaterThan(500);
        reals.Sample(top).Should().BeApproximately(168, 1e-9);
        counts.Sample(0).Should().BeLessThan(500);
        reals.Sample(0).Should().Be(0);
    }

    [Fact]
    public void IndexedRandom_IsAMathNetSourceThatDependsOnlyOnSeedAndIndex()
    {
        var first = new IndexedRandom(5);
        var second = new IndexedRandom(5);
        first.Reseed(1234);
        second.Reseed(99);
        second.NextUnit();
        second.Reseed(1234);

        // Usable by MathNet's own samplers, and reproducible.
        Normal.Sample(first, 0, 1).Should().Be(Normal.Sample(second, 0, 1));

        var random = new IndexedRandom(5);
        var starts = new HashSet<double>();
        for (var index = 0; index < 10_000; index++)
        {
            random.Reseed(index);
            starts.Add(random.NextUnit());
        }

        starts.Should().HaveCount(10_000);
        starts.Should().OnlyContain(u => u >= 0 && u < 1);
        starts.Average().Should().BeApproximately(0.5, 0.01);
    }
}
