using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;

namespace Intimacy.Cli.Tests;

public class BadInputTests
{
    [Fact]
    public void MissingProfile_ExitsWithTwoAndNamesThePath()
    {
        var (code, _, error) = CliRun.Invoke("recommend", "/no/such/profile.json");

        code.Should().Be(2);
        error.Should().Contain("'/no/such/profile.json'").And.Contain("does not exist").And.NotContain("   at ");
    }

    [Fact]
    public void MalformedJson_ExitsWithOne()
    {
        using var files = new CliRun();
        var (code, _, error) = CliRun.Invoke("recommend", files.Write("bad.json", "{ \"partnerA\": "));

        code.Should().Be(1);
        error.Should().Contain("bad.json").And.Contain("not valid");
    }

    [Fact]
    public void DuplicateKeys_ExitWithOne()
    {
        using var files = new CliRun();
        var (code, _, error) = CliRun.Invoke("validate", files.Write("dup.json", "{ \"partnerA\": { \"ageYears\": 30 }, \"partnerA\": { \"ageYears\": 31 } }"));

        code.Should().Be(1);
        error.Should().Contain("dup.json").And.Contain("partnerA");
    }

    [Fact]
    public void OutOfRangeValue_ExitsWithOneAndNeverEchoesTheValue()
    {
        using var files = new CliRun();
        var (code, _, error) = CliRun.Invoke("recommend", files.Write("range.json", "{ \"schemaVersion\": 1, \"partnerA\": { \"ageYears\": 98765 } }"), "--audience", "partner-a");

        code.Should().Be(1);
        error.Should().Contain("ageYears").And.NotContain("98765");
    }

    [Fact]
    public void Validate_StructuralAndRangeProblems_AreAllPrintedWithExitCodeOne_AndNoValue()
    {
        using var files = new CliRun();
        var (code, _, error) = CliRun.Invoke("validate", files.Write(
            "several.json",
            "{ \"schemaVersion\": 1, \"bogus\": 1, \"partnerA\": { \"ageYears\": 12, \"view\": { \"desireLevel\": 9, \"affection\": \"Zqx-Private-77\" }, \"safety\": { \"visibility\": \"Private\" } } }"));

        code.Should().Be(1);
        error.Should().Contain("several.json")
            .And.Contain("$.bogus").And.Contain("$.partnerA.ageYears").And.Contain("$.partnerA.view.desireLevel")
            .And.Contain("$.partnerA.view.affection").And.Contain("$.partnerA.safety.visibility")
            .And.Contain("private").And.NotContain("Zqx-Private-77");
    }

    [Fact]
    public void UnknownField_ExitsWithOneAndNamesIt()
    {
        using var files = new CliRun();
        var (code, _, error) = CliRun.Invoke("validate", files.Write("unknown.json", "{ \"schemaVersion\": 1, \"partnerA\": { \"ageYears\": 30, \"favouriteColour\": \"x\" } }"));

        code.Should().Be(1);
        error.Should().Contain("favouriteColour");
    }

    [Fact]
    public void NegativeThreads_IsAUsageError()
    {
        using var files = new CliRun();
        var (code, _, error) = CliRun.Invoke("simulate", CliRun.Scenario("general-population.yaml"), "--count", "10", "--threads", "-3", "--out", Path.Combine(files.Folder, "out"));

        code.Should().Be(2);
        error.Should().Contain("--threads").And.NotContain("   at ");
        Directory.Exists(Path.Combine(files.Folder, "out")).Should().BeFalse("nothing runs after a usage error");
    }

    [Fact]
    public void MalformedYamlScenario_ExitsWithOne()
    {
        using var files = new CliRun();
        var (code, _, error) = CliRun.Invoke("simulate", files.Write("bad.yaml", "name: [unclosed\nfields: {"), "--count", "10");

        code.Should().Be(1);
        error.Should().StartWith("error: The scenario is not valid").And.Contain("bad.yaml");
    }

    [Fact]
    public void UnknownScenarioKey_ExitsWithOne()
    {
        using var files = new CliRun();
        var (code, _, error) = CliRun.Invoke("simulate", files.Write("extra.yaml", "name: t\nsurprise: 1\nfields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n"), "--count", "10");

        code.Should().Be(1);
        error.Should().Contain("surprise");
    }

    [Theory]
    [InlineData("recommend", "x.json", "--format", "pdf")]
    [InlineData("simulate", "x.yaml", "--count", "many")]
    [InlineData("frobnicate")]
    [InlineData("rules", "--nonsense")]
    public void BadFlags_ExitWithTwo(params string[] args)
    {
        var (code, _, error) = CliRun.Invoke(args);

        code.Should().Be(2);
        error.Should().Contain("intimacy --help");
    }

    [Theory]
    [InlineData("The option --count got 'many': it must be a whole number.", "simulate", "x.yaml", "--count", "many")]
    [InlineData("The option --count got '99999999999999999999': it must be a whole number no larger than 9223372036854775807.", "simulate", "x.yaml", "--count", "99999999999999999999")]
    [InlineData("The option --seed got '1.5': it must be a whole number.", "compare", "x.yaml", "--seed", "1.5")]
    [InlineData("The option --seed got '1e3': it must be a whole number written with digits only, without an exponent or a decimal point.", "simulate", "x.yaml", "--seed", "1e3")]
    [InlineData("The option --threads got '2.0': it must be a whole number written with digits only, without an exponent or a decimal point.", "simulate", "x.yaml", "--threads", "2.0")]
    [InlineData("The option --from got 'one': it must be a number written with a decimal point and no thousands separator, such as 0.5 or 1000.", "sweep", "x.yaml", "--threshold", "Csi4Cutoff", "--from", "one", "--to", "2", "--step", "1")]
    [InlineData("The option --steps got '3.5': it must be a whole number.", "sweep", "x.yaml", "--threshold", "Csi4Cutoff", "--from", "1", "--to", "2", "--steps", "3.5")]
    [InlineData("The option --format got 'pdf': it must be one of cds-hooks, json, markdown, text.", "recommend", "x.json", "--format", "pdf")]
    [InlineData("The option --format got 'pd\\nf': it must be one of cds-hooks, json, markdown, text.", "recommend", "x.json", "--format", "pd\nf")]
    [InlineData("The option --audience got 'partner-c': it must be one of clinician, couple, partner-a, partner-b.", "recommend", "x.json", "--audience", "partner-c")]
    [InlineData("Unrecognized command or argument 'a\\nb'.", "rules", "a\nb")]
    [InlineData("Unrecognized command or argument '--cout' (did you mean --count?).", "simulate", "x.yaml", "--cout", "100")]
    [InlineData("Unrecognized command or argument '--nonsense'.", "rules", "--nonsense", "more", "--and-more")]
    [InlineData("Unrecognized command or argument 'simulat' (did you mean simulate?).", "simulat", "x.yaml")]
    public void AParseError_IsOneLineInPlainWords_WithoutDotNetTypeNames(string sentence, params string[] args)
    {
        var (code, _, error) = CliRun.Invoke(args);

        code.Should().Be(2);
        error.Should().Be("error: " + sentence + " Run 'intimacy --help' for usage." + Environment.NewLine);
    }

    [Theory]
    [InlineData("--from", "0,5", "--to", "20", "--steps", "2")]
    [InlineData("--from", "1", "--to", "2,5", "--steps", "2")]
    [InlineData("--from", "1", "--to", "2", "--step", "0,5")]
    [InlineData("--from", "1,000", "--to", "2000", "--steps", "2")]
    public void ASweepNumberWithACommaForItsDecimalsOrThousands_IsRefused_NotReadAsAnotherNumber(params string[] range)
    {
        // "0,5" was read as 5 and "1,000" as 1000: a sweep over other values than the ones meant, without a word.
        using var files = new CliRun();
        var (code, output, error) = CliRun.Invoke(["sweep", CliRun.Scenario("new-parents.yaml"), "--threshold", "Csi4Cutoff", .. range, "--count", "3", "--quiet"]);
        var option = range[Array.FindIndex(range, a => a.Contains(','))- 1];
        var value = range.First(a => a.Contains(','));

        code.Should().Be(2, output);
        error.Should().Be($"error: The option {option} got '{value}': it must be a number written with a decimal point and no thousands separator, such as 0.5 or 1000. Run 'intimacy --help' for usage." + Environment.NewLine);
    }

    [Fact]
    public void BadShard_ExitsWithTwo()
    {
        var (code, _, error) = CliRun.Invoke("simulate", CliRun.Scenario("general-population.yaml"), "--count", "10", "--shard", "3/3");

        code.Should().Be(2);
        error.Should().Contain("--shard");
    }

    [Theory]
    [InlineData("--shard", "1\n/2")]
    [InlineData("--shard", "1\u2028/2")]
    [InlineData("--set", "Csi4Cutoff\r\n=x")]
    public void AnArgumentWithALineBreak_IsEchoedOnTheErrorsOneLine(string option, string value)
    {
        var (code, _, error) = option == "--shard"
            ? CliRun.Invoke("simulate", CliRun.Scenario("general-population.yaml"), "--count", "10", "--shard", value)
            : CliRun.Invoke("simulate", CliRun.Scenario("general-population.yaml"), "--count", "10", "--set", value);

        code.Should().Be(2);
        error.TrimEnd('\r', '\n').Should().NotContainAny(["\r", "\n", "\u2028"], "an error is one line, whatever the argument it repeats")
            .And.StartWith("error: ").And.Contain(option);
    }

    [Theory]
    [InlineData("17", "22", "22")]
    [InlineData("-1", "3", "-1")]
    public void AThresholdSweepReachingOutOfRange_ExitsWithTwoBeforeAnyRun_NamingTheValueAndTheOptions(string from, string to, string value)
    {
        // The values in range used to run (for 11 seconds at this count) before the last one failed and nothing was written.
        using var files = new CliRun();
        var target = Path.Combine(files.Folder, "late.csv");
        var (code, output, error) = CliRun.Invoke("sweep", CliRun.Scenario("clinic-intake.yaml"), "--threshold", "Csi4Cutoff", "--from", from, "--to", to, "--step", "1", "--count", "20000", "--out", target, "--quiet");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"error: The sweep's value {value} is out of range for --threshold Csi4Cutoff, which must be from 0 to 21; keep --from and --to within it.\n".ReplaceLineEndings());
        File.Exists(target).Should().BeFalse();
    }

    [Theory]
    [InlineData("Csi4Cutoff=12")]
    [InlineData("csi4cutoff=12")]
    public void SettingTheSweptThreshold_ExitsWithTwo_InsteadOfBeingIgnored(string setting)
    {
        var (code, output, error) = CliRun.Invoke("sweep", CliRun.Scenario("clinic-intake.yaml"), "--threshold", "Csi4Cutoff", "--from", "12", "--to", "13", "--step", "1", "--count", "10", "--set", setting, "--quiet");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be("error: The option --set cannot set Csi4Cutoff, the threshold this sweep varies; drop it from --set or sweep another threshold.\n".ReplaceLineEndings());
    }

    [Fact]
    public void UnknownThreshold_ExitsWithTwo()
    {
        var (code, _, error) = CliRun.Invoke("sweep", CliRun.Scenario("general-population.yaml"), "--count", "10", "--threshold", "NoSuch", "--from", "1", "--to", "2", "--step", "1", "--quiet");

        code.Should().Be(2);
        error.Should().Contain("NoSuch").And.NotContain("   at ");
    }

    [Theory]
    [InlineData("recommend", "--disable-tag", "Sexual")]
    [InlineData("compare", "--disable-tag-b", "sexaul")]
    [InlineData("compare", "--disable-tag-a", "professionl")]
    [InlineData("sweep", "--disable-tag", "profesional")]
    public void UnknownDisabledTag_ExitsWithTwoInOneSentence_NamingTheOptionAndArm(string command, string option, string tag)
    {
        using var files = new CliRun();
        string[] input = command switch
        {
            "recommend" => [files.ValidProfile()],
            "sweep" => [CliRun.Scenario("general-population.yaml"), "--count", "10", "--threshold", "Csi4Cutoff", "--from", "12", "--to", "13", "--step", "1", "--quiet"],
            _ => [CliRun.Scenario("general-population.yaml"), "--count", "10", "--quiet"],
        };

        var (code, output, error) = CliRun.Invoke([command, .. input, option, tag]);

        code.Should().Be(2);
        output.Should().BeEmpty();
        var arm = option.EndsWith("-a", StringComparison.Ordinal) ? " for arm A" : option.EndsWith("-b", StringComparison.Ordinal) ? " for arm B" : string.Empty;
        error.Should().StartWith($"error: The option {option}{arm} got a tag that no rule carries: '{tag}'").And.Contain("sexual, shared-experiences")
            .And.NotContain("(Parameter").And.NotContain("   at ");
        error.TrimEnd().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void Simulate_UnknownDisabledTag_ExitsWithTwo_NamingTheOption()
    {
        // simulate compiles the engine on another thread while it reads the scenario: the engine's error still reaches the user.
        var (code, output, error) = CliRun.Invoke("simulate", CliRun.Scenario("general-population.yaml"), "--count", "10", "--quiet", "--disable-tag", "sexaul");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("error: The option --disable-tag got a tag that no rule carries: 'sexaul'").And.NotContain("   at ");
        error.TrimEnd().Split('\n').Should().ContainSingle();
    }

    [Theory]
    [InlineData("--disable-tag", "sexaul")]
    [InlineData("--set", "Csi4Cutoff=abc")]
    public void Simulate_MissingScenarioAndBadEngineOption_ReportsTheScenarioFirst(string option, string value)
    {
        // As before the engine was built beside the scenario: the scenario is read first, and its error is the one reported.
        using var files = new CliRun();
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-scenario-{Guid.NewGuid():N}.yaml");

        var (code, _, error) = CliRun.Invoke("simulate", missing, "--count", "10", "--quiet", option, value);

        code.Should().Be(2);
        error.Should().Be($"error: Cannot read '{missing}': the file does not exist.\n".ReplaceLineEndings());
    }

    [Fact]
    public void UnknownDisabledTags_AreWordedAsTheLibraryWordsThem_InTheOptionsWords()
    {
        using var files = new CliRun();
        var library = FluentActions.Invoking(() => new RecommendationEngineBuilder().Configure(o => o.DisabledTags.UnionWith(["sexaul", "Medical"])).Build())
            .Should().Throw<UnknownRuleTagException>().Which;

        var (code, _, error) = CliRun.Invoke("recommend", files.ValidProfile(), "--disable-tag", "sexaul", "--disable-tag", "Medical");

        code.Should().Be(2);
        var sentence = library.Message["DisabledTags has ".Length..^" (Parameter 'options')".Length];
        error.Should().Be($"error: The option --disable-tag got {sentence}\n".ReplaceLineEndings());
        sentence.Should().StartWith("tags that no rule carries: 'Medical' (did you mean 'medical'?), 'sexaul'; ");
    }

    [Theory]
    [InlineData("recommend", "--set", "")]
    [InlineData("simulate", "--set", "")]
    [InlineData("sweep", "--set", "")]
    [InlineData("compare", "--set-a", " for arm A")]
    [InlineData("compare", "--set-b", " for arm B")]
    public void OutOfRangeThreshold_ExitsWithTwoInOneSentence_NamingTheOptionAndArm_WithoutTheValue(string command, string option, string arm)
    {
        using var files = new CliRun();
        string[] input = command switch
        {
            "recommend" => [files.ValidProfile()],
            "sweep" => [CliRun.Scenario("general-population.yaml"), "--count", "10", "--threshold", "Phq9Cutoff", "--from", "12", "--to", "13", "--step", "1", "--quiet"],
            _ => [CliRun.Scenario("general-population.yaml"), "--count", "10", "--quiet"],
        };

        var (code, _, error) = CliRun.Invoke([command, .. input, option, "Csi4Cutoff=-98765"]);

        code.Should().Be(2);
        error.Should().Be($"error: The option {option}{arm} got Csi4Cutoff out of range: it must be from 0 to 21.\n".ReplaceLineEndings());
    }

    [Fact]
    public void UnknownThresholdInSet_ExitsWithTwo_NamingTheOption()
    {
        var (code, _, error) = CliRun.Invoke("compare", CliRun.Scenario("general-population.yaml"), "--count", "10", "--quiet", "--set-b", "Csi5Cutoff=3");

        code.Should().Be(2);
        error.Should().StartWith("error: The option --set-b for arm B got 'Csi5Cutoff', which is not a threshold (did you mean Csi4Cutoff?); the thresholds are ").And.Contain("SexlessFrequencyPerYear");
    }

    [Theory]
    [InlineData("Csi4Cutof", " (did you mean Csi4Cutoff?)")]
    [InlineData("NoSuchThing", "")]
    public void UnknownThresholdToSweep_ExitsWithTwo_InOneSentenceNamingTheOption(string name, string suggestion)
    {
        var (code, output, error) = CliRun.Invoke("sweep", CliRun.Scenario("general-population.yaml"), "--threshold", name, "--from", "12", "--to", "13", "--steps", "2", "--count", "10", "--quiet");

        code.Should().Be(2);
        output.Should().BeEmpty();
        var names = string.Join(", ", Intimacy.Recommendations.Options.RecommendationOptions.Thresholds.Select(t => t.Name));
        error.Should().Be($"error: The option --threshold got '{name}', which is not a threshold{suggestion}; the thresholds are {names}.{Environment.NewLine}");
    }

    [Theory]
    [InlineData("recommend", "--disable-tag", "")]
    [InlineData("compare", "--disable-tag-a", " for arm A")]
    [InlineData("compare", "--disable-tag-b", " for arm B")]
    public void DisablingSafety_ExitsWithTwoInOneSentence_NamingTheOptionAndArm(string command, string option, string arm)
    {
        using var files = new CliRun();
        string[] input = command == "recommend" ? [files.ValidProfile()] : [CliRun.Scenario("general-population.yaml"), "--count", "10", "--quiet"];
        var (code, _, error) = CliRun.Invoke([command, .. input, option, "safety"]);

        code.Should().Be(2);
        error.Should().Be($"error: The option {option}{arm} got 'safety', but safety rules cannot be switched off.\n".ReplaceLineEndings());
    }

    [Fact]
    public void Verbose_AddsTheStackTrace()
    {
        var (code, _, error) = CliRun.Invoke("recommend", "/no/such/profile.json", "--verbose");

        code.Should().Be(2);
        error.Should().Contain("   at ");
    }

    [Fact]
    public void UnknownScenarioParameter_ExitsWithTwoAndNamesIt()
    {
        var (code, _, error) = CliRun.Invoke("sweep", CliRun.Scenario("general-population.yaml"), "--count", "10", "--scenario-parameter", "fields[view.sexPerYear].lambda", "--from", "1", "--to", "2", "--steps", "2", "--quiet");

        code.Should().Be(2);
        error.Should().Be("error: The option --scenario-parameter got 'fields[view.sexPerYear].lambda': fields[view.sexPerYear].lambda: is not a parameter of the negativeBinomial distribution; it takes r, p (and unknown, correlation).\n".ReplaceLineEndings());
    }

    [Fact]
    public void ASweptValueThatMakesTheScenarioInvalid_ExitsWithOne_NamingTheFile()
    {
        var path = CliRun.Scenario("general-population.yaml");
        var (code, _, error) = CliRun.Invoke("sweep", path, "--count", "10", "--scenario-parameter", "unknownShare", "--from", "0.5", "--to", "1.5", "--steps", "3", "--quiet");

        code.Should().Be(1);
        error.Should().Be($"error: The scenario is not valid: {path}: unknownShare: must be a share from 0 to 1 (with unknownShare = 1.5).\n".ReplaceLineEndings());
    }

    [Theory]
    [InlineData("--threshold", "Csi4Cutoff", "--scenario-parameter", "unknownShare", "--step", "1")]
    [InlineData("--threshold", "Csi4Cutoff")]
    [InlineData("--scenario-parameter", "unknownShare", "--step", "0.1", "--steps", "3")]
    public void SweepWithoutExactlyOneParameterAndOneSpacing_ExitsWithTwo(params string[] options)
    {
        var (code, _, error) = CliRun.Invoke(["sweep", CliRun.Scenario("general-population.yaml"), "--count", "10", "--from", "0", "--to", "0.2", .. options, "--quiet"]);

        code.Should().Be(2);
        error.Should().StartWith("error: Give exactly one of");
    }

    [Theory]
    [InlineData("unclosed.yaml", "name: [unclosed\n", "unclosed.yaml(2,1): the file is not valid YAML: while parsing a flow sequence, did not find expected ',' or ']'.")]
    [InlineData("tabs.yaml", "name: t\nfields:\n\tageYears: { distribution: normal, mean: 40, sd: 10 }\n", "tabs.yaml(3,1): the file is not valid YAML: while scanning a mapping, found invalid tab as indentation.")]
    [InlineData("zipf.yaml", "name: t\nfields:\n  ageYears: { distribution: zipf, s: 1 }\n", "zipf.yaml(3,29): fields[ageYears].distribution: 'zipf' is not a known distribution; use one of normal, lognormal, beta, gamma, exponential, uniform, triangular, poisson, negativeBinomial, binomial, bernoulli, categorical, constant.")]
    [InlineData("cut.json", "{\"name\": \"t\", \"fields\": {", "cut.json(1,26): the file is not valid JSON: the file ends before every { and [ is closed.")]
    public void MalformedScenarios_ExitWithOneAndOneSentenceNamingTheFileAndPlace(string name, string text, string message)
    {
        using var files = new CliRun();
        var path = files.Write(name, text);

        var (code, output, error) = CliRun.Invoke("simulate", path, "--count", "10");

        code.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be("error: The scenario is not valid: " + Path.Combine(files.Folder, message) + Environment.NewLine);
    }

    [Theory]
    [InlineData("chart", "profiles", -5, "profiles must be zero or more")]
    [InlineData("merge", "profiles", -5, "profiles must be zero or more")]
    [InlineData("chart", "prevalence", 1_000_000_000_000, "prevalence[0].count must be at most profiles")]
    [InlineData("merge", "prevalence", 1_000_000_000_000, "prevalence[0].count must be at most profiles")]
    [InlineData("merge", "rules", -7, "rules[0].firings must be at least rules[0].profiles, the profiles the rule fired in")]
    public void ADamagedSummary_ExitsWithTwoInOneSentenceNamingThePathAndTheField(string command, string field, long value, string problem)
    {
        using var files = new CliRun();
        var shard = Path.Combine(files.Folder, "shard");
        CliRun.Invoke("simulate", CliRun.Scenario("general-population.yaml"), "--count", "40", "--out", shard, "--quiet").Code.Should().Be(0);
        var path = Path.Combine(shard, "summary.json");
        var summary = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        _ = field switch
        {
            "profiles" => summary["profiles"] = value,
            "prevalence" => summary["prevalence"]![0]!["count"] = value,
            _ => summary["rules"]![0]!["firings"] = value,
        };
        File.WriteAllText(path, summary.ToJsonString());
        var target = Path.Combine(files.Folder, "out");

        var (code, output, error) = CliRun.Invoke(command == "chart" ? ["chart", path] : ["merge", shard, "--out", target]);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().MatchRegex($"^error: Cannot read '{System.Text.RegularExpressions.Regex.Escape(path)}': the summary is damaged: {System.Text.RegularExpressions.Regex.Escape(problem)}\\.\\r?\\n$");
        Path.Exists(target).Should().BeFalse();
    }

    // Found by fuzzing: a null code in the prevalence made merge exit 70 (NullReferenceException), a defect's code.
    [Theory]
    [InlineData("chart")]
    [InlineData("merge")]
    public void ASummaryWithANullWhereTextBelongs_ExitsWithTwo(string command)
    {
        using var files = new CliRun();
        var shard = Path.Combine(files.Folder, "shard");
        CliRun.Invoke("simulate", CliRun.Scenario("general-population.yaml"), "--count", "40", "--out", shard, "--quiet").Code.Should().Be(0);
        var path = Path.Combine(shard, "summary.json");
        var summary = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        summary["prevalence"]![0]!["code"] = null;
        File.WriteAllText(path, summary.ToJsonString());
        var target = Path.Combine(files.Folder, "out");

        var (code, output, error) = CliRun.Invoke(command == "chart" ? ["chart", path] : ["merge", shard, "--out", target]);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"error: Cannot read '{path}': the file is not a well-formed intimacy simulation summary.{Environment.NewLine}");
        Path.Exists(target).Should().BeFalse();
    }

    [Fact]
    public void ChartOfAFileThatIsNotASummary_SaysSoInOneSentenceWithoutACapitalMidway()
    {
        using var files = new CliRun();
        var path = files.Write("other.json", "{\"format\": \"something-else\"}");

        var (code, _, error) = CliRun.Invoke("chart", path);

        code.Should().Be(2);
        error.Should().Be($"error: Cannot read '{path}': the file is not an intimacy simulation summary (intimacy-simulation-summary/1).{Environment.NewLine}");
    }

    [Fact]
    public void ABadShard_IsOneSentenceWithoutACapitalMidway()
    {
        var (code, _, error) = CliRun.Invoke("simulate", CliRun.Scenario("new-parents.yaml"), "--count", "10", "--shard", "5/4", "--quiet");

        code.Should().Be(2);
        error.Should().Be($"error: The option --shard got '5/4': a shard is written i/n with 0 <= i < n, for example 0/4.{Environment.NewLine}");
    }

    [Fact]
    public void ChartOfAMissingSummary_ExitsWithTwoAndNamesThePath()
    {
        var (code, _, error) = CliRun.Invoke("chart", "/no/such/summary.json");

        code.Should().Be(2);
        error.Should().Be("error: Cannot read '/no/such/summary.json': the file does not exist." + Environment.NewLine);
    }

    [Theory]
    [InlineData("simulate")]
    [InlineData("simulate-rows")]
    [InlineData("sweep")]
    [InlineData("compare")]
    [InlineData("chart")]
    [InlineData("merge")]
    public void AnOutputUnderAFile_ExitsWithTwoInOneSentenceNamingThePath(string command)
    {
        using var files = new CliRun();
        var blocker = files.Write("blocker", "not a folder");
        var target = Path.Combine(blocker, "out");
        var scenario = CliRun.Scenario("general-population.yaml");
        var shard = Path.Combine(files.Folder, "shard");
        if (command is "chart" or "merge")
        {
            CliRun.Invoke("simulate", scenario, "--count", "10", "--out", shard, "--quiet").Code.Should().Be(0);
        }

        string[] args = command switch
        {
            "simulate" => ["simulate", scenario, "--count", "10", "--quiet", "--out", target],
            "simulate-rows" => ["simulate", scenario, "--count", "10", "--quiet", "--rows", "--out", target],
            "sweep" => ["sweep", scenario, "--count", "10", "--threshold", "Csi4Cutoff", "--from", "12", "--to", "13", "--step", "1", "--quiet", "--out", target],
            "compare" => ["compare", scenario, "--count", "10", "--quiet", "--out", target],
            "chart" => ["chart", Path.Combine(shard, "summary.json"), "--out", target],
            _ => ["merge", shard, "--out", target],
        };

        var (code, _, error) = CliRun.Invoke(args);

        code.Should().Be(2);
        error.Should().StartWith($"error: Cannot write '{target}': '{blocker}' is a file, not a folder.").And.NotContain("   at ");
        error.TrimEnd().Split('\n').Should().ContainSingle();
    }

    [Theory]
    [InlineData("simulate", "partnerA.life.newParent\n=1+1", "partnerA.life.newParent\\n=1+1")]
    [InlineData("simulate-rows", "partnerA.life.newParent\r\nindex,x", "partnerA.life.newParent\\r\\nindex,x")]
    [InlineData("sweep", "partnerA.life,newParent\"", "partnerA.life,newParent\"")]
    [InlineData("compare", "partnerA.life.newParent\u2028x", "partnerA.life.newParent\\u2028x")]
    public void ABreakdownFieldThatIsNotAProfileAnswer_ExitsWithTwoInOneLine_AndWritesNothing(string command, string field, string shown)
    {
        using var files = new CliRun();
        var target = Path.Combine(files.Folder, "out");
        var scenario = CliRun.Scenario("general-population.yaml");
        string[] args = command switch
        {
            "simulate" => ["simulate", scenario, "--count", "10", "--quiet", "--out", target],
            "simulate-rows" => ["simulate", scenario, "--count", "10", "--quiet", "--rows", "--out", target],
            "sweep" => ["sweep", scenario, "--count", "10", "--threshold", "Csi4Cutoff", "--from", "12", "--to", "13", "--step", "1", "--quiet", "--out", target],
            _ => ["compare", scenario, "--count", "10", "--quiet", "--out", target],
        };

        var (code, output, error) = CliRun.Invoke([.. args, "--breakdown", field]);

        code.Should().Be(2);
        error.Should().Be($"error: The breakdown field '{shown}' is not a profile answer.{Environment.NewLine}", "the field is shown escaped, so the sentence stays on one line");
        output.Should().BeEmpty();
        Path.Exists(target).Should().BeFalse("nothing is written for a run that cannot start, profiles.csv included");
    }

    [Fact]
    public void AnOutputFolderThatIsAFile_ExitsWithTwo()
    {
        using var files = new CliRun();
        var blocker = files.Write("results", "not a folder");

        var (code, _, error) = CliRun.Invoke("simulate", CliRun.Scenario("general-population.yaml"), "--count", "10", "--quiet", "--out", blocker);

        code.Should().Be(2);
        error.Should().Be($"error: Cannot write to '{blocker}': it is a file, and the output needs a folder.{Environment.NewLine}");
    }

    // A folder where simulate or merge puts one of its files (summary.json here) was said to be a place the file
    // "cannot be written there": moving a file onto a folder fails with an IOException, not the access error checked for.
    [Theory]
    [InlineData("simulate")]
    [InlineData("merge")]
    public void AFolderWhereAnOutputFileGoes_ExitsWithTwoSayingItIsAFolder(string command)
    {
        using var files = new CliRun();
        var scenario = CliRun.Scenario("general-population.yaml");
        var shard = Path.Combine(files.Folder, "shard");
        CliRun.Invoke("simulate", scenario, "--count", "10", "--out", shard, "--quiet").Code.Should().Be(0);
        var output = Path.Combine(files.Folder, "out");
        Directory.CreateDirectory(Path.Combine(output, "summary.json"));
        string[] args = command == "simulate" ? ["simulate", scenario, "--count", "10"] : ["merge", shard];

        var (code, _, error) = CliRun.Invoke([.. args, "--out", output, "--quiet"]);

        code.Should().Be(2);
        error.Should().Be($"error: Cannot write '{Path.Combine(output, "summary.json")}': it is a folder, and the output is a file.{Environment.NewLine}");
        Directory.Exists(Path.Combine(output, "summary.json")).Should().BeTrue();
    }

    [Theory]
    [InlineData("sweep")]
    [InlineData("compare")]
    [InlineData("chart")]
    public void AFolderGivenAsTheOutputFile_ExitsWithTwoSayingSo(string command)
    {
        using var files = new CliRun();
        var scenario = CliRun.Scenario("general-population.yaml");
        var shard = Path.Combine(files.Folder, "shard");
        CliRun.Invoke("simulate", scenario, "--count", "10", "--out", shard, "--quiet").Code.Should().Be(0);
        string[] args = command switch
        {
            "sweep" => ["sweep", scenario, "--count", "10", "--threshold", "Csi4Cutoff", "--from", "12", "--to", "13", "--step", "1", "--quiet"],
            "compare" => ["compare", scenario, "--count", "10", "--quiet"],
            _ => ["chart", Path.Combine(shard, "summary.json")],
        };

        var (code, _, error) = CliRun.Invoke([.. args, "--out", shard]);

        code.Should().Be(2);
        error.Should().Be($"error: Cannot write '{shard}': it is a folder, and the output is a file.{Environment.NewLine}");
    }

    [Theory]
    [InlineData("simulate")]
    [InlineData("recommend")]
    [InlineData("chart")]
    public void AFolderGivenAsTheInputFile_ExitsWithTwoSayingSo(string command)
    {
        using var files = new CliRun();

        var (code, _, error) = CliRun.Invoke(command, files.Folder);

        code.Should().Be(2);
        error.Should().Be($"error: Cannot read '{files.Folder}': it is a folder, not a file.{Environment.NewLine}");
    }

    [Theory]
    [InlineData("2", "1", "--step", "1", "The option --to must be at least --from.")]
    [InlineData("1", "2", "--step", "0", "The option --step must be a number greater than 0.")]
    [InlineData("1", "1e12", "--step", "0.001", "The option --step gives more than 1000 values from --from to --to; use a larger step.")]
    [InlineData("1", "2", "--steps", "1", "The option --steps must be from 2 to 1000 (or 1 when --from equals --to).")]
    [InlineData("1", "2", "--steps", "5000", "The option --steps must be from 2 to 1000 (or 1 when --from equals --to).")]
    public void ASweepRangeThatMakesNoValues_ExitsWithTwoNamingTheOptions(string from, string to, string spacing, string size, string message)
    {
        var (code, _, error) = CliRun.Invoke("sweep", CliRun.Scenario("general-population.yaml"), "--count", "10", "--threshold", "Csi4Cutoff", "--from", from, "--to", to, spacing, size, "--quiet");

        code.Should().Be(2);
        error.Should().Be("error: " + message + Environment.NewLine);
    }

    [Theory]
    [InlineData("validate", "256 MiB an input file")]
    [InlineData("recommend", "256 MiB an input file")]
    [InlineData("chart", "256 MiB an input file")]
    [InlineData("simulate", "16 MiB a scenario file")]
    public void AnInputFileAboveTheCap_ExitsWithTwoBeforeReadingIt(string command, string cap)
    {
        using var files = new CliRun();
        var path = Path.Combine(files.Folder, "huge.json");
        using (var stream = new FileStream(path, FileMode.Create))
        {
            stream.SetLength(1500L * 1024 * 1024);
        }

        var (code, _, error) = CliRun.Invoke(command, path);

        code.Should().Be(2);
        error.Should().Be($"error: Cannot read '{path}': it is 1.5 GiB, larger than the {cap} may be.{Environment.NewLine}");
    }

    [Fact]
    public void Validate_SaysHowManyProblemsOnce_ThenListsEachOnce()
    {
        using var files = new CliRun();
        var path = files.Write("two.json", "{ \"schemaVersion\": 1, \"bogus\": 1, \"partnerA\": { \"ageYears\": 12 } }");

        var (code, _, error) = CliRun.Invoke("validate", path);

        code.Should().Be(1);
        var lines = error.TrimEnd().Split(Environment.NewLine);
        lines[0].Should().Be($"The profile in '{path}' is not valid: it has {lines.Length - 1} problems.");
        lines.Length.Should().BeGreaterThan(2);
        error.Should().NotContain("run validate");
        System.Text.RegularExpressions.Regex.Matches(error, @"\$\.partnerA\.ageYears").Count.Should().Be(1);
        System.Text.RegularExpressions.Regex.Matches(error, @"\$\.bogus").Count.Should().Be(1);
    }

    [Theory]
    [InlineData("validate", false, 1)]
    [InlineData("validate", true, 1)]
    [InlineData("recommend", false, 1)]
    [InlineData("recommend", true, 1)]
    [InlineData("chart", false, 2)]
    [InlineData("chart", true, 2)]
    [InlineData("merge", true, 2)]
    public void AnEmptyOrByteOrderMarkOnlyInput_IsSaidToBeEmpty(string command, bool byteOrderMark, int expected)
    {
        using var files = new CliRun();
        var shard = Path.Combine(files.Folder, "shard");
        Directory.CreateDirectory(shard);
        var path = Path.Combine(command == "merge" ? shard : files.Folder, command == "merge" ? "summary.json" : "empty.json");
        File.WriteAllBytes(path, byteOrderMark ? [0xEF, 0xBB, 0xBF] : []);
        string[] args = command == "merge" ? ["merge", shard, "--out", Path.Combine(files.Folder, "out")] : [command, path];

        var (code, _, error) = CliRun.Invoke(args);

        code.Should().Be(expected);
        // A profile's emptiness is the library's finding (ProfileJson), told as any other problem; a summary's is the CLI's.
        var sentence = (command, expected) switch
        {
            ("validate", _) => $"The profile in '{path}' is not valid: it has 1 problem.{Environment.NewLine}  $ (json): is empty: there is no JSON to read.",
            (_, 1) => $"error: The profile in '{path}' is not valid: $: is empty: there is no JSON to read.",
            _ => $"error: Cannot read '{path}': the file is empty.",
        };
        error.Should().Be(sentence + Environment.NewLine);
    }

    [Fact]
    public void Merge_GivenASummaryFileInsteadOfItsFolder_SaysItTakesTheFolders()
    {
        // "merge shard-*/summary.json --out study": a natural slip, which read as a missing shard-0/summary.json/summary.json.
        using var files = new CliRun();
        var shard = Path.Combine(files.Folder, "shard-0");
        CliRun.Invoke("simulate", CliRun.Scenario("new-parents.yaml"), "--count", "10", "--out", shard, "--quiet").Code.Should().Be(0);
        var summary = Path.Combine(shard, "summary.json");

        var (code, _, error) = CliRun.Invoke("merge", summary, "--out", Path.Combine(files.Folder, "study"));

        code.Should().Be(2);
        error.Should().Be($"error: Cannot merge '{summary}': it is a file, and merge takes the shards' output folders (each holding a summary.json).{Environment.NewLine}");
        Directory.Exists(Path.Combine(files.Folder, "study")).Should().BeFalse();
    }

    [Fact]
    public void Validate_JsonNestedTooDeep_IsSaidToBeTooDeep()
    {
        using var files = new CliRun();
        var path = files.Write("deep.json", "{\"partnerA\":" + new string('[', 200) + new string(']', 200) + "}");

        var (code, _, error) = CliRun.Invoke("validate", path);

        code.Should().Be(1);
        error.Should().Contain("deeper than the 64 levels allowed").And.NotContain("syntax error").And.NotContain("[10]");
    }
}
