using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Scenarios;

/// <summary>
/// The example scenarios, cut short or damaged at random places the way hand-edited files go wrong:
/// loading either succeeds with a usable scenario or throws a <see cref="ScenarioException"/> whose
/// message is one line naming the file. No other exception type may escape.
/// </summary>
/// <remarks>
/// A failure prints FsCheck's seed; set <c>INTIMACY_SCENARIO_REPLAY=seed,gamma</c> to replay it and
/// <c>INTIMACY_SCENARIO_PROPERTY_TESTS=5000</c> for a longer search.
/// </remarks>
public class ScenarioTextPropertyTests
{
    private const string Json = """
        {
          // comments are allowed
          "name": "j",
          "unknownShare": 0.05,
          "instruments": { "phq2": 0.5 },
          "fields": {
            "ageYears": { "distribution": "normal", "mean": 42, "sd": 12 },
            "view.sexPerYear": { "distribution": "poisson", "lambda": 30 },
            "view.trend": { "distribution": "categorical", "weights": { "stable": 2, "worsening": 1 } },
            "wellbeingScores.phq2": { "distribution": "binomial", "n": 6, "p": 0.2 }
          },
          "adjustments": [ { "when": "view.sexPerYear < 10", "then": { "view.trend": { "set": "worsening" } } } ]
        }
        """;

    private static readonly string[] Yaml = [.. ExampleScenarios.Names.Select(name => File.ReadAllText(ExampleScenarios.PathOf(name)))];

    // Characters that change YAML or JSON structure, plus a tab, a stray quote and a non-ASCII letter.
    private static readonly char[] Noise = [':', '-', '[', ']', '{', '}', ',', '"', '\'', '\t', '#', '&', '*', '!', '|', '>', '%', '@', '`', '?', ' ', '\n', '0', '.', 'é', '\u0000'];

    [Fact]
    public void DamagedYamlScenarios_LoadOrThrowOnlyScenarioException() =>
        Check.One(Configuration(250), Prop.ForAll(Damaged(Gen.Elements(Yaml)).ToArbitrary(), text => LoadsOrFailsCleanly(text, ScenarioFormat.Yaml, "damaged.yaml")));

    [Fact]
    public void DamagedJsonScenarios_LoadOrThrowOnlyScenarioException() =>
        Check.One(Configuration(400), Prop.ForAll(Damaged(Gen.Constant(Json)).ToArbitrary(), text => LoadsOrFailsCleanly(text, ScenarioFormat.Json, "damaged.json")));

    [Theory]
    [InlineData("name: [unclosed\n", "s.yaml(2,1): the file is not valid YAML: while parsing a flow sequence, did not find expected ',' or ']'.")]
    [InlineData("name: t\nfields:\n\tageYears: { distribution: normal, mean: 40, sd: 10 }\n", "s.yaml(3,1): the file is not valid YAML: while scanning a mapping, found invalid tab as indentation.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n  view.sexPerYear: { distribution: poisson, lambda: 3 }\nadjustments:\n  - when: view.sexPerYear < 3\n    then:\n    \tview.sexPerYear: { shift: 1 }\n", "s.yaml(8,5): the file is not valid YAML: while scanning a mapping, found invalid tab as indentation.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n  view.desireLevel: { distribution: categorical, weights: [1, 2\n  view.sexPerYear: { distribution: poisson, lambda: 3 }\n", "s.yaml(4,60): the file is not valid YAML: it cannot be read past this point; look for a bracket or brace left open, or a document marker (--- or ...) out of place.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n  view.desireLevel: { distribution: categorical, weights: { 1: 0.5, 2: 0.5 }\n", "s.yaml(5,1): the file is not valid YAML: while parsing a flow mapping, did not find expected ',' or '}'.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n  view.sexPerYear: { distribution: poisson, lambda: 1e400 }\n", "s.yaml(4,53): fields[view.sexPerYear].lambda: is too large: it is beyond the largest number a scenario can hold.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: binomial, n: 2.5, p: 0.5 }\n", "s.yaml(3,42): fields[ageYears].n: must be a whole number, not a fraction.")]
    [InlineData("name: t\ncount: 1e30\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n", "s.yaml(2,8): count: is too large for a whole number here.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: normal, mean: NaN, sd: 10 }\n", "s.yaml(3,43): fields[ageYears].mean: must be a finite number, not NaN.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: normal, mean: .nan, sd: 10 }\n", "s.yaml(3,43): fields[ageYears].mean: must be a finite number, not .nan.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: normal, mean: .NaN, sd: 10 }\n", "s.yaml(3,43): fields[ageYears].mean: must be a finite number, not .NaN.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: .inf }\n", "s.yaml(3,51): fields[ageYears].sd: must be a finite number, not .inf.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: +.Inf }\n", "s.yaml(3,51): fields[ageYears].sd: must be a finite number, not +.Inf.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: uniform, lower: -.INF, upper: 60 }\n", "s.yaml(3,45): fields[ageYears].lower: must be a finite number, not -.INF.")]
    [InlineData("name: t\nunknownShare: .nan\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n", "s.yaml(2,15): unknownShare: must be a finite number, not .nan.")]
    [InlineData("name: t\ncount: .inf\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n", "s.yaml(2,8): count: must be a whole number, not .inf.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: normal, mean: \".nan\", sd: 10 }\n", "s.yaml(3,43): fields[ageYears].mean: must be a number, not text in quotes.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: Infinity }\n", "s.yaml(3,51): fields[ageYears].sd: must be a finite number, not Infinity.")]
    [InlineData("name: t\nfields:\n  ageYears: { distribution: uniform, lower: -Infinity, upper: 60 }\n", "s.yaml(3,45): fields[ageYears].lower: must be a finite number, not -Infinity.")]
    [InlineData("name: t\ncount: NaN\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n", "s.yaml(2,8): count: must be a whole number, not NaN.")]
    [InlineData("name: t\nseed: -Infinity\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n", "s.yaml(2,7): seed: must be a whole number, not -Infinity.")]
    public void HandEditingMistakes_GiveOneSentenceWithThePlace(string yaml, string message)
    {
        var act = () => ScenarioLoader.Parse(yaml, ScenarioFormat.Yaml, "s.yaml");

        act.Should().Throw<ScenarioException>().WithMessage(message);
    }

    [Fact]
    public void AMillionWrittenAs1e6_IsAWholeNumber()
    {
        var scenario = ScenarioLoader.Parse("name: t\ncount: 1e6\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n", ScenarioFormat.Yaml, "s.yaml");

        scenario.DefaultCount.Should().Be(1_000_000);
    }

    [Theory]
    [InlineData("{\"name\": \"t\", \"fields\": {\"ageYears\": {\"distribution\": \"normal\"", "s.json(1,63): the file is not valid JSON: the file ends before every { and [ is closed.")]
    [InlineData("{\"name\": \"t", "s.json(1,12): the file is not valid JSON: the file ends inside a quoted string.")]
    [InlineData("{\"name\": \"t\",}", "s.json(1,14): the file is not valid JSON: a comma comes right before a closing } or ].")]
    [InlineData("{\"name\": \"t\"} x", "s.json(1,15): the file is not valid JSON: there is more text after the scenario's closing brace.")]
    [InlineData("{\"name\": \"t\",\n \"count\": tru,\n \"seed\": 1}", "s.json(2,14): the file is not valid JSON: a bare word is not a JSON value; put text in double quotes and write true, false and null in lower case.")]
    [InlineData("{\"name\": \"a\tb\"}", "s.json(1,12): the file is not valid JSON: a quoted text holds a tab, line break or other control character; write it escaped, such as \\t.")]
    public void TruncatedOrDamagedJson_GivesOneSentenceWithThePlace(string json, string message)
    {
        var act = () => ScenarioLoader.Parse(json, ScenarioFormat.Json, "s.json");

        act.Should().Throw<ScenarioException>().WithMessage(message);
    }

    private static bool LoadsOrFailsCleanly(string text, ScenarioFormat format, string source)
    {
        try
        {
            var scenario = ScenarioLoader.Parse(text, format, source);
            return new ProfileGenerator(scenario, 1).Generate(0) is not null;
        }
        catch (ScenarioException ex)
        {
            var clean = ex.Message.StartsWith(source, StringComparison.Ordinal)
                && !ex.Message.Contains('\n', StringComparison.Ordinal)
                && (ex.Message.EndsWith('.') || ex.Message.EndsWith('?'))
                && !ex.Message.Contains("Exception", StringComparison.Ordinal);
            return clean ? true : throw new InvalidOperationException("Not a clean one-line message: " + ex.Message, ex);
        }
    }

    /// <summary>One of the texts with one to three damages: cut off, a character inserted, replaced or removed, a line repeated or indented with a tab.</summary>
    private static Gen<string> Damaged(Gen<string> texts) =>
        from text in texts
        from damages in Gen.Choose(1, 3)
        from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), damages)
        from kinds in Gen.ArrayOf(Gen.Choose(0, 5), damages)
        from noise in Gen.ArrayOf(Gen.Elements(Noise), damages)
        select Apply(text, seeds, kinds, noise);

    private static string Apply(string text, int[] seeds, int[] kinds, char[] noise)
    {
        for (var i = 0; i < seeds.Length && text.Length > 0; i++)
        {
            var at = seeds[i] % text.Length;
            text = kinds[i] switch
            {
                0 => text[..at],
                1 => text.Insert(at, noise[i].ToString()),
                2 => text.Remove(at, 1).Insert(at, noise[i].ToString()),
                3 => text.Remove(at, Math.Min(1 + (seeds[i] % 7), text.Length - at)),
                4 => RepeatLine(text, at),
                _ => text.Insert(LineStart(text, at), "\t"),
            };
        }

        return text;
    }

    private static int LineStart(string text, int at) => text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;

    private static string RepeatLine(string text, int at)
    {
        var start = LineStart(text, at);
        var end = text.IndexOf('\n', start);
        var line = end < 0 ? text[start..] + "\n" : text[start..(end + 1)];
        return text.Insert(start, line);
    }

    private static Config Configuration(int tests)
    {
        var more = Environment.GetEnvironmentVariable("INTIMACY_SCENARIO_PROPERTY_TESTS");
        var config = Config.QuickThrowOnFailure.WithMaxTest(more is null ? tests : int.Parse(more, CultureInfo.InvariantCulture));
        if (Environment.GetEnvironmentVariable("INTIMACY_SCENARIO_REPLAY") is { } replay)
        {
            var parts = replay.Split(',');
            config = config.WithReplay(new Replay(new Rnd(ulong.Parse(parts[0], CultureInfo.InvariantCulture), ulong.Parse(parts[1], CultureInfo.InvariantCulture)), null));
        }

        return config;
    }
}
