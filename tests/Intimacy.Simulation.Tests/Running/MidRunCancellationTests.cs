using Intimacy.Core.Catalog;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;
using Intimacy.Simulation.Studies;

namespace Intimacy.Simulation.Tests.Running;

/// <summary>
/// A token cancelled part-way through a run (not before it, which <see cref="SimulationRunnerTests"/> covers) stops
/// <see cref="SimulationRunner"/>, <see cref="ComparisonRunner"/> and <see cref="SweepRunner"/> with an
/// <see cref="OperationCanceledException"/> rather than a partial result, after at most one more evaluation per thread,
/// and leaves only whole rows, in index order from the start, in the writer of profile rows (as documented on
/// <see cref="SimulationRunner.Run"/>). The cancel comes from the engine at a set evaluation, so nothing depends on timing.
/// </summary>
public class MidRunCancellationTests
{
    private const int Threads = 2;

    [Theory]
    [InlineData(1)]
    [InlineData(Threads)]
    public void SimulationRunner_CancelledPartWay_Throws_AfterAtMostOneEvaluationPerThread(int threads)
    {
        using var cancel = new CancellationTokenSource();
        var engine = new CancellingEngine(SimulationFixture.Engine, cancelAt: 300, cancel);
        using var rows = new StringWriter();

        var run = () => new SimulationRunner(engine, SimulationFixture.GeneralPopulation)
            .Run(new SimulationSettings { Count = 100_000, ChunkSize = 64, MaxDegreeOfParallelism = threads }, profileRows: rows, cancellationToken: cancel.Token);

        run.Should().Throw<OperationCanceledException>();
        engine.CallsAfterCancel.Should().BeLessThanOrEqualTo(threads);
        var written = rows.ToString();
        written.Should().Match(text => text.Length == 0 || text.EndsWith('\n'), "only whole rows are written");
        written.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => long.Parse(r.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal(Enumerable.Range(0, written.Count(c => c == '\n')).Select(i => (long)i), "the rows are the first profiles, in order");
    }

    [Fact]
    public void ComparisonRunner_CancelledPartWay_Throws_AfterAtMostOneEvaluationPerThread()
    {
        using var cancel = new CancellationTokenSource();
        var a = new CancellingEngine(SimulationFixture.Engine, cancelAt: 300, cancel);

        var run = () => new ComparisonRunner(a, SimulationFixture.Engine, SimulationFixture.ClinicIntake)
            .Run(new SimulationSettings { Count = 100_000, ChunkSize = 64, MaxDegreeOfParallelism = Threads }, cancellationToken: cancel.Token);

        run.Should().Throw<OperationCanceledException>();
        a.CallsAfterCancel.Should().BeLessThanOrEqualTo(Threads);
    }

    [Fact]
    public void SweepRunner_CancelledDuringALaterValue_Throws_RatherThanReturningTheValuesDone()
    {
        using var cancel = new CancellationTokenSource();
        var engine = new CancellingEngine(SimulationFixture.Engine, cancelAt: 250, cancel);
        var parameter = ScenarioParameter.Parse("unknownShare");

        // 200 profiles per value: the cancel comes in the second of three values.
        var run = () => SweepRunner.Run(engine, SimulationFixture.ClinicIntake, parameter, [0.05, 0.1, 0.15], new SimulationSettings { Count = 200, ChunkSize = 32, MaxDegreeOfParallelism = Threads }, cancellationToken: cancel.Token);

        run.Should().Throw<OperationCanceledException>();
        engine.CallsAfterCancel.Should().BeLessThanOrEqualTo(Threads);
    }

    /// <summary>An engine that cancels <paramref name="cancel"/> at its <paramref name="cancelAt"/>th evaluation and counts those after it.</summary>
    private sealed class CancellingEngine(IRecommendationEngine inner, int cancelAt, CancellationTokenSource cancel) : IRecommendationEngine
    {
        private int _calls;
        private int _afterCancel;

        public int CallsAfterCancel => Volatile.Read(ref _afterCancel);

        public IReadOnlyList<RuleInfo> Rules => inner.Rules;

        public IntimacyCatalog Catalog => inner.Catalog;

        public RecommendationOptions Options => inner.Options;

        public string RuleSetHash => inner.RuleSetHash;

        public string OptionsHash => inner.OptionsHash;

        public RecommendationPlan Recommend(CoupleProfile profile, CancellationToken cancellationToken = default)
        {
            Count();
            return inner.Recommend(profile, cancellationToken);
        }

        public Evaluation Evaluate(CoupleProfile profile, CancellationToken cancellationToken = default)
        {
            Count();
            return inner.Evaluate(profile, cancellationToken);
        }

        private void Count()
        {
            if (cancel.IsCancellationRequested)
            {
                Interlocked.Increment(ref _afterCancel);
            }

            if (Interlocked.Increment(ref _calls) == cancelAt)
            {
                cancel.Cancel();
            }
        }
    }
}
