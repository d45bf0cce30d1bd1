using System.Text.Json.Nodes;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Statistics;
using Intimacy.Simulation.Studies;
using Intimacy.Simulation.Tests.Aggregation;

namespace Intimacy.Simulation.Tests.Reporting;

/// <summary>
/// The numbers researchers read, in the files they read them from, for the four handmade plans of
/// <see cref="HandCountedAggregateTests"/> (4 profiles; talk in 2, crisis in 1; talk in both of group x's 2).
/// </summary>
public class HandCountedReportTests
{
    private static readonly SimulationStamp Stamp = new("v", "r", "o", "s", "h", 1, 4, Intimacy.Simulation.Running.Shard.Whole);

    [Fact]
    public void AggregatesCsv_PrevalenceRows_HoldTheCountTrialsEstimateAndWilsonBoundsInThatOrder()
    {
        // Wilson 2/4: (0.150039, 0.849961); 1/4: (0.045587, 0.699358); 2/2: (0.342380, 1).
        var rows = CsvReport.Write(new SimulationResult(Stamp, HandCountedAggregateTests.Handmade())).Split('\n');

        rows.Should().Contain("prevalence,intervention,talk,,2,4,0.500000,0.150039,0.849961");
        rows.Should().Contain("prevalence,intervention,crisis,,1,4,0.250000,0.045587,0.699358");
        rows.Should().Contain("prevalence,group-intervention,talk,x,2,2,1.000000,0.342380,1.000000");
    }

    [Fact]
    public void AggregatesCsv_CoOccurrenceRows_AreTheDistinctPairsOnly_EachOnce()
    {
        // Plans {crisis, talk}, {book, talk}, {book}, {}: two pairs, and no row pairing an intervention with itself.
        var rows = CsvReport.Write(new SimulationResult(Stamp, HandCountedAggregateTests.Handmade())).Split('\n');

        rows.Where(r => r.StartsWith("co-occurrence,", StringComparison.Ordinal)).Should().Equal(
            "co-occurrence,plans,book,talk,1,4,0.250000,,",
            "co-occurrence,plans,crisis,talk,1,4,0.250000,,");
    }

    [Fact]
    public void SummaryJson_Prevalence_HoldsTheWilsonBounds_LowerThenUpper()
    {
        var summary = JsonNode.Parse(SummaryJson.Write(new SimulationResult(Stamp, HandCountedAggregateTests.Handmade())))!;
        var talk = summary["prevalence"]!.AsArray()
            .Single(e => (string?)e!["measure"] == Measures.Intervention && (string?)e["code"] == "talk")!;

        ((long)talk["count"]!).Should().Be(2);
        ((long)talk["trials"]!).Should().Be(4);
        ((double)talk["lower"]!).Should().BeApproximately(0.150039, 1e-6);
        ((double)talk["upper"]!).Should().BeApproximately(0.849961, 1e-6);
    }

    [Fact]
    public void ComparisonsCsv_Row_HoldsTheSharesDifferenceAndNewcombeBounds_LowerThenUpper()
    {
        // Bentur et al.: 1, 1, 7, 12; shares 2/21 and 8/21, difference -6/21, interval (-0.506920, -0.025559), p 0.0703125.
        var comparison = new ComparisonResult(Stamp, Stamp, [new("intervention.y", new PairedProportions(1, 1, 7, 12))]);

        var rows = StudyCsv.Write(comparison).Split('\n');

        rows.Should().Contain(",intervention.y,1,1,7,12,0.095238,0.380952,-0.285714,-0.506920,-0.025559,0.0703125");
    }
}
