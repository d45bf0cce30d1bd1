using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;
using Intimacy.Simulation.Studies;
using Intimacy.Simulation.Tests.Running;
using Intimacy.Simulation.Tests.Scenarios;

namespace Intimacy.Simulation.Tests.Reporting;

/// <summary>
/// Researchers call the library from their own programs, under their own culture, and the outputs are documented
/// as byte-identical for the same seed. Scenario files (YAML and JSON), every output writer, shard merges, sweeps
/// and comparisons, the stamps and hashes and every scenario error must be the same, byte for byte, under de-DE,
/// tr-TR, ar-SA, fa-IR and sv-SE as under the invariant culture.
/// </summary>
public class CultureAuditTests
{
    private const string Json = """
        {
          "name": "culture-json",
          "seed": 11,
          "oneRespondentShare": 0.25,
          "unknownShare": 5e-2,
          "partnerCorrelation": 0.125,
          "instruments": { "csi4": 0.75, "phq9": 0.5 },
          "fields": {
            "ageYears": { "distribution": "normal", "mean": 41.5, "sd": 12.25 },
            "view.qualityTimeHoursPerWeek": { "distribution": "gamma", "shape": 2.5, "rate": 0.2 },
            "view.sexPerYear": { "distribution": "negativeBinomial", "r": 1.5, "p": 0.0214 },
            "view.desireLevel": { "distribution": "beta", "alpha": 2.5, "beta": 1.75, "lower": 1, "upper": 5 },
            "relationship.lengthYears": { "distribution": "lognormal", "mu": 2.1, "sigma": 0.8 },
            "relationshipScores.csi4": { "distribution": "normal", "mean": 13.5, "sd": 4.25, "correlation": 0.5 },
            "wellbeingScores.phq9": { "distribution": "negativeBinomial", "r": 2, "p": 0.33 }
          },
          "adjustments": [
            { "when": "relationship.lengthYears >= 10.5 and view.desireLevel < 2.5", "then": { "view.qualityTimeHoursPerWeek": { "scale": 0.75, "shift": -1.5 } } }
          ]
        }
        """;

    private static readonly (string Text, ScenarioFormat Format)[] Broken =
    [
        (ScenarioFiles.Minimal + "unknownShare: 1.5\n", ScenarioFormat.Yaml),
        (ScenarioFiles.Minimal + "unknownShare: 0,25\n", ScenarioFormat.Yaml),
        (ScenarioFiles.Minimal + "  view.desireLevel: { distribution: uniform, lower: 7.5, upper: 9.25 }\n", ScenarioFormat.Yaml),
        (ScenarioFiles.Minimal + "  view.qualityTimeHoursPerWeek: { distribution: gamma, shape: 2e5, rate: 0.5 }\n", ScenarioFormat.Yaml),
        (ScenarioFiles.Minimal + "  view.sexPerYear: { distribution: poisson, lambda: -0.5 }\n", ScenarioFormat.Yaml),
        (ScenarioFiles.Minimal + "adjustments:\n  - when: ageYears > 4O.5\n    then: { view.feelsRejected: { p: 0.5 } }\n", ScenarioFormat.Yaml),
        (ScenarioFiles.Minimal + "adjustments:\n  - when: view.trend == sideways\n    then: { ageYears: { shift: -2.5 } }\n", ScenarioFormat.Yaml),
        (ScenarioFiles.Minimal + "  view.sexPerYr: { distribution: poisson, lambda: 2 }\n", ScenarioFormat.Yaml),
        (ScenarioFiles.Minimal + "  VIEW.TREND: { distribution: categorical, weights: { stable: 1 } }\n", ScenarioFormat.Yaml),
        ("{\n  \"name\": \"t\",\n  \"unknownShare\": -0.5,\n  \"fields\": { \"ageYears\": { \"distribution\": \"normal\", \"mean\": 40, \"sd\": 10 } }\n}", ScenarioFormat.Json),
        ("{\n  \"name\": \"t\",\n  \"fields\": { \"ageYears\": { \"distribution\": \"normal\", \"mean\": 1e999, \"sd\": 10 } }\n}", ScenarioFormat.Json),
        ("{\n  \"name\": \"t\",\n  \"fields\": { \"ageYears\": { \"distribution\": \"normal\", \"mean\": 40, \"sd\": 10 }, }\n}", ScenarioFormat.Json),
    ];

    public static TheoryData<string> AwkwardCultures => Cultures.Awkward;

    [Theory]
    [MemberData(nameof(AwkwardCultures))]
    public void SampleScenarios_LoadHashAndRunTheSame_WhateverTheCulture(string culture) =>
        Cultures.Differences(culture, SampleOutputs).Should().BeEmpty();

    [Theory]
    [MemberData(nameof(AwkwardCultures))]
    public void EveryWriterMergeSweepAndComparison_IsTheSame_WhateverTheCulture(string culture) =>
        Cultures.Differences(culture, StudyOutputs).Should().BeEmpty();

    [Theory]
    [MemberData(nameof(AwkwardCultures))]
    public void ScenarioErrors_AreTheSame_WhateverTheCulture(string culture) =>
        Cultures.Differences(culture, Errors).Should().BeEmpty();

    private static IEnumerable<(string, string)> SampleOutputs()
    {
        foreach (var file in new[] { "general-population.yaml", "clinic-intake.yaml", "long-term-couples.yaml", "new-parents.yaml" })
        {
            var scenario = ScenarioLoader.Load(ExampleScenarios.PathOf(file));
            yield return ($"{file} hash", ScenarioHash.Compute(scenario).Hex);
            var rows = new StringWriter();
            var settings = new SimulationSettings { Count = 120, Seed = 7, MaxDegreeOfParallelism = 1, ChunkSize = 64, BreakdownField = "relationship.arrangement" };
            var result = new SimulationRunner(SimulationFixture.Engine, scenario).Run(settings, profileRows: rows);
            yield return ($"{file} rows", rows.ToString());
            yield return ($"{file} summary", SummaryJson.Write(result));
            yield return ($"{file} csv", CsvReport.Write(result));
        }
    }

    private static IEnumerable<(string, string)> StudyOutputs()
    {
        var scenario = ScenarioLoader.Parse(Json, ScenarioFormat.Json, "culture.json");
        yield return ("hash", ScenarioHash.Compute(scenario).Hex);

        // Over a thousand profiles, so counts have a thousands separator to lose; a breakdown with whole-number groups.
        var settings = new SimulationSettings { Count = 1100, Seed = 3, MaxDegreeOfParallelism = 2, ChunkSize = 256, BreakdownField = "partnerA.ageYears" };
        var runner = new SimulationRunner(SimulationFixture.Engine, scenario);
        var rows = new StringWriter();
        var whole = runner.Run(settings, profileRows: rows);
        yield return ("rows head", CsvReport.ProfileRowsHead(runner.StampFor(settings), settings.BreakdownField));
        yield return ("rows", rows.ToString());
        yield return ("summary", SummaryJson.Write(whole));
        yield return ("csv", CsvReport.Write(whole));
        yield return ("html", HtmlReport.Write(whole));
        foreach (var chart in SvgChart.Names)
        {
            yield return ($"svg {chart}", SvgChart.Write(whole, chart));
        }

        yield return ("stamp", string.Join('\n', CsvReport.StampLines(whole.Stamp)));
        var shards = Enumerable.Range(0, 3)
            .Select(i => SummaryJson.Write(runner.Run(settings with { Shard = Shard.Parse($"{i}/3") })))
            .ToList();
        var merged = ShardMerger.Merge(shards.Select(SummaryJson.Read));
        yield return ("merged summary", SummaryJson.Write(merged));
        yield return ("merged csv", CsvReport.Write(merged));
        yield return ("merged html", HtmlReport.Write(merged));

        var small = settings with { Count = 80, BreakdownField = null, MaxDegreeOfParallelism = 1 };
        var sweep = SweepRunner.Run(scenario, "Csi4Cutoff", SweepRunner.Range(12.5, 13.5, 0.25), small);
        yield return ("threshold sweep", StudyCsv.Write(sweep));
        var parameter = ScenarioParameter.Parse("fields[ageYears].mean");
        yield return ("parameter", parameter.Canonical(scenario) + " " + parameter.ValueIn(scenario).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        var parameterSweep = SweepRunner.Run(SimulationFixture.Engine, scenario, parameter, SweepRunner.Points(30.5, 50.25, 3), small);
        yield return ("parameter sweep", StudyCsv.Write(parameterSweep));
        var comparison = new ComparisonRunner(SimulationFixture.Engine, SimulationFixture.Engine, scenario).Run(small with { BreakdownField = "partnerA.view.sexFrequencyFeeling" });
        yield return ("comparison", StudyCsv.Write(comparison));
    }

    private static IEnumerable<(string, string)> Errors()
    {
        for (var i = 0; i < Broken.Length; i++)
        {
            var (text, format) = Broken[i];
            yield return ($"scenario {i}", Record.Exception(() => ScenarioLoader.Parse(text, format, format == ScenarioFormat.Json ? "s.json" : "s.yaml"))?.Message ?? "loaded");
        }

        var scenario = ScenarioLoader.Parse(Json, ScenarioFormat.Json, "culture.json");
        foreach (var (path, value) in new[] { ("fields[ageYears].sd", -2.5), ("unknownShare", 1.25), ("fields[view.sexPerYear].r", 0.0), ("fields[wellbeingScores.phq2].n", 2.5), ("adjustments[0].then[view.qualityTimeHoursPerWeek].scale", -0.5) })
        {
            yield return ($"parameter {path}", Record.Exception(() => ScenarioParameter.Parse(path).Apply(scenario, value))?.Message ?? "applied");
        }

        // The BCL's own argument guards (ArgumentOutOfRangeException.ThrowIfLessThan in SweepRunner.Range, for one) format
        // their values in the current culture, for the developer who passed them; they are left to the BCL.
        var settings = new SimulationSettings { Count = 10, Seed = 1 };
        yield return ("threshold", Record.Exception(() => SweepRunner.Run(scenario, "Csi4Cutoff", [13.5, 1e9], settings))?.Message ?? "swept");
        yield return ("breakdown", Record.Exception(() => new SimulationRunner(SimulationFixture.Engine, scenario).Run(settings with { BreakdownField = "partnerA.view.qualityTimeHoursPerWeek" }))?.Message ?? "ran");
        yield return ("shard", Record.Exception(() => Shard.Parse("4/3"))?.Message ?? "parsed");
    }
}
