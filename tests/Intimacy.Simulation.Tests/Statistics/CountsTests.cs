using Intimacy.Simulation.Statistics;

namespace Intimacy.Simulation.Tests.Statistics;

public class CountsTests
{
    [Fact]
    public void CoOccurrence_CountsPairsAndSingles()
    {
        // Sets {0,1,2}, {1,2}, {2}: item 2 is in all three, 1 and 2 together twice, 0 and 1 once, 0 and 2 once.
        var counts = new CoOccurrenceCounts(3);
        counts.Add([0, 1, 2]);
        counts.Add([2, 1]);
        counts.Add([2]);

        counts.Sets.Should().Be(3);
        counts.Count(2, 2).Should().Be(3);
        counts.Count(1, 1).Should().Be(2);
        counts.Count(0, 0).Should().Be(1);
        counts.Count(1, 2).Should().Be(2);
        counts.Count(2, 1).Should().Be(2);
        counts.Count(0, 1).Should().Be(1);
        counts.Count(0, 2).Should().Be(1);
    }

    [Fact]
    public void CoOccurrence_MergeAddsCounts()
    {
        var left = new CoOccurrenceCounts(2);
        left.Add([0, 1]);
        var right = new CoOccurrenceCounts(2);
        right.Add([0, 1]);
        right.Add([1]);

        left.Merge(right);

        left.Sets.Should().Be(3);
        left.Count(0, 1).Should().Be(2);
        left.Count(1, 1).Should().Be(3);
    }

    [Fact]
    public void CoOccurrence_RejectsRepeatedOrUnknownItems()
    {
        var counts = new CoOccurrenceCounts(2);

        FluentActions.Invoking(() => counts.Add([1, 1])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => counts.Add([2])).Should().Throw<ArgumentOutOfRangeException>();
        counts.Sets.Should().Be(0);
    }

    [Fact]
    public void Histogram_CountsMeanQuantilesAndGrowth()
    {
        // Plan sizes 0, 2, 2, 3, 40: mean 47/5 = 9.4; median (3rd of 5) = 2; 80th percentile (4th) = 3.
        var histogram = new CountHistogram();
        foreach (var size in new[] { 2, 0, 40, 3, 2 })
        {
            histogram.Add(size);
        }

        histogram.Total.Should().Be(5);
        histogram.MaxValue.Should().Be(40);
        histogram.Count(2).Should().Be(2);
        histogram.Count(39).Should().Be(0);
        histogram.Mean.Should().BeApproximately(9.4, 1e-12);
        histogram.ValueAtQuantile(0.5).Should().Be(2);
        histogram.ValueAtQuantile(0.8).Should().Be(3);
        histogram.ValueAtQuantile(1).Should().Be(40);
        histogram.Counts.Should().HaveCount(41);
    }

    [Fact]
    public void Histogram_ValueAtQuantile_IsTheSmallestValueWithAtLeastThatShareAtOrBelowIt()
    {
        // Values 1, 2, 3: a third are at most 1, two thirds at most 2. The median is 2 (1 has only a third at or
        // below it); the 0.34 quantile is 2 as well, the 0.33 quantile 1, the 0.67 quantile 3.
        var histogram = new CountHistogram();
        histogram.Add(1);
        histogram.Add(2);
        histogram.Add(3);

        histogram.ValueAtQuantile(0.5).Should().Be(2);
        histogram.ValueAtQuantile(0.34).Should().Be(2);
        histogram.ValueAtQuantile(0.33).Should().Be(1);
        histogram.ValueAtQuantile(0.67).Should().Be(3);
        histogram.ValueAtQuantile(0).Should().Be(1, "the smallest value seen");
        new CountHistogram().ValueAtQuantile(0.5).Should().Be(-1);
    }

    [Fact]
    public void Histogram_MergeEqualsAddingEverything()
    {
        var left = new CountHistogram();
        left.Add(1);
        left.Add(5);
        var right = new CountHistogram();
        right.Add(5);
        right.Add(100);

        left.Merge(right);

        left.Total.Should().Be(4);
        left.Count(5).Should().Be(2);
        left.Count(100).Should().Be(1);
        left.MaxValue.Should().Be(100);
    }
}
