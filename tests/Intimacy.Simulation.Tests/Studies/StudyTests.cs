using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Scenarios;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Studies;
using Intimacy.Simulation.Tests.Running;

namespace Intimacy.Simulation.Tests.Studies;

public class StudyTests
{
    [Fact]
    public void Compare_SameEngineOnBothArms_HasNoDiscordantPairs()
    {
        var result = new ComparisonRunner(SimulationFixture.Engine, SimulationFixture.Engine, SimulationFixture.ClinicIntake)
            .Run(new SimulationSettings { Count = 200, Seed = 3 });

        result.Interventions.Should().OnlyContain(r => r.Value.FirstOnly == 0 && r.Value.SecondOnly == 0 && r.Value.Total == 200);
        result.Interventions.Should().Contain(r => r.Value.Both > 0);
    }

    [Fact]
    public void Compare_EachArmsShare_IsWhatAPlainRunOfThatArmCounts_AndEveryProfileIsInOneCell()
    {
        // The paired table's margins are the two arms' own prevalences, and its four cells add up to the population.
        var withoutProfessional = new RecommendationEngineBuilder().Configure(o => o.DisabledTags.Add(RuleTags.Professional)).Build();
        var settings = new SimulationSettings { Count = 300, Seed = 3 };
        // The arm without professional routes first, so the second arm's own recommendations fill the B-only cell.
        var result = new ComparisonRunner(withoutProfessional, SimulationFixture.Engine, SimulationFixture.ClinicIntake).Run(settings);
        var a = new SimulationRunner(withoutProfessional, SimulationFixture.ClinicIntake).Run(settings).Aggregate;
        var b = new SimulationRunner(SimulationFixture.Engine, SimulationFixture.ClinicIntake).Run(settings).Aggregate;

        result.Interventions.Should().OnlyContain(r => r.Value.Total == 300 && r.Value.Neither >= 0);
        result.Interventions.Should().OnlyContain(r =>
            r.Value.First.Successes == a.Count(Measures.Intervention, r.Key, string.Empty)
            && r.Value.Second.Successes == b.Count(Measures.Intervention, r.Key, string.Empty));
        result.Interventions.Should().Contain(r => r.Value.SecondOnly > 0 && r.Value.Neither > 0);
    }

    [Fact]
    public void Compare_DisablingTheProfessionalTag_OnlyEverRemovesThoseRoutesFromArmB()
    {
        var withoutProfessional = new RecommendationEngineBuilder().Configure(o => o.DisabledTags.Add(RuleTags.Professional)).Build();
        var result = new ComparisonRunner(SimulationFixture.Engine, withoutProfessional, SimulationFixture.ClinicIntake)
            .Run(new SimulationSettings { Count = 300, Seed = 3, MaxDegreeOfParallelism = 2 });

        result.Interventions.Should().Contain(r => r.Value.FirstOnly > 0);
        var csv = StudyCsv.Write(result);
        csv.Should().Contain("intervention,both,aOnly,bOnly,neither").And.Contain("# scenarioHash: ");
    }

    [Fact]
    public void Sweep_RunsOnceAtEachValueAndTheDefaultPointMatchesAPlainRun()
    {
        var defaults = new RecommendationOptions();
        var values = SweepRunner.Range(defaults.Csi4Cutoff - 2, defaults.Csi4Cutoff + 2, 2);
        var sweep = SweepRunner.Run(SimulationFixture.ClinicIntake, nameof(RecommendationOptions.Csi4Cutoff), values, new SimulationSettings { Count = 200, Seed = 42, ChunkSize = 64 });

        sweep.Points.Select(p => p.Value).Should().Equal(11.5, 13.5, 15.5);
        var plain = SimulationFixture.Run(SimulationFixture.ClinicIntake, 200, threads: 2);
        SummaryJson.Write(sweep.Points[1].Result).Should().Be(SummaryJson.Write(plain));
        var distress = sweep.Points.Select(p => p.Result.Aggregate.Count(Measures.Finding, "instrument.csi4-distress")).ToList();
        distress.Should().BeInAscendingOrder();
        StudyCsv.Write(sweep).Should().StartWith("# libraryVersion").And.Contain("13.5,");
    }

    [Fact]
    public void Sweep_AValueOutOfTheThresholdsRange_IsRefusedBeforeAnyRun()
    {
        // 17 to 21 are fine; 22 is not. The whole sweep used to run 17 to 21 and then fail at 22, discarding it all.
        var engines = 0;
        var act = () => SweepRunner.Run(
            SimulationFixture.ClinicIntake, nameof(RecommendationOptions.Csi4Cutoff), [17, 18, 22], new SimulationSettings { Count = 50, Seed = 42 }, _ => engines++);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Contain("22").And.Contain("Csi4Cutoff must be from 0 to 21");
        engines.Should().Be(0, "every value is checked before the first engine is built");
    }

    [Fact]
    public void Sweep_WithAShardThatIsNotIOfN_IsRefusedAsTheRunnerRefusesIt()
    {
        var settings = new SimulationSettings { Count = 10, Seed = 42, Shard = new Shard(0, 0) };

        var byThreshold = () => SweepRunner.Run(SimulationFixture.ClinicIntake, nameof(RecommendationOptions.Csi4Cutoff), [13.5], settings);
        var byParameter = () => SweepRunner.Run(SimulationFixture.Engine, SimulationFixture.ClinicIntake, ScenarioParameter.Parse("oneRespondentShare"), [0.1], settings);

        byThreshold.Should().Throw<ArgumentException>().WithMessage("The shard must be i/n*");
        byParameter.Should().Throw<ArgumentException>().WithMessage("The shard must be i/n*");
    }

    [Fact]
    public void Sweep_NamesTheThresholdCanonically_HoweverItWasSpelled()
    {
        var settings = new SimulationSettings { Count = 20, Seed = 42 };
        var lower = SweepRunner.Run(SimulationFixture.ClinicIntake, "csi4cutoff", [13.5], settings);
        var canonical = SweepRunner.Run(SimulationFixture.ClinicIntake, "Csi4Cutoff", [13.5], settings);

        lower.Parameter.Should().Be("Csi4Cutoff");
        StudyCsv.Write(lower).Should().Contain("# threshold: Csi4Cutoff\n").And.Be(StudyCsv.Write(canonical));
    }

    [Fact]
    public void SweepRange_RejectsAnEmptyOrBackwardsRange() =>
        FluentActions.Invoking(() => SweepRunner.Range(5, 1, 1)).Should().Throw<ArgumentOutOfRangeException>();
}
