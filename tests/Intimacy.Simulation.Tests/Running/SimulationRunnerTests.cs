using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Running;

namespace Intimacy.Simulation.Tests.Running;

public class SimulationRunnerTests
{
    [Fact]
    public void Outputs_AreByteIdentical_OnOneThreadAndOnAll()
    {
        var one = SimulationFixture.Run(SimulationFixture.ClinicIntake, 600, threads: 1, breakdown: "partnerA.life.newParent");
        var all = SimulationFixture.Run(SimulationFixture.ClinicIntake, 600, threads: Math.Max(2, Environment.ProcessorCount), breakdown: "partnerA.life.newParent");

        SummaryJson.Write(all).Should().Be(SummaryJson.Write(one));
        CsvReport.Write(all).Should().Be(CsvReport.Write(one));
        HtmlReport.Write(all).Should().Be(HtmlReport.Write(one));
    }

    [Fact]
    public void ChunkSize_DoesNotChangeTheResult()
    {
        var small = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 300, threads: 2, chunkSize: 7);
        var large = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 300, threads: 2, chunkSize: 1000);

        SummaryJson.Write(small).Should().Be(SummaryJson.Write(large));
    }

    [Fact]
    public void ShardsMergedFromTheirSummaries_EqualOneRun_ByteForByte()
    {
        var whole = SimulationFixture.Run(SimulationFixture.ClinicIntake, 500, threads: 2, breakdown: "relationship.livingTogether");
        var shards = Enumerable.Range(0, 3)
            .Select(i => SimulationFixture.Run(SimulationFixture.ClinicIntake, 500, threads: 1, shard: new Shard(i, 3), breakdown: "relationship.livingTogether"))
            .Select(SummaryJson.Write)
            .Reverse()
            .Select(SummaryJson.Read)
            .ToList();

        var merged = ShardMerger.Merge(shards);

        shards.Sum(s => s.Aggregate.Profiles).Should().Be(500);
        SummaryJson.Write(merged).Should().Be(SummaryJson.Write(whole));
        CsvReport.Write(merged).Should().Be(CsvReport.Write(whole));
    }

    [Fact]
    public void Merge_RejectsAMissingShard()
    {
        var shard = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 100, threads: 1, shard: new Shard(0, 2));

        FluentActions.Invoking(() => ShardMerger.Merge([shard])).Should().Throw<ArgumentException>().WithMessage("Shard 1/2 is missing; a merge needs every shard of the run.*");
    }

    [Fact]
    public void Merge_OfAFewShardsOfAManyShardRun_NamesTheFirstMissingOnesAndCountsTheRest()
    {
        // An array job of 1,000 tasks merged while most are still running: one short sentence, not 990 names.
        var shards = new[] { 0, 2, 5 }.Select(i => SimulationFixture.Run(SimulationFixture.GeneralPopulation, 10, threads: 1, shard: new Shard(i, 1000))).ToList();

        FluentActions.Invoking(() => ShardMerger.Merge(shards)).Should().Throw<ArgumentException>()
            .WithMessage("997 shards are missing (1/1000, 3/1000, 4/1000, 6/1000, 7/1000, 8/1000, 9/1000, 10/1000, 11/1000, 12/1000 and 987 more); a merge needs every shard of the run.*");
    }

    [Fact]
    public void Merge_OfShardsFromDifferentRuns_SaysWhatDiffers()
    {
        var first = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 10, threads: 1, shard: new Shard(0, 2));
        var second = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 10, threads: 1, shard: new Shard(1, 2));
        var otherSeed = second with { Stamp = second.Stamp with { Seed = second.Stamp.Seed + 1, Count = 11 } };
        var otherSplit = second with { Stamp = second.Stamp with { Shard = new Shard(1, 3) } };
        var otherOptions = second with { Stamp = second.Stamp with { OptionsHash = "0123" } };
        var olderSummary = second with { Stamp = second.Stamp with { Options = string.Empty } };

        FluentActions.Invoking(() => ShardMerger.Merge([first, otherSeed])).Should().Throw<ArgumentException>()
            .WithMessage("Shard 1/2 comes from a different run than shard 0/2: the seed and the count differ.*");
        FluentActions.Invoking(() => ShardMerger.Merge([first, otherSplit])).Should().Throw<ArgumentException>()
            .WithMessage("Shard 1/3 comes from a different run than shard 0/2: the number of shards differs.*");
        FluentActions.Invoking(() => ShardMerger.Merge([first, otherOptions])).Should().Throw<ArgumentException>()
            .WithMessage("Shard 1/2 comes from a different run than shard 0/2: the options differ.*");
        FluentActions.Invoking(() => ShardMerger.Merge([first, olderSummary])).Should().Throw<ArgumentException>()
            .WithMessage("Shard 1/2 comes from a different run than shard 0/2: the options differ.*", "a stamp without the options in words differs in them alone");
    }

    [Fact]
    public void Merge_OfAShardGivenTwice_NamesIt()
    {
        var shards = new[] { 0, 1, 1, 2 }.Select(i => SimulationFixture.Run(SimulationFixture.GeneralPopulation, 10, threads: 1, shard: new Shard(i, 3))).ToList();

        FluentActions.Invoking(() => ShardMerger.Merge(shards)).Should().Throw<ArgumentException>()
            .WithMessage("Shard 1/3 appears more than once; a merge takes each shard once.*");
    }

    [Fact]
    public void Merge_NamesEveryMissingShard_WhenThereAreTenOrFewer()
    {
        var shards = new[] { 0, 3 }.Select(i => SimulationFixture.Run(SimulationFixture.GeneralPopulation, 10, threads: 1, shard: new Shard(i, 4))).ToList();

        FluentActions.Invoking(() => ShardMerger.Merge(shards)).Should().Throw<ArgumentException>()
            .WithMessage("Shards 1/4, 2/4 are missing; a merge needs every shard of the run.*");
    }

    [Fact]
    public void Merge_RejectsShardsBrokenDownByDifferentFields_NamingTheShardAndBothFields()
    {
        var first = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 100, threads: 1, shard: new Shard(0, 2));
        var second = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 100, threads: 1, shard: new Shard(1, 2), breakdown: "partnerA.life.newParent");

        FluentActions.Invoking(() => ShardMerger.Merge([second, first])).Should().Throw<ArgumentException>()
            .WithMessage("Shard 1/2 is broken down by partnerA.life.newParent but shard 0/2 by no field; every shard of a run needs the same breakdown field.*");
    }

    [Fact]
    public void Aggregates_CountEveryProfileAndAgreeWithEachOther()
    {
        var result = SimulationFixture.Run(SimulationFixture.ClinicIntake, 400, threads: 2, breakdown: "partnerA.life.newParent");
        var a = result.Aggregate;

        a.Profiles.Should().Be(400);
        a.PlanSizes.Total.Should().Be(400);
        a.CoOccurrence.Sets.Should().Be(400);
        a.Counters.Where(c => c.Key.Measure == Measures.GroupProfiles).Sum(c => c.Value).Should().Be(400);
        for (var i = 0; i < a.InterventionIds.Count; i++)
        {
            a.CoOccurrence.Count(i, i).Should().Be(a.Count(Measures.Intervention, a.InterventionIds[i]));
        }

        a.Counters.Keys.Where(k => k.Measure == Measures.Intervention).Should().NotBeEmpty();
        a.RuleProfiles.Should().Contain(p => p > 0);
        a.RulesNeverFired.Should().OnlyContain(name => a.RuleProfiles[a.RuleNames.ToList().IndexOf(name)] == 0);
        result.Stamp.ScenarioHash.Should().Be(ScenarioHashOf(SimulationFixture.ClinicIntake));
    }

    [Fact]
    public void Progress_ReportsTheShardsProfilesAndCancellationStopsTheRun()
    {
        var reports = new List<long>();
        var runner = new SimulationRunner(SimulationFixture.Engine, SimulationFixture.GeneralPopulation);
        runner.Run(new SimulationSettings { Count = 300, ChunkSize = 50, MaxDegreeOfParallelism = 1 }, new SyncProgress(reports.Add));

        reports.Should().NotBeEmpty().And.BeInAscendingOrder();
        reports[^1].Should().Be(300);

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        FluentActions.Invoking(() => runner.Run(new SimulationSettings { Count = 300 }, cancellationToken: cancelled.Token))
            .Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void ProfileRows_AreWrittenInIndexOrder()
    {
        using var rows = new StringWriter();
        new SimulationRunner(SimulationFixture.Engine, SimulationFixture.GeneralPopulation)
            .Run(new SimulationSettings { Count = 130, ChunkSize = 16, MaxDegreeOfParallelism = 2 }, profileRows: rows);

        var indices = rows.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => long.Parse(r.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        indices.Should().Equal(Enumerable.Range(0, 130).Select(i => (long)i));
    }

    [Fact]
    public void StampFor_IsTheStampTheRunGivesItsResult()
    {
        var runner = new SimulationRunner(SimulationFixture.Engine, SimulationFixture.GeneralPopulation);
        var settings = new SimulationSettings { Count = 40, Seed = 7, Shard = new Shard(1, 2), MaxDegreeOfParallelism = 1 };

        var before = runner.StampFor(settings);

        runner.Run(settings).Stamp.Should().Be(before);
    }

    [Fact]
    public void ProfileRowsHead_IsTheStampAsCommentLinesThenTheHeader()
    {
        var stamp = new SimulationRunner(SimulationFixture.Engine, SimulationFixture.GeneralPopulation)
            .StampFor(new SimulationSettings { Count = 40, Seed = 7, Shard = new Shard(1, 2) });

        var lines = CsvReport.ProfileRowsHead(stamp).Split('\n');

        lines.Should().Equal([.. CsvReport.StampLines(stamp).Select(l => "# " + l), SimulationRunner.ProfileRowsHeader, string.Empty]);
        lines.Should().Contain("# seed: 7").And.Contain("# count: 40").And.Contain("# shard: 1/2").And.Contain("# ruleSetHash: " + stamp.RuleSetHash);
    }

    [Fact]
    public void BreakdownByARealNumberField_IsRejectedWithTheFieldsName()
    {
        FluentActions.Invoking(() => SimulationFixture.Run(SimulationFixture.GeneralPopulation, 10, 1, breakdown: "partnerA.nothing.here"))
            .Should().Throw<ArgumentException>().WithMessage("*partnerA.nothing.here*");
    }

    [Fact]
    public void StampFor_RejectsABreakdownFieldTheRunWouldReject_InOneLine()
    {
        var runner = new SimulationRunner(SimulationFixture.Engine, SimulationFixture.GeneralPopulation);

        // Known before the run, so that nothing (a profiles.csv head, say) is written with a field no run accepts.
        FluentActions.Invoking(() => runner.StampFor(new SimulationSettings { Count = 10, BreakdownField = "partnerA.life.newParent\n=1" }))
            .Should().Throw<ArgumentException>().WithMessage("The breakdown field 'partnerA.life.newParent\\n=1' is not a profile answer.*");
        runner.StampFor(new SimulationSettings { Count = 10, BreakdownField = "partnerA.life.newParent" }).Count.Should().Be(10);
    }

    [Fact]
    public void Merge_OfShardsBrokenDownByDifferentFields_NamesThemOnOneLine()
    {
        var first = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 100, threads: 1, shard: new Shard(0, 2));
        var second = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 100, threads: 1, shard: new Shard(1, 2));
        var summary = System.Text.Json.Nodes.JsonNode.Parse(SummaryJson.Write(second))!;
        summary["breakdownField"] = "a\nb";
        var edited = SummaryJson.Read(summary.ToJsonString());

        FluentActions.Invoking(() => ShardMerger.Merge([edited, first])).Should().Throw<ArgumentException>()
            .WithMessage("Shard 1/2 is broken down by a\\nb but shard 0/2 by no field;*");
    }

    // A summary.json edited (or damaged) so that it counts more or fewer profiles than its shard's slice was summed
    // in as it was: the merged summary then counted 110 profiles for a run of 100, with no word said.
    [Theory]
    [InlineData(60)]
    [InlineData(51)]
    public void Merge_RefusesAShardThatCountsOtherThanTheProfilesOfItsSlice(long profiles)
    {
        var first = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 100, threads: 1, shard: new Shard(0, 2));
        var second = SimulationFixture.Run(SimulationFixture.GeneralPopulation, 100, threads: 1, shard: new Shard(1, 2));
        var summary = System.Text.Json.Nodes.JsonNode.Parse(SummaryJson.Write(second))!;
        summary["profiles"] = profiles;
        var edited = SummaryJson.Read(summary.ToJsonString());

        FluentActions.Invoking(() => ShardMerger.Merge([first, edited])).Should().Throw<ArgumentException>()
            .WithMessage($"Shard 1/2 counts {profiles} profiles, but its slice of the run's 100 holds 50; its summary was edited or damaged.*");
    }

    private static string ScenarioHashOf(Intimacy.Simulation.Scenarios.Scenario scenario) => Intimacy.Simulation.Scenarios.ScenarioHash.Compute(scenario).Hex;

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
