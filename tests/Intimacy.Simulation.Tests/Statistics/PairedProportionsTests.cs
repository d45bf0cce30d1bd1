using FsCheck;
using FsCheck.Fluent;
using Intimacy.Simulation.Statistics;
using Interval = Intimacy.Simulation.Statistics.Interval;

namespace Intimacy.Simulation.Tests.Statistics;

public class PairedProportionsTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(500);

    [Fact]
    public void DifferenceInterval_BenturExample_MatchesHandComputation()
    {
        // Bentur et al. 2009 as used by Fagerland, Lydersen & Laake (2014): both 1, first only 1,
        // second only 7, neither 12; n = 21.
        // p1 = 2/21 = 0.0952381, p2 = 8/21 = 0.3809524, difference = -6/21 = -0.2857143.
        // Wilson 2/21: (0.0265188, 0.2891414); Wilson 8/21: (0.2075101, 0.5912135).
        // φ numerator: 1*12 - 1*7 = 5, between 0 and n/2 = 10.5, so φ = 0.
        // lower = -0.2857143 - sqrt((0.0952381-0.0265188)² + (0.5912135-0.3809524)²) = -0.2857143 - 0.2212059 = -0.5069202
        // upper = -0.2857143 + sqrt((0.3809524-0.2075101)² + (0.2891414-0.0952381)²) = -0.2857143 + 0.2601552 = -0.0255591
        // (the published interval is -0.507 to -0.026).
        var table = new PairedProportions(Both: 1, FirstOnly: 1, SecondOnly: 7, Neither: 12);

        var interval = table.DifferenceInterval();

        table.Difference.Should().BeApproximately(-0.2857143, 1e-7);
        interval.Lower.Should().BeApproximately(-0.5069202, 1e-6);
        interval.Upper.Should().BeApproximately(-0.0255591, 1e-6);
    }

    [Fact]
    public void DifferenceInterval_CorrelatedCavoExample_UsesTheCorrelation()
    {
        // Cavo et al. 2012: both 59, first only 6, second only 16, neither 80; n = 161.
        // p1 = 65/161 = 0.4037267, p2 = 75/161 = 0.4658385, difference = -0.0621118.
        // Wilson 65/161: (0.3310368, 0.4809038); Wilson 75/161: (0.3904806, 0.5427886).
        // φ numerator = 59*80 - 6*16 - 161/2 = 4720 - 96 - 80.5 = 4543.5;
        // φ = 4543.5 / sqrt(65*96*75*86) = 4543.5 / 6344.21 = 0.7161737.
        // lower = -0.0621118 - sqrt(0.0726899² + 0.0769501² - 2*0.7161737*0.0726899*0.0769501) = -0.1186212
        // upper = -0.0621118 + sqrt(0.0753579² + 0.0771771² - 2*0.7161737*0.0753579*0.0771771) = -0.0046251
        var interval = new PairedProportions(59, 6, 16, 80).DifferenceInterval();

        interval.Lower.Should().BeApproximately(-0.1186212, 1e-6);
        interval.Upper.Should().BeApproximately(-0.0046251, 1e-6);
    }

    [Fact]
    public void DifferenceInterval_NewcombeExampleA_KeepsTheNegativeCorrelationUncorrected()
    {
        // Newcombe (1998), Table II, example (a): both 36, first only 12, second only 2, neither 0; n = 50.
        // p1 = 48/50 = 0.96, p2 = 38/50 = 0.76, difference = 0.2.
        // Wilson 48/50: (0.8653991, 0.9889611); Wilson 38/50: (0.6258732, 0.8570261).
        // φ numerator: 36*0 - 12*2 = -24, negative, so used as it is (only a positive one is reduced by n/2);
        // φ = -24 / sqrt(48*2*38*12) = -24 / 209.2224 = -0.1147079.
        // lower = 0.2 - sqrt(0.0946009² + 0.0970261² + 2*0.1147079*0.0946009*0.0970261) = 0.0569296
        // upper = 0.2 + sqrt(0.1341268² + 0.0289611² + 2*0.1147079*0.1341268*0.0289611) = 0.3404276
        // (the published interval for method 10 is 0.0569 to 0.3404; with φ = 0 it would be 0.0645 to 0.3372).
        var interval = new PairedProportions(36, 12, 2, 0).DifferenceInterval();

        interval.Lower.Should().BeApproximately(0.0569296, 1e-6);
        interval.Upper.Should().BeApproximately(0.3404276, 1e-6);
    }

    [Fact]
    public void DifferenceInterval_StronglyNegativelyCorrelated_WidensByTheCorrelation()
    {
        // Both 2, first only 8, second only 6, neither 4; n = 20. p1 = 0.5, p2 = 0.4, difference = 0.1.
        // Wilson 10/20: (0.2992980, 0.7007020); Wilson 8/20: (0.2188065, 0.6134185).
        // φ numerator: 2*4 - 8*6 = -40 (negative: not reduced); φ = -40 / sqrt(10*10*8*12) = -0.4082483.
        // lower = 0.1 - sqrt(0.2007020² + 0.2134185² + 2*0.4082483*0.2007020*0.2134185) = -0.2475661
        // upper = 0.1 + sqrt(0.1811935² + 0.2007020² + 2*0.4082483*0.1811935*0.2007020) = 0.4206322
        // (φ = 0 would give -0.1929654 to 0.3703930: far too narrow for a negative correlation).
        var interval = new PairedProportions(2, 8, 6, 4).DifferenceInterval();

        interval.Lower.Should().BeApproximately(-0.2475661, 1e-6);
        interval.Upper.Should().BeApproximately(0.4206322, 1e-6);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(11, 10)]
    [InlineData(26, 25)]
    [InlineData(51, 50)]
    [InlineData(501, 500)]
    [InlineData(5001, 5000)]
    public void McNemarExactPValue_WhenTheDiscordantCountsDifferByOne_IsExactlyOne(long firstOnly, long secondOnly)
    {
        // With an odd number of discordant pairs split as evenly as can be, the two tails cover every outcome: p = 1.
        new PairedProportions(3, firstOnly, secondOnly, 4).McNemarExactPValue().Should().Be(1);
        new PairedProportions(3, secondOnly, firstOnly, 4).McNemarExactPValue().Should().Be(1);
    }

    [Fact]
    public void McNemarExactPValue_MatchesBinomialTail()
    {
        // Discordant 1 and 7: 2 * P(X <= 1 | X ~ Bin(8, 1/2)) = 2 * (1 + 8) / 256 = 0.0703125.
        new PairedProportions(1, 1, 7, 12).McNemarExactPValue().Should().BeApproximately(0.0703125, 1e-12);

        // Discordant 6 and 16: 2 * P(X <= 6 | Bin(22, 1/2)) = 0.0524788.
        new PairedProportions(59, 6, 16, 80).McNemarExactPValue().Should().BeApproximately(0.0524788, 1e-7);
        new PairedProportions(5, 0, 0, 5).McNemarExactPValue().Should().Be(1);
        new PairedProportions(0, 1, 0, 0).McNemarExactPValue().Should().Be(1, "one discordant pair is as likely either way");
        new PairedProportions(0, 2, 1, 0).McNemarExactPValue().Should().Be(1);
        new PairedProportions(0, 3, 3, 0).McNemarExactPValue().Should().Be(1);
        new PairedProportions(0, 3, 1, 0).McNemarExactPValue().Should().BeApproximately(0.625, 1e-12);
    }

    [Theory]
    [InlineData(133, 0, -132)]
    [InlineData(0, 133, -132)]
    [InlineData(1000, 0, -999)]
    public void McNemarExactPValue_ForOneSidedDiscordance_IsTinyButNotZero(long firstOnly, long secondOnly, int log2)
    {
        // 2 * (1/2)^n exactly: no underflow or cancellation for such lopsided tables.
        var p = new PairedProportions(10, firstOnly, secondOnly, 10).McNemarExactPValue();

        p.Should().BeGreaterThan(0);
        (p / Math.Pow(2, log2)).Should().BeApproximately(1, 1e-9);
    }

    [Theory]
    [InlineData(1075, 0, -1074)]
    [InlineData(0, 1075, -1074)]
    [InlineData(1074, 0, -1073)]
    public void McNemarExactPValue_ForOneSidedDiscordance_IsExactDownToTheSmallestDouble(long firstOnly, long secondOnly, int log2)
    {
        // 2 * (1/2)^n = 2^(1 - n) is a power of two, which a double holds exactly down to 2^-1074 (about 4.94E-324).
        // 1075 pairs all one way gave 9.88131E-324 (2^-1073), twice the value: the binomial CDF rounds up in the subnormal range.
        new PairedProportions(10, firstOnly, secondOnly, 10).McNemarExactPValue().Should().Be(Math.ScaleB(1.0, log2));
    }

    [Fact]
    public void McNemarExactPValue_InAComparisonsCsv_KeepsItsSignificantDigits()
    {
        // 133 discordant pairs against 0 used to be written as 0.000000 (the value is 2^-132, about 1.8e-40).
        var stamp = new Intimacy.Simulation.Aggregation.SimulationStamp("1.0", "r", "o", "s", "h", 1, 143, Intimacy.Simulation.Running.Shard.Whole);
        var comparison = new Intimacy.Simulation.Studies.ComparisonResult(stamp, stamp, [new("intervention.x", new PairedProportions(10, 133, 0, 10)), new("intervention.y", new PairedProportions(1, 1, 7, 12))]);

        var rows = Intimacy.Simulation.Reporting.StudyCsv.Write(comparison).Split('\n');

        rows.Should().Contain(r => r.StartsWith(",intervention.x,", StringComparison.Ordinal) && r.EndsWith(",1.83671E-40", StringComparison.Ordinal));
        rows.Should().Contain(r => r.StartsWith(",intervention.y,", StringComparison.Ordinal) && r.EndsWith(",0.0703125", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_CountsEachCell()
    {
        var table = new PairedProportions()
            .Add(true, true).Add(true, false).Add(true, false).Add(false, true).Add(false, false);

        table.Should().Be(new PairedProportions(1, 2, 1, 1));
        table.First.Should().Be(new Proportion(3, 5));
        table.Second.Should().Be(new Proportion(2, 5));
        (table + table).Should().Be(new PairedProportions(2, 4, 2, 2));
    }

    [Fact]
    public void DifferenceInterval_Empty_IsTheWholeRange()
        => new PairedProportions().DifferenceInterval().Should().Be(new Interval(-1, 1));

    [Fact]
    public void DifferenceInterval_ContainsDifferenceAndStaysWithinRange()
    {
        var gen =
            from a in Gen.Choose(0, 500)
            from b in Gen.Choose(0, 500)
            from c in Gen.Choose(0, 500)
            from d in Gen.Choose(0, 500)
            where a + b + c + d > 0
            select new PairedProportions(a, b, c, d);

        Prop.ForAll(gen.ToArbitrary(), table =>
        {
            var interval = table.DifferenceInterval();
            return interval.Lower >= -1 && interval.Upper <= 1 && interval.Contains(table.Difference);
        }).Check(Config);
    }

    [Fact]
    public void DifferenceInterval_EqualDiscordantCells_IsSymmetricAroundZero()
    {
        var gen =
            from a in Gen.Choose(0, 300)
            from b in Gen.Choose(1, 300)
            from d in Gen.Choose(0, 300)
            select new PairedProportions(a, b, b, d);

        Prop.ForAll(gen.ToArbitrary(), table =>
        {
            var interval = table.DifferenceInterval();
            return Math.Abs(interval.Lower + interval.Upper) < 1e-12;
        }).Check(Config);
    }

    [Fact]
    public void DifferenceInterval_NarrowsWithMoreUnits()
    {
        var gen =
            from a in Gen.Choose(0, 200)
            from b in Gen.Choose(0, 200)
            from c in Gen.Choose(0, 200)
            from d in Gen.Choose(0, 200)
            where a + b + c + d > 0
            select new PairedProportions(a, b, c, d);

        Prop.ForAll(gen.ToArbitrary(), table =>
        {
            var bigger = new PairedProportions(table.Both * 4, table.FirstOnly * 4, table.SecondOnly * 4, table.Neither * 4);
            return bigger.DifferenceInterval().Width <= table.DifferenceInterval().Width;
        }).Check(Config);
    }
}
