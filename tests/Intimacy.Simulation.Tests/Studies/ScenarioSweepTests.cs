using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;
using Intimacy.Simulation.Studies;
using Intimacy.Simulation.Tests.Running;

namespace Intimacy.Simulation.Tests.Studies;

public class ScenarioSweepTests
{
    // Both partners answer everything and nobody skips: the resentment finding appears when either partner
    // says yes, so with p the share of couples that have it is 1 - (1 - p)^2.
    private const string ResentmentYaml = """
        name: resentment
        fields:
          ageYears: { distribution: normal, mean: 40, sd: 10 }
          personal.lingeringResentment: { distribution: bernoulli, p: 0.2 }
        """;

    private const string Finding = "barrier.unresolved-resentment";

    private static readonly Scenario Resentment = ScenarioLoader.Parse(ResentmentYaml, ScenarioFormat.Yaml, "resentment.yaml");

    [Fact]
    public void RaisingAnAnswersProbability_RaisesItsFindingsPrevalenceMonotonically_AsHandComputed()
    {
        var values = SweepRunner.Points(0, 1, 5);

        var sweep = SweepRunner.Run(SimulationFixture.Engine, Resentment, ScenarioParameter.Parse("fields.personal.lingeringResentment.p"), values, new SimulationSettings { Count = 2000, Seed = 11 });

        values.Should().Equal(0, 0.25, 0.5, 0.75, 1);
        sweep.Kind.Should().Be(SweepKind.ScenarioParameter);
        sweep.Parameter.Should().Be("fields[personal.lingeringResentment].p");
        var counts = sweep.Points.Select(p => p.Result.Aggregate.Count(Measures.Finding, Finding)).ToList();
        counts.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        counts[0].Should().Be(0);
        counts[^1].Should().Be(2000);
        foreach (var point in sweep.Points)
        {
            var expected = 1 - ((1 - point.Value) * (1 - point.Value));
            var interval = point.Result.Aggregate.Prevalence(new CounterKey(Measures.Finding, Finding, string.Empty)).WilsonInterval();
            expected.Should().BeInRange(interval.Lower - 1e-12, interval.Upper + 1e-12, $"at p = {point.Value}");
        }

        sweep.Points.Select(p => p.Result.Stamp.ScenarioHash).Should().OnlyHaveUniqueItems();
        sweep.Points.Select(p => p.Result.Stamp.OptionsHash).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void ThePointAtTheScenariosOwnValue_IsByteIdenticalToAPlainRun()
    {
        var parameter = ScenarioParameter.Parse("fields[personal.lingeringResentment].p");
        var settings = new SimulationSettings { Count = 300, Seed = 4, MaxDegreeOfParallelism = 2 };

        var sweep = SweepRunner.Run(SimulationFixture.Engine, Resentment, parameter, [0.1, parameter.ValueIn(Resentment)], settings);
        var plain = new SimulationRunner(SimulationFixture.Engine, Resentment).Run(settings);

        SummaryJson.Write(sweep.Points[1].Result).Should().Be(SummaryJson.Write(plain));
    }

    [Fact]
    public void AValueThatMakesTheScenarioInvalid_IsRefusedBeforeAnythingRuns()
    {
        var act = () => SweepRunner.Run(SimulationFixture.Engine, Resentment, ScenarioParameter.Parse("fields[personal.lingeringResentment].p"), [0.5, 1.5], new SimulationSettings { Count = 10 });

        act.Should().Throw<ScenarioException>().WithMessage("resentment: fields[personal.lingeringResentment].p: must be a probability from 0 to 1 (with fields[personal.lingeringResentment].p = 1.5).");
    }

    [Fact]
    public void SweepCsv_HasTheSameRowsAtEveryValue_AndGroupRowsWithABreakdown()
    {
        var settings = new SimulationSettings { Count = 400, Seed = 2, BreakdownField = "partnerA.personal.lingeringResentment" };

        var sweep = SweepRunner.Run(SimulationFixture.Engine, Resentment, ScenarioParameter.Parse("fields[personal.lingeringResentment].p"), [0.2, 0.6], settings);
        var lines = StudyCsv.Write(sweep).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Should().Contain("# scenario parameter: fields[personal.lingeringResentment].p")
            .And.Contain("# breakdown: partnerA.personal.lingeringResentment")
            .And.Contain("# scenarioHash: varies by value")
            .And.Contain(StudyCsv.SweepHeader);
        var rows = lines.Where(l => !l.StartsWith('#') && l != StudyCsv.SweepHeader).Select(l => l.Split(',')).ToList();
        var perValue = rows.GroupBy(r => r[0]).ToList();
        perValue.Should().HaveCount(2);
        perValue[0].Select(r => (r[3], r[4], r[5])).Should().Equal(perValue[1].Select(r => (r[3], r[4], r[5])));
        foreach (var value in perValue)
        {
            var groups = value.Where(r => r[3] == Measures.GroupProfiles).ToList();
            groups.Select(r => r[5]).Should().BeEquivalentTo("false", "true");
            groups.Sum(r => long.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture)).Should().Be(400);

            // Partner A's own "yes" always gives the finding: its prevalence in the "true" group is 1.
            value.Single(r => r[3] == Measures.GroupFinding && r[4] == Finding && r[5] == "true")[8].Should().Be("1.000000");
        }
    }

    [Fact]
    public void Compare_WithABreakdown_SplitsThePairedCountsAcrossTheGroupsExactly()
    {
        var withoutProfessional = new RecommendationEngineBuilder().Configure(o => o.DisabledTags.Add(Intimacy.Recommendations.Options.RuleTags.Professional)).Build();
        var settings = new SimulationSettings { Count = 300, Seed = 3, MaxDegreeOfParallelism = 2, BreakdownField = "relationship.livingTogether" };

        var result = new ComparisonRunner(SimulationFixture.Engine, withoutProfessional, SimulationFixture.ClinicIntake).Run(settings);

        result.BreakdownField.Should().Be("relationship.livingTogether");
        result.Groups.Select(g => g.Value).Should().BeInAscendingOrder(StringComparer.Ordinal).And.Contain("true");
        result.Groups.Sum(g => g.Profiles).Should().Be(300);
        foreach (var (id, overall) in result.Interventions)
        {
            var parts = result.Groups.Select(g => g.Interventions.Single(i => i.Key == id).Value).ToList();
            parts.Sum(p => p.Both).Should().Be(overall.Both);
            parts.Sum(p => p.FirstOnly).Should().Be(overall.FirstOnly);
            parts.Sum(p => p.SecondOnly).Should().Be(overall.SecondOnly);
            parts.Sum(p => p.Neither).Should().Be(overall.Neither);
        }

        var csv = StudyCsv.Write(result);
        csv.Should().Contain("# breakdown: relationship.livingTogether\n" + StudyCsv.ComparisonHeader + "\n,");
        csv.Should().Contain("\ntrue,intervention.");
    }

    [Fact]
    public void Compare_OnOneThreadAndOnAll_IsByteIdentical()
    {
        var settings = new SimulationSettings { Count = 200, Seed = 8, BreakdownField = "partnerA.view.conflictFrequency", ChunkSize = 16 };
        var runner = new ComparisonRunner(SimulationFixture.Engine, SimulationFixture.Engine, SimulationFixture.GeneralPopulation);

        var one = StudyCsv.Write(runner.Run(settings with { MaxDegreeOfParallelism = 1 }));
        var all = StudyCsv.Write(runner.Run(settings with { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }));

        all.Should().Be(one);
    }
}
