using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Scenarios;

/// <summary>Every way a scenario file can be wrong ends in one ScenarioException naming file, place and key.</summary>
public sealed class ScenarioLoaderErrorTests : IDisposable
{
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Load_MissingFile_SaysItDoesNotExist()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "missing.yaml");

        var act = () => ScenarioLoader.Load(path);

        act.Should().Throw<ScenarioException>().WithMessage(path + ": the scenario file does not exist.")
            .Which.Line.Should().BeNull();
    }

    [Fact]
    public void Load_UnknownExtension_NamesTheAllowedOnes()
    {
        var path = _files.Write("population.txt", ScenarioFiles.Minimal);

        var act = () => ScenarioLoader.Load(path);

        act.Should().Throw<ScenarioException>().WithMessage(path + ": has an extension the loader does not know; name scenario files .yaml, .yml or .json.");
    }

    [Fact]
    public void Load_MalformedYaml_GivesLineAndColumn()
    {
        var path = _files.Write("broken.yaml", "name: t\nfields: [\n  ageYears");

        var act = () => ScenarioLoader.Load(path);

        var error = act.Should().Throw<ScenarioException>().Which;
        error.Message.Should().Be(path + "(4,1): the file is not valid YAML: while parsing a flow sequence, did not find expected ',' or ']'.");
        error.Line.Should().Be(4);
        error.Column.Should().Be(1);
    }

    [Fact]
    public void Load_MalformedJson_GivesLineAndColumn()
    {
        var path = _files.Write("broken.json", "{\n  \"name\": \"t\",\n  \"fields\": { \n}");

        var act = () => ScenarioLoader.Load(path);

        act.Should().Throw<ScenarioException>().WithMessage(path + "(4,2): the file is not valid JSON: *");
    }

    [Fact]
    public void Load_EmptyFile_SaysSo()
    {
        var path = _files.Write("empty.yaml", "# nothing but a comment\n");

        var act = () => ScenarioLoader.Load(path);

        act.Should().Throw<ScenarioException>().WithMessage(path + ": the file is empty; a scenario needs at least a name and fields.");
    }

    [Theory]
    [InlineData("name: t\nname: u\nfields: {}\n", "s.yaml(2,1): name: appears twice in the same mapping; each key may appear once.")]
    [InlineData(ScenarioFiles.Minimal + "  ageYears: { distribution: normal, mean: 40, sd: 10 }\n", "s.yaml(4,3): fields[ageYears]: appears twice in the same mapping; each key may appear once.")]
    public void Parse_DuplicateYamlKey_PointsAtTheSecond(string yaml, string message)
    {
        var act = () => ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "s.yaml");

        act.Should().Throw<ScenarioException>().WithMessage(message);
    }

    // Found by fuzzing: a key or text with an escaped unpaired surrogate passes JSON's grammar, but reading it as a
    // string threw InvalidOperationException out of the loader.
    [Theory]
    [InlineData("{\n  \"name\": \"t\",\n  \"\\ud800\": 1\n}", 3, 3, "")]
    [InlineData("{\n  \"name\": \"t\\udc00\"\n}", 2, 11, "name")]
    public void Parse_JsonEscapedUnpairedSurrogate_IsRefusedAtItsPlace(string json, int line, int column, string keyPath)
    {
        var act = () => ScenarioLoader.Parse(json, ScenarioFormat.Json, "s.json");

        var error = act.Should().Throw<ScenarioException>().Which;
        error.Line.Should().Be(line);
        error.Column.Should().Be(column);
        error.KeyPath.Should().Be(keyPath);
        error.Detail.Should().Contain("unpaired surrogate");
    }

    [Fact]
    public void Parse_DuplicateJsonKey_PointsAtTheSecond()
    {
        const string json = "{\n  \"name\": \"t\",\n  \"fields\": { \"ageYears\": { \"distribution\": \"normal\", \"mean\": 40, \"sd\": 10 } },\n  \"name\": \"u\"\n}";

        var act = () => ScenarioLoader.Parse(json, ScenarioFormat.Json, "s.json");

        act.Should().Throw<ScenarioException>().WithMessage("s.json(4,3): name: appears twice in the same object; each key may appear once.");
    }

    // Found by an audit: a number field's categorical values are numbers, so 3, 3.0, +3, 03 and 3e0 are one value, whose
    // weights were silently added up (and the scenario hash listed the value twice). Like a repeated key, the second is refused.
    [Theory]
    [InlineData("3.0")]
    [InlineData("+3")]
    [InlineData("03")]
    [InlineData("3e0")]
    [InlineData("' 3'")]
    public void Parse_ACategoricalValueListedTwiceInAnotherSpelling_IsRefusedAtTheSecond(string second)
    {
        var yaml = ScenarioFiles.Minimal + "  view.desireLevel:\n    distribution: categorical\n    weights:\n      3: 0.5\n      " + second + ": 0.5\n";

        var act = () => ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "s.yaml");

        var error = act.Should().Throw<ScenarioException>().Which;
        error.Message.Should().Be($"s.yaml(8,{second.Length + 9}): fields[view.desireLevel].weights.{second.Trim('\'')}: is the value 3 of view.desireLevel, which weights.3 already lists; give each value one weight.");
    }

    [Fact]
    public void Parse_ACategoricalValueListedTwice_IsRefusedInJson_OnAFieldOfFractions()
    {
        const string Json = """
            {
              "name": "t",
              "fields": {
                "ageYears": { "distribution": "normal", "mean": 40, "sd": 10 },
                "view.qualityTimeHoursPerWeek": { "distribution": "categorical", "weights": { "0.5": 1, ".50": 2 } }
              }
            }
            """;

        var act = () => ScenarioLoader.Parse(Json, ScenarioFormat.Json, "s.json");

        act.Should().Throw<ScenarioException>()
            .WithMessage("s.json(5,100): fields[view.qualityTimeHoursPerWeek].weights..50: is the value 0.5 of view.qualityTimeHoursPerWeek, which weights.0.5 already lists; give each value one weight.");
    }

    [Fact]
    public void AScenarioBuiltInCode_ListingAnOptionTwice_IsRefused()
    {
        var scenario = ScenarioLoader.Parse(ScenarioFiles.Minimal, ScenarioFormat.Yaml, "s.yaml");
        var twice = scenario with
        {
            Fields = [.. scenario.Fields, new FieldSpec("view.trend", new CategoricalDistribution([new("stable", 1), new("worsening", 1), new("stable", 2)]))],
        };

        var act = () => new Intimacy.Simulation.Generation.ProfileGenerator(twice, seed: 1);

        act.Should().Throw<ScenarioException>().WithMessage("t: fields[view.trend].weights.stable: is listed twice; give each option one weight.");
    }

    [Theory]
    [InlineData(ScenarioFiles.Minimal + "colour: blue\n", "s.yaml(4,1): colour: is not a known key here; expected one of name, description, count, seed, oneRespondentShare, unknownShare, partnerCorrelation, instruments, sections, fields, adjustments.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10, lambda: 3 }\n", "s.yaml(3,55): fields[ageYears].lambda: is not a parameter of the normal distribution; it takes mean, sd (and unknown, correlation).")]
    [InlineData(ScenarioFiles.Minimal + "instruments: { bdi: 0.3 }\n", "s.yaml(4,16): instruments.bdi: is not a known instrument; use one of csi4, csi16, csi32, das, rdas, phq2, phq9, gad2, gad7, fsfi, iief5, ecrr, pair.")]
    [InlineData(ScenarioFiles.Minimal + "sections: { wellbeingScores: 0.5 }\n", "s.yaml(4,30): sections.wellbeingScores: is not a partner section that can be left unanswered; use one of view, life, health, personal, trauma, trust, commitment, safety, history. Questionnaire sections follow the instruments shares.")]
    public void Parse_UnknownKey_IsRefused(string yaml, string message)
    {
        var act = () => ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "s.yaml");

        act.Should().Throw<ScenarioException>().WithMessage(message);
    }

    private const string GammaShapeLimit = "must be at most 100000: a gamma distribution that narrow is a normal one (mean shape / rate, sd √shape / rate) for every purpose here, and tabulating it would take long; use a normal distribution.";

    [Theory]
    [InlineData("name: t\nfields:\n  ageYears:\n    distribution: normal\n    mean: 40\n    sd: -2\n", "s.yaml(6,9): fields[ageYears].sd: must be zero or more.")]
    [InlineData(ScenarioFiles.Minimal + "  view.feelsRejected: { distribution: bernoulli, p: 1.5 }\n", "s.yaml(4,53): fields[view.feelsRejected].p: must be a probability from 0 to 1.")]
    [InlineData(ScenarioFiles.Minimal + "unknownShare: 2\n", "s.yaml(4,15): unknownShare: must be a share from 0 to 1.")]
    [InlineData(ScenarioFiles.Minimal + "  view.sexPerYear: { distribution: poisson, lambda: 0 }\n", "s.yaml(4,53): fields[view.sexPerYear].lambda: must be greater than 0.")]
    [InlineData(ScenarioFiles.Minimal + "  view.trend: { distribution: categorical, weights: { stable: 0, worsening: 0 } }\n", "s.yaml(4,53): fields[view.trend].weights: must have weights that sum to more than 0.")]
    [InlineData(ScenarioFiles.Minimal + "  view.trend: { distribution: categorical, weights: { sideways: 1 } }\n", "s.yaml(4,65): fields[view.trend].weights.sideways: is not an option of view.trend; its options are improving, stable, worsening.")]
    [InlineData(ScenarioFiles.Minimal + "  view.desireLevel: { distribution: uniform, lower: 7, upper: 9 }\n", "s.yaml(4,53): fields[view.desireLevel].lower: puts every value outside the range of view.desireLevel (1 to 5).")]
    [InlineData(ScenarioFiles.Minimal + "  view.desireLevel: { distribution: beta, alpha: 2, beta: 2, lower: 10, upper: 20 }\n", "s.yaml(4,69): fields[view.desireLevel].lower: puts every value outside the range of view.desireLevel (1 to 5).")]
    [InlineData(ScenarioFiles.Minimal + "  view.desireLevel: { distribution: beta, alpha: 2, beta: 2, upper: -3 }\n", "s.yaml(4,69): fields[view.desireLevel].upper: must leave upper greater than lower.")]
    [InlineData(ScenarioFiles.Minimal + "  view.sexPerYear: { distribution: negativeBinomial, r: 2, p: 0 }\n", "s.yaml(4,63): fields[view.sexPerYear].p: must be greater than 0 and at most 1.")]
    // Found by RandomScenarioProperties (MathNet's inverse gamma CDF throws at such parameters) and by fuzzing (tabulating
    // a shape of 1e8 took seconds, growing with its square root): a shape above 100000 is refused before any table is made.
    [InlineData(ScenarioFiles.Minimal + "  view.qualityTimeHoursPerWeek: { distribution: gamma, shape: 1e9, rate: 0.5 }\n", "s.yaml(4,63): fields[view.qualityTimeHoursPerWeek].shape: " + GammaShapeLimit)]
    [InlineData(ScenarioFiles.Minimal + "  view.qualityTimeHoursPerWeek: { distribution: gamma, shape: 2e5, rate: 0.5 }\n", "s.yaml(4,63): fields[view.qualityTimeHoursPerWeek].shape: " + GammaShapeLimit)]
    public void Parse_OutOfRangeParameter_NamesTheParameter(string yaml, string message)
    {
        var act = () => ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "s.yaml");

        act.Should().Throw<ScenarioException>().WithMessage(message);
    }

    [Theory]
    [InlineData("view.sexPerYr", "s.yaml(4,3): fields[view.sexPerYr]: is not a field of the profile; did you mean view.sexPerYear?")]
    [InlineData("view.nothing", "s.yaml(4,3): fields[view.nothing]: is not a field of the profile; use a path relative to a partner (view.sexPerYear) or relationship.… (relationship.lengthYears).")]
    public void Parse_UnknownFieldPath_IsRefused(string path, string message)
    {
        var yaml = ScenarioFiles.Minimal + "  " + path + ": { distribution: poisson, lambda: 50 }\n";

        var act = () => ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "s.yaml");

        act.Should().Throw<ScenarioException>().WithMessage(message);
    }

    [Theory]
    [InlineData(ScenarioFiles.Minimal + "unknownShare: lots\n", "s.yaml(4,15): unknownShare: must be a number, not text.")]
    [InlineData(ScenarioFiles.Minimal + "unknownShare: \"0.1\"\n", "s.yaml(4,15): unknownShare: must be a number, not text in quotes.")]
    [InlineData(ScenarioFiles.Minimal + "fields: 3\n", "s.yaml(4,1): fields: appears twice in the same mapping; each key may appear once.")]
    [InlineData("name: t\nfields: [1, 2]\n", "s.yaml(2,9): fields: must be a mapping from field path to distribution, not a list.")]
    [InlineData(ScenarioFiles.Minimal + "  view.feelsRejected: { distribution: normal, mean: 0, sd: 1 }\n", "s.yaml(4,39): fields[view.feelsRejected].distribution: view.feelsRejected is true or false; use bernoulli (or constant), not normal.")]
    [InlineData(ScenarioFiles.Minimal + "  view.feelsRejected: { distribution: zipf, p: 0.5 }\n", "s.yaml(4,39): fields[view.feelsRejected].distribution: 'zipf' is not a known distribution; use one of normal, lognormal, beta, gamma, exponential, uniform, triangular, poisson, negativeBinomial, binomial, bernoulli, categorical, constant.")]
    public void Parse_WrongType_IsRefused(string yaml, string message)
    {
        var act = () => ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "s.yaml");

        act.Should().Throw<ScenarioException>().WithMessage(message);
    }

    [Fact]
    public void Parse_JsonNumberAsText_IsRefused()
    {
        const string json = "{ \"name\": \"t\", \"fields\": { \"ageYears\": { \"distribution\": \"normal\", \"mean\": \"40\", \"sd\": 10 } } }";

        var act = () => ScenarioLoader.Parse(json, ScenarioFormat.Json, "s.json");

        act.Should().Throw<ScenarioException>().WithMessage("s.json(1,76): fields[ageYears].mean: must be a number, not text in quotes.");
    }

    [Theory]
    [InlineData("name: t\nfields:\n  view.feelsRejected: { distribution: bernoulli, p: 0.5 }\n", "s.yaml(3,3): fields: must give a distribution for ageYears: every partner has an age.")]
    [InlineData("fields: {}\n", "s.yaml(1,1): name: is required: give the scenario a short name.")]
    [InlineData(ScenarioFiles.Minimal + "instruments: { csi4: 0.3 }\n", "s.yaml(4,22): instruments.csi4: gives couples the Couples Satisfaction Index (4 items) but fields has no distribution for its scores (relationshipScores.csi4).")]
    [InlineData(ScenarioFiles.Minimal + "  trust.by: { distribution: categorical, weights: { self: 1 } }\n", "s.yaml(4,3): fields[trust.by]: is only asked when trust.breachOccurred is true, so trust.breachOccurred needs a distribution too.")]
    [InlineData(ScenarioFiles.Minimal + "  relationship.lengthYears: { distribution: gamma, shape: 2, rate: 0.2, correlation: 0.5 }\n", "s.yaml(4,86): fields[relationship.lengthYears].correlation: does not apply: relationship fields are drawn once for the couple.")]
    public void Parse_MissingOrInconsistentParts_AreRefused(string yaml, string message)
    {
        var act = () => ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "s.yaml");

        act.Should().Throw<ScenarioException>().WithMessage(message);
    }

    [Theory]
    [InlineData("life.newParent = true", "s.yaml(8,11): adjustments[0].when: the condition has an unexpected '=' at character 16.")]
    [InlineData("life.newParent == true and", "s.yaml(8,11): adjustments[0].when: the condition ends too early: a value is missing at the end.")]
    [InlineData("(life.newParent", "s.yaml(8,11): adjustments[0].when: the condition is missing ')' at character 16.")]
    [InlineData("view.trend == sideways", "s.yaml(8,11): adjustments[0].when: the condition compares view.trend with 'sideways', which is not one of its options (improving, stable, worsening).")]
    [InlineData("view.nothing > 3", "s.yaml(8,11): adjustments[0].when: the condition names 'view.nothing' at character 1, which is not a field of the profile.")]
    [InlineData("sideways", "s.yaml(8,11): adjustments[0].when: the condition names 'sideways' at character 1, which is not a field path (relationship.…, partner.… or a section path such as view.desireLevel) nor an option of the field it is compared with.")]
    [InlineData("life.caresForRelative", "s.yaml(8,11): adjustments[0].when: refers to life.caresForRelative, which has no distribution in fields, so it would always be unknown.")]
    public void Parse_BadCondition_IsRefusedWithTheCharacter(string when, string message)
    {
        // The condition sits on line 8, its value from column 11.
        var yaml = ScenarioFiles.Minimal
            + "  view.trend: { distribution: categorical, weights: { stable: 1 } }\n"
            + "  life.caresForChildren: { distribution: bernoulli, p: 0.5 }\n"
            + "  life.newParent: { distribution: bernoulli, p: 0.2 }\n"
            + "adjustments:\n  - when: " + when + "\n    then:\n      view.trend: { set: worsening }\n";

        var act = () => ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "s.yaml");

        act.Should().Throw<ScenarioException>().WithMessage(message);
    }

    [Fact]
    public void Parse_CircularAdjustments_AreRefused()
    {
        const string yaml = ScenarioFiles.Minimal
            + "  life.exhausted: { distribution: bernoulli, p: 0.2 }\n  view.feelsRejected: { distribution: bernoulli, p: 0.2 }\n"
            + "adjustments:\n  - when: life.exhausted\n    then:\n      view.feelsRejected: { shift: 0.1 }\n"
            + "  - when: view.feelsRejected\n    then:\n      life.exhausted: { shift: 0.1 }\n";

        var act = () => ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "s.yaml");

        act.Should().Throw<ScenarioException>().WithMessage("s.yaml(7,5): adjustments[0]: makes fields depend on each other in a circle (view.feelsRejected, life.exhausted); remove one of the dependencies.");
    }

    [Theory]
    [InlineData("life.exhausted: { shift: 0.1, set: true }", "s.yaml(9,42): adjustments[0].then[life.exhausted].set: cannot be combined with shift, scale or weights.")]
    [InlineData("view.trend: { scale: 2 }", "s.yaml(9,28): adjustments[0].then[view.trend].scale: cannot scale view.trend: it is one of a set of options; use weights or set.")]
    [InlineData("view.trend: { shift: 1 }", "s.yaml(9,28): adjustments[0].then[view.trend].shift: cannot move view.trend: its options have no order; use weights or set.")]
    [InlineData("life.exhausted: { set: often }", "s.yaml(9,30): adjustments[0].then[life.exhausted].set: 'often' is not a value of life.exhausted, which takes true or false.")]
    [InlineData("life.stressLevel: { shift: 1 }", "s.yaml(9,7): adjustments[0].then[life.stressLevel]: has no distribution in fields; only generated fields can be adjusted.")]
    public void Parse_BadChange_IsRefused(string change, string message)
    {
        // The change sits on line 9.
        var yaml = ScenarioFiles.Minimal
            + "  life.exhausted: { distribution: bernoulli, p: 0.2 }\n  view.trend: { distribution: categorical, weights: { stable: 1 } }\n"
            + "adjustments:\n  - when: ageYears > 50\n    then:\n      " + change + "\n";

        var act = () => ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "s.yaml");

        act.Should().Throw<ScenarioException>().WithMessage(message);
    }

    [Fact]
    public void Parse_YamlAlias_IsRefused()
    {
        const string yaml = "name: &n t\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\ndescription: *n\n";

        var act = () => ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "s.yaml");

        act.Should().Throw<ScenarioException>().WithMessage("s.yaml(4,14): description: YAML aliases (*name) are not supported in scenarios; write the value out.");
    }

    [Fact]
    public void Errors_NeverCarryAStackTraceInTheMessage()
    {
        var act = () => ScenarioLoader.Parse("name: [", ScenarioFormat.Yaml, "s.yaml");

        var message = act.Should().Throw<ScenarioException>().Which.Message;
        message.Should().StartWith("s.yaml(").And.NotContain(" at ").And.NotContain("Exception");
    }
}
