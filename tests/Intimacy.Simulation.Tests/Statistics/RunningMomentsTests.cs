using FsCheck;
using FsCheck.Fluent;
using Intimacy.Simulation.Statistics;

namespace Intimacy.Simulation.Tests.Statistics;

public class RunningMomentsTests
{
    [Fact]
    public void Add_SmallSample_MatchesHandComputation()
    {
        // Values 2, 4, 4, 4, 5, 5, 7, 9: sum 40, mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32;
        // population variance 32/8 = 4, sample variance 32/7 = 4.5714286.
        var moments = new RunningMoments();
        foreach (var value in new[] { 2.0, 4, 4, 4, 5, 5, 7, 9 })
        {
            moments.Add(value);
        }

        moments.Count.Should().Be(8);
        moments.Mean.Should().BeApproximately(5, 1e-12);
        moments.PopulationVariance.Should().BeApproximately(4, 1e-12);
        moments.Variance.Should().BeApproximately(32.0 / 7, 1e-12);
        moments.Min.Should().Be(2);
        moments.Max.Should().Be(9);
    }

    [Fact]
    public void Empty_ReportsNaN()
    {
        var moments = new RunningMoments();

        moments.Mean.Should().Be(double.NaN);
        moments.Variance.Should().Be(double.NaN);
        moments.Min.Should().Be(double.NaN);
    }

    [Fact]
    public void Merge_EqualsAddingEverythingToOne()
    {
        var gen =
            from values in Gen.ListOf(Gen.Choose(-100_000, 100_000).Select(x => x / 100.0))
            from cut in Gen.Choose(0, 100)
            select (Values: values.ToArray(), Cut: cut);

        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var cut = t.Values.Length == 0 ? 0 : t.Cut % (t.Values.Length + 1);
            var whole = new RunningMoments();
            var left = new RunningMoments();
            var right = new RunningMoments();
            for (var i = 0; i < t.Values.Length; i++)
            {
                whole.Add(t.Values[i]);
                (i < cut ? left : right).Add(t.Values[i]);
            }

            left.Merge(right);
            return left.Count == whole.Count
                && Close(left.Mean, whole.Mean)
                && Close(left.Variance, whole.Variance)
                && left.Min.Equals(whole.Min) && left.Max.Equals(whole.Max);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Merge_InTheSameOrder_IsBitForBitReproducible()
    {
        static RunningMoments Part(int start)
        {
            var part = new RunningMoments();
            for (var i = start; i < start + 1000; i++)
            {
                part.Add(Math.Sin(i) * 1000);
            }

            return part;
        }

        static RunningMoments MergedInOrder()
        {
            var total = new RunningMoments();
            for (var p = 0; p < 8; p++)
            {
                total.Merge(Part(p * 1000));
            }

            return total;
        }

        var first = MergedInOrder();
        var second = MergedInOrder();

        BitConverter.DoubleToInt64Bits(first.Mean).Should().Be(BitConverter.DoubleToInt64Bits(second.Mean));
        BitConverter.DoubleToInt64Bits(first.Variance).Should().Be(BitConverter.DoubleToInt64Bits(second.Variance));
    }

    [Fact]
    public void Add_NonFinite_Throws()
    {
        var act = () => new RunningMoments().Add(double.NaN);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static bool Close(double a, double b) => (double.IsNaN(a) && double.IsNaN(b)) || Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));
}
