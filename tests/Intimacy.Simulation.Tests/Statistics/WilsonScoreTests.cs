using FsCheck;
using FsCheck.Fluent;
using Intimacy.Simulation.Statistics;
using Interval = Intimacy.Simulation.Statistics.Interval;

namespace Intimacy.Simulation.Tests.Statistics;

public class WilsonScoreTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(500);

    [Fact]
    public void Interval_ThreeOfTen_MatchesHandComputation()
    {
        // p = 0.3, n = 10, z = 1.959964, z² = 3.841459
        // denominator = 1 + z²/n = 1.3841459
        // centre = (0.3 + z²/(2n)) / 1.3841459 = (0.3 + 0.1920729) / 1.3841459 = 0.3555067
        // half = z / 1.3841459 * sqrt(0.3*0.7/10 + z²/(4*100)) = 1.4160040 * sqrt(0.021 + 0.0096036) = 1.4160040 * 0.1749390 = 0.2477154
        // interval = (0.1077913, 0.6032219)
        var interval = WilsonScore.Interval(3, 10);

        interval.Lower.Should().BeApproximately(0.1077913, 1e-7);
        interval.Upper.Should().BeApproximately(0.6032219, 1e-7);
    }

    [Fact]
    public void Interval_NoSuccesses_StartsAtZero()
    {
        // p = 0: centre = half = (z²/20) / 1.3841459 = 0.1387664, so (0, 0.2775328).
        var interval = WilsonScore.Interval(0, 10);

        interval.Lower.Should().Be(0);
        interval.Upper.Should().BeApproximately(0.2775328, 1e-7);
    }

    [Fact]
    public void Interval_AllSuccesses_EndsAtOne()
    {
        // The mirror image of 0/10: (1 - 0.2775328, 1).
        var interval = WilsonScore.Interval(10, 10);

        interval.Lower.Should().BeApproximately(0.7224672, 1e-7);
        interval.Upper.Should().Be(1);
    }

    [Fact]
    public void Interval_WithZFor99Percent_IsWider()
    {
        // z = 2.5758293 for 99%: (0.0795663, 0.6799753) by the same formula.
        var z = WilsonScore.ZFor(0.99);
        var interval = WilsonScore.Interval(3, 10, z);

        z.Should().BeApproximately(2.5758293, 1e-6);
        interval.Lower.Should().BeApproximately(0.0795663, 1e-6);
        interval.Upper.Should().BeApproximately(0.6799753, 1e-6);
    }

    [Fact]
    public void ZFor_95Percent_IsTheUsualConstant() => WilsonScore.ZFor(0.95).Should().BeApproximately(WilsonScore.Z95, 1e-9);

    [Fact]
    public void Interval_NoTrials_IsTheWholeUnitInterval() => WilsonScore.Interval(0, 0).Should().Be(new Interval(0, 1));

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    [InlineData(0, -1)]
    public void Interval_ImpossibleCounts_Throws(long successes, long trials)
    {
        var act = () => WilsonScore.Interval(successes, trials);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Proportion_AddsAndMerges()
    {
        var counted = new Proportion().Add(true).Add(false).Add(true);

        counted.Should().Be(new Proportion(2, 3));
        (counted + new Proportion(1, 7)).Should().Be(new Proportion(3, 10));
        new Proportion(3, 10).WilsonInterval().Should().Be(WilsonScore.Interval(3, 10));
        new Proportion(0, 0).Estimate.Should().Be(double.NaN);
    }

    [Fact]
    public void Interval_AlwaysWithinUnitAndContainsEstimate()
    {
        var gen =
            from n in Gen.Choose(1, 100_000)
            from k in Gen.Choose(0, n)
            from z in Gen.Choose(0, 400).Select(x => x / 100.0)
            select (k, n, z);

        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (k, n, z) = t;
            var interval = WilsonScore.Interval(k, n, z);
            return interval.Lower >= 0 && interval.Upper <= 1 && interval.Lower <= interval.Upper && interval.Contains((double)k / n);
        }).Check(Config);
    }

    [Fact]
    public void Interval_NarrowsAsTheSampleGrows()
    {
        var gen =
            from n in Gen.Choose(1, 10_000)
            from k in Gen.Choose(0, n)
            from factor in Gen.Choose(2, 10)
            select (k, n, factor);

        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (k, n, factor) = t;
            var small = WilsonScore.Interval(k, n);
            var large = WilsonScore.Interval((long)k * factor, (long)n * factor);
            return large.Width < small.Width;
        }).Check(Config);
    }

    [Fact]
    public void Interval_WidensWithConfidence()
    {
        var gen =
            from n in Gen.Choose(1, 10_000)
            from k in Gen.Choose(0, n)
            select (k, n);

        Prop.ForAll(gen.ToArbitrary(), t =>
            WilsonScore.Interval(t.k, t.n, WilsonScore.ZFor(0.99)).Width > WilsonScore.Interval(t.k, t.n, WilsonScore.ZFor(0.90)).Width).Check(Config);
    }
}
