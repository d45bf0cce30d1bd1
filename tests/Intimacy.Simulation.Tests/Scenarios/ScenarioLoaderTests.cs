using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Scenarios;

public sealed class ScenarioLoaderTests : IDisposable
{
    private const string Yaml = """
        # A comment the hash ignores.
        name: small
        description: two fields and a dependency
        count: 500
        seed: 9
        oneRespondentShare: 0.2
        unknownShare: 0.05
        partnerCorrelation: 0.3
        instruments: { csi4: 0.5 }
        sections: { safety: 0.9 }
        fields:
          ageYears: { distribution: normal, mean: 40, sd: 12, correlation: 0.8 }
          view.feelsRejected: { distribution: bernoulli, p: 0.2, unknown: 0.1 }
          view.trend:
            distribution: categorical
            weights: { improving: 1, stable: 3, worsening: 1 }
          relationshipScores.csi4: { distribution: beta, alpha: 4, beta: 2 }
        adjustments:
          - when: view.feelsRejected == true and ageYears >= 30
            then:
              view.trend: { weights: { worsening: 1 } }
        """;

    private const string Json = """
        {
          // JSON files may carry comments too.
          "name": "small",
          "description": "two fields and a dependency",
          "count": 500,
          "seed": 9,
          "oneRespondentShare": 0.2,
          "unknownShare": 0.05,
          "partnerCorrelation": 0.3,
          "instruments": { "csi4": 0.5 },
          "sections": { "safety": 0.9 },
          "fields": {
            "ageYears": { "distribution": "normal", "mean": 40, "sd": 12, "correlation": 0.8 },
            "view.feelsRejected": { "distribution": "bernoulli", "p": 0.2, "unknown": 0.1 },
            "view.trend": { "distribution": "categorical", "weights": { "improving": 1, "stable": 3, "worsening": 1 } },
            "relationshipScores.csi4": { "distribution": "beta", "alpha": 4, "beta": 2 }
          },
          "adjustments": [
            { "when": "view.feelsRejected == true and ageYears >= 30", "then": { "view.trend": { "weights": { "worsening": 1 } } } }
          ]
        }
        """;

    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Load_Yaml_ReadsEveryPart()
    {
        var scenario = ScenarioLoader.Load(_files.Write("small.yaml", Yaml));

        scenario.Name.Should().Be("small");
        scenario.Description.Should().Be("two fields and a dependency");
        scenario.DefaultCount.Should().Be(500);
        scenario.DefaultSeed.Should().Be(9);
        scenario.OneRespondentShare.Should().Be(0.2);
        scenario.UnknownShare.Should().Be(0.05);
        scenario.PartnerCorrelation.Should().Be(0.3);
        scenario.Instruments.Should().ContainKey(Instrument.Csi4).WhoseValue.Should().Be(0.5);
        scenario.Sections.Should().ContainKey("safety").WhoseValue.Should().Be(0.9);
        scenario.Fields.Select(f => f.Path).Should().Equal("ageYears", "view.feelsRejected", "view.trend", "relationshipScores.csi4");
        scenario.Fields[0].Should().Be(new FieldSpec("ageYears", new NormalDistribution(40, 12)) { Correlation = 0.8 });
        scenario.Fields[1].UnknownShare.Should().Be(0.1);
        scenario.Fields[3].Distribution.Should().Be(new BetaDistribution(4, 2));
        scenario.Adjustments.Should().ContainSingle().Which.When.Should().Be("view.feelsRejected == true and ageYears >= 30");
    }

    [Fact]
    public void Load_JsonAndYamlOfTheSameScenario_HaveTheSameHash()
    {
        var fromYaml = ScenarioLoader.Load(_files.Write("small.yml", Yaml));
        var fromJson = ScenarioLoader.Load(_files.Write("small.json", Json));

        ScenarioHash.Compute(fromJson).Should().Be(ScenarioHash.Compute(fromYaml));
        ScenarioHash.CanonicalForm(fromJson).Should().Be(ScenarioHash.CanonicalForm(fromYaml));
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Load_EveryExample_Succeeds(string name)
    {
        var scenario = ScenarioLoader.Load(ExampleScenarios.PathOf(name));

        scenario.Name.Should().Be(Path.GetFileNameWithoutExtension(name));
        scenario.Description.Should().NotBeNullOrWhiteSpace();
        scenario.Fields.Should().Contain(f => f.Path == "ageYears");
    }

    public static TheoryData<string> ExampleNames => [.. ExampleScenarios.Names];

    [Fact]
    public void Hash_IgnoresWhatDoesNotChangeThePopulation()
    {
        var original = ScenarioLoader.Parse(Yaml, ScenarioFormat.Yaml);
        var reworded = ScenarioLoader.Parse(
            Yaml.Replace("name: small", "name: renamed", StringComparison.Ordinal)
                .Replace("two fields and a dependency", "other words", StringComparison.Ordinal)
                .Replace("count: 500", "count: 7", StringComparison.Ordinal)
                .Replace("seed: 9", "seed: 10", StringComparison.Ordinal)
                .Replace("view.feelsRejected == true and ageYears >= 30", "view.feelsRejected==true   and ageYears>=30", StringComparison.Ordinal)
                .Replace("{ improving: 1, stable: 3, worsening: 1 }", "{ worsening: 1, stable: 3, improving: 1.0 }", StringComparison.Ordinal)
                .Replace("# A comment the hash ignores.", "# Another comment.", StringComparison.Ordinal),
            ScenarioFormat.Yaml);

        ScenarioHash.Compute(reworded).Should().Be(ScenarioHash.Compute(original));
    }

    [Theory]
    [InlineData("1", "1.0")]
    [InlineData("25", "2.5e1")]
    [InlineData("0.5", "5E-1")]
    public void Hash_IgnoresHowANumberAnswerIsSpelled(string plain, string spelled)
    {
        // Found by scenario fuzzing: a constant value, a set answer and a categorical value of a number field were
        // hashed as written, so two files describing one population got different hashes (and their shards would
        // not merge).
        static Scenario Read(string number) => ScenarioLoader.Parse(
            $"name: t\nfields:\n  ageYears: {{ distribution: normal, mean: 40, sd: 10 }}\n"
            + $"  view.qualityTimeHoursPerWeek: {{ distribution: constant, value: {number} }}\n"
            + $"  relationship.lengthYears: {{ distribution: categorical, weights: {{ '{number}': 1, '3': 2 }} }}\n"
            + $"adjustments:\n  - when: ageYears > 50\n    then:\n      view.qualityTimeHoursPerWeek: {{ set: {number} }}\n",
            ScenarioFormat.Yaml);

        ScenarioHash.Compute(Read(spelled)).Should().Be(ScenarioHash.Compute(Read(plain)));
        ScenarioHash.Compute(Read(plain == "1" ? "2" : "1")).Should().NotBe(ScenarioHash.Compute(Read(plain)));
    }

    [Theory]
    [InlineData("mean: 40", "mean: 41")]
    [InlineData("unknownShare: 0.05", "unknownShare: 0.06")]
    [InlineData("ageYears >= 30", "ageYears >= 31")]
    [InlineData("csi4: 0.5 }", "csi4: 0.4 }")]
    public void Hash_ChangesWithAnythingThatChangesThePopulation(string from, string to)
    {
        var original = ScenarioLoader.Parse(Yaml, ScenarioFormat.Yaml);
        var changed = ScenarioLoader.Parse(Yaml.Replace(from, to, StringComparison.Ordinal), ScenarioFormat.Yaml);

        ScenarioHash.Compute(changed).Should().NotBe(ScenarioHash.Compute(original));
    }

    [Fact]
    public void Hash_IsSha256HexOfTheCanonicalForm()
    {
        var scenario = ScenarioLoader.Parse(Yaml, ScenarioFormat.Yaml);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ScenarioHash.CanonicalForm(scenario))));

        var hash = ScenarioHash.Compute(scenario);

        hash.Hex.Should().Be(expected).And.HaveLength(64);
        hash.ToString().Should().Be("sha256:" + expected);
        ScenarioHash.CanonicalForm(scenario).Should().NotContain("small").And.Contain("\"when\":\"((view.feelsRejected == true) and (ageYears >= 30))\"");
    }
}
