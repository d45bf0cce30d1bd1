using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Studies;

namespace Intimacy.Simulation.Tests.Running;

/// <summary>
/// Results are documented byte-identical whatever the thread count; that must hold too while other runs, sweeps
/// and comparisons (with engines of other options) use the same engine and scenario at the same time.
/// </summary>
public class ConcurrentRunsTests
{
    [Fact]
    public void RunsWithDifferentThreadCounts_AtTheSameTime_GiveTheResultOfOneRunAlone()
    {
        var scenario = SimulationFixture.ClinicIntake;
        var engine = SimulationFixture.Engine;
        var other = new RecommendationEngineBuilder().Configure(o =>
        {
            o.Csi4Cutoff = 18;
            o.DisabledTags.Add(RuleTags.Sexual);
        }).Build();
        SimulationSettings Settings(int threads) => new() { Count = 400, Seed = 11, ChunkSize = 16, MaxDegreeOfParallelism = threads, BreakdownField = "partnerA.life.newParent" };
        SimulationSettings SweepSettings(int threads) => new() { Count = 120, Seed = 5, ChunkSize = 8, MaxDegreeOfParallelism = threads };
        double[] cutoffs = [8, 13.5, 18];

        // Each alone, one at a time, on one thread.
        var alone = SummaryJson.Write(new SimulationRunner(engine, scenario).Run(Settings(1)));
        var otherAlone = SummaryJson.Write(new SimulationRunner(other, scenario).Run(Settings(1)));
        var sweepAlone = StudyCsv.Write(SweepRunner.Run(scenario, "Csi4Cutoff", cutoffs, SweepSettings(1)));
        var comparisonAlone = StudyCsv.Write(new ComparisonRunner(engine, other, scenario).Run(SweepSettings(1)));

        // All at once, each with several threads of its own.
        int[] threads = [1, 2, 3, 8];
        var runs = new string[threads.Length * 2];
        string? sweep = null;
        string? comparison = null;
        Parallel.Invoke(
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            [
                .. threads.Select((t, i) => (Action)(() => runs[i] = SummaryJson.Write(new SimulationRunner(engine, scenario).Run(Settings(t))))),
                .. threads.Select((t, i) => (Action)(() => runs[threads.Length + i] = SummaryJson.Write(new SimulationRunner(other, scenario).Run(Settings(t))))),
                () => sweep = StudyCsv.Write(SweepRunner.Run(scenario, "Csi4Cutoff", cutoffs, SweepSettings(3))),
                () => comparison = StudyCsv.Write(new ComparisonRunner(engine, other, scenario).Run(SweepSettings(4))),
            ]);

        runs.Take(threads.Length).Should().AllBe(alone);
        runs.Skip(threads.Length).Should().AllBe(otherAlone);
        otherAlone.Should().NotBe(alone, "the two engines' options differ");
        sweep.Should().Be(sweepAlone);
        comparison.Should().Be(comparisonAlone);
    }
}
