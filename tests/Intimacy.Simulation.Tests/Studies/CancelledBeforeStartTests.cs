using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;
using Intimacy.Simulation.Studies;

namespace Intimacy.Simulation.Tests.Studies;

/// <summary>The study runners, given a token cancelled before the call, stop with OperationCanceledException as documented.</summary>
public class CancelledBeforeStartTests
{
    private static readonly Scenario Scenario = ScenarioLoader.Load(ExampleScenarios.PathOf("general-population.yaml"));
    private static readonly SimulationSettings Settings = new() { Count = 64, Seed = 1, ChunkSize = 16, MaxDegreeOfParallelism = 1 };

    [Fact]
    public void ComparisonRunner_Run_TokenCancelledBeforeTheCall_ThrowsOperationCanceled()
    {
        var runner = new ComparisonRunner(RecommendationEngine.CreateDefault(), RecommendationEngine.CreateDefault(), Scenario);

        var act = () => runner.Run(Settings, cancellationToken: new CancellationToken(canceled: true));

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void SimulationRunner_Run_TokenCancelledBeforeTheCall_ThrowsOperationCanceled()
    {
        var runner = new SimulationRunner(RecommendationEngine.CreateDefault(), Scenario);

        var act = () => runner.Run(Settings, cancellationToken: new CancellationToken(canceled: true));

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void SweepRunner_Run_TokenCancelledBeforeTheCall_ThrowsOperationCanceled()
    {
        var act = () => SweepRunner.Run(Scenario, "Csi4Cutoff", [10.0], Settings, cancellationToken: new CancellationToken(canceled: true));

        act.Should().Throw<OperationCanceledException>();
    }
}
