using FsCheck;
using FsCheck.Fluent;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Scenarios;

/// <summary>Whatever text arrives, the loader either returns a usable scenario or throws a ScenarioException.</summary>
public class ScenarioLoaderPropertyTests
{
    private static readonly string[] YamlFragments =
    [
        "name: t\n", "fields:\n", "  ageYears: { distribution: normal, mean: 40, sd: 10 }\n", "  view.sexPerYear: { distribution: poisson, lambda: 30 }\n",
        "  view.trend: { distribution: categorical, weights: { stable: 1 } }\n", "adjustments:\n", "  - when: view.sexPerYear < 10\n", "    then:\n",
        "      view.trend: { set: worsening }\n", "unknownShare: 0.1\n", "unknownShare: x\n", "- \n", ": \n", "{", "}", "[", "]", "*a", "&a ", "!!str ",
        "\t", "  ", "\"", "'", "#", "p: -1\n", "sd: 1e400\n", "instruments: { csi4: 1 }\n", "  relationshipScores.csi4: { distribution: beta, alpha: 2, beta: 2 }\n",
        "---\n", "...\n", "name: [\n", "  life.newParent: { distribution: bernoulli, p: 2 }\n", "null", "~", "true",
    ];

    private static readonly string[] JsonFragments =
    [
        "{", "}", "[", "]", ",", ":", "\"name\"", "\"t\"", "\"fields\"", "\"ageYears\"", "{\"distribution\":\"normal\",\"mean\":40,\"sd\":10}", "1", "-1",
        "1e999", "null", "true", "\"view.trend\"", "// c\n", "/*", "\"\\u0000\"", " ",
    ];

    [Fact]
    public void AnyYaml_LoadsOrThrowsScenarioException()
        => Check(Gen.ListOf(Gen.Elements(YamlFragments)).Select(parts => string.Concat(parts)), ScenarioFormat.Yaml);

    [Fact]
    public void AnyJson_LoadsOrThrowsScenarioException()
        => Check(Gen.ListOf(Gen.Elements(JsonFragments)).Select(parts => string.Concat(parts)), ScenarioFormat.Json);

    [Fact]
    public void MisplacedDocumentMarker_IsAScenarioError()
    {
        // YamlDotNet throws InvalidOperationException here rather than its own YamlException.
        var act = () => ScenarioLoader.Parse("...\n~", ScenarioFormat.Yaml, "markers.yaml");

        act.Should().Throw<ScenarioException>().WithMessage("markers.yaml*: the file is not valid YAML: it cannot be read past this point; look for a bracket or brace left open, or a document marker (--- or ...) out of place.");
    }

    [Fact]
    public void DeeplyNestedYaml_IsRefusedWithoutExhaustingTheStack()
    {
        var yaml = "name: t\nfields: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        var act = () => ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "deep.yaml");

        act.Should().Throw<ScenarioException>().WithMessage("deep.yaml(*): fields*: nests deeper than 64 levels; a scenario never needs that many.");
    }

    private static void Check(Gen<string> texts, ScenarioFormat format)
        => Prop.ForAll(texts.ToArbitrary(), text =>
        {
            try
            {
                var scenario = ScenarioLoader.Parse(text, format, "fuzz");
                return new ProfileGenerator(scenario, 1).Generate(0) is not null;
            }
            catch (ScenarioException ex)
            {
                return ex.Message.StartsWith("fuzz", StringComparison.Ordinal) && !ex.Message.Contains(Environment.NewLine + "   at ", StringComparison.Ordinal);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
}
