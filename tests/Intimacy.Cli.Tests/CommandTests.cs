namespace Intimacy.Cli.Tests;

public class CommandTests
{
    /// <summary>How many <c>#</c> lines the stamp of a CSV output has (library, rule set, options hash and words, scenario and hash, seed, count, shard).</summary>
    private const int CsvStampLines = 9;

    [Theory]
    [InlineData("text", "couple")]
    [InlineData("markdown", "clinician")]
    [InlineData("json", "partner-a")]
    [InlineData("cds-hooks", "partner-b")]
    public void Recommend_PrintsThePlanInEachFormat(string format, string audience)
    {
        using var files = new CliRun();
        var (code, output, error) = CliRun.Invoke("recommend", files.ValidProfile(), "--format", format, "--audience", audience);

        error.Should().BeEmpty();
        code.Should().Be(0);
        output.Should().NotBeNullOrWhiteSpace();
        if (format == "json")
        {
            output.Should().Contain("\"audience\"").And.Contain("\"stamp\"");
        }

        if (format == "cds-hooks")
        {
            output.Should().Contain("\"cards\"");
        }
    }

    [Fact]
    public void Recommend_CdsHooks_CardUuidsFollowTheEncounterKey()
    {
        using var files = new CliRun();
        var profile = files.ValidProfile();
        List<string> Uuids(params string[] extra)
        {
            var (code, output, error) = CliRun.Invoke(["recommend", profile, "--format", "cds-hooks", "--audience", "clinician", .. extra]);
            code.Should().Be(0, error);
            using var json = System.Text.Json.JsonDocument.Parse(output);
            return [.. json.RootElement.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("uuid").GetString()!)];
        }

        var first = Uuids("--encounter", "visit-1");
        first.Should().NotBeEmpty();
        Uuids("--encounter", "visit-1").Should().Equal(first, "the same encounter gives the same card ids");
        Uuids("--encounter", "visit-2").Should().NotIntersectWith(first, "another encounter gives other card ids");
        Uuids().Should().NotIntersectWith(first).And.Equal(Uuids(), "without --encounter the ids are today's, the same every run");
        var (emptyCode, _, emptyError) = CliRun.Invoke("recommend", profile, "--format", "cds-hooks", "--encounter", " ");
        emptyCode.Should().Be(2);
        emptyError.Should().Be($"error: The option --encounter must not be empty.{Environment.NewLine}");
    }

    [Fact]
    public void Validate_ReportsAValidProfile()
    {
        using var files = new CliRun();
        var (code, output, _) = CliRun.Invoke("validate", files.ValidProfile());

        code.Should().Be(0);
        output.Should().Contain("is valid");
    }

    [Fact]
    public void Schema_PrintsTheProfileSchema()
    {
        var (code, output, _) = CliRun.Invoke("schema");

        code.Should().Be(0);
        output.Should().Contain("\"partnerA\"");
    }

    [Fact]
    public void Rules_ListsRulesAsMarkdownAndFiltersByTagAsJson()
    {
        var markdown = CliRun.Invoke("rules");
        var json = CliRun.Invoke("rules", "--tag", "safety", "--format", "json");

        markdown.Code.Should().Be(0);
        markdown.Out.Should().Contain("Safety.");
        json.Code.Should().Be(0);
        using var doc = System.Text.Json.JsonDocument.Parse(json.Out);
        doc.RootElement.GetProperty("rules").EnumerateArray().Should().NotBeEmpty()
            .And.OnlyContain(r => r.GetProperty("isSafety").GetBoolean());
    }

    [Fact]
    public void Rules_AsJson_ListsTheThresholdsThatSetAndSweepTake_WithTheirDefaultsAndRanges()
    {
        var (code, output, error) = CliRun.Invoke("rules", "--format", "json");

        error.Should().BeEmpty();
        code.Should().Be(0);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var thresholds = doc.RootElement.GetProperty("thresholds").EnumerateArray().ToList();
        thresholds.Select(t => t.GetProperty("name").GetString())
            .Should().Equal(Intimacy.Recommendations.Options.RecommendationOptions.Thresholds.Select(t => t.Name));
        var csi4 = thresholds.Single(t => t.GetProperty("name").GetString() == "Csi4Cutoff");
        csi4.GetProperty("default").GetDouble().Should().Be(13.5);
        csi4.GetProperty("basis").GetString().Should().Be("literature");
        csi4.GetProperty("minimum").GetDouble().Should().BeLessThan(13.5);
        csi4.GetProperty("maximum").GetDouble().Should().BeGreaterThan(13.5);
        thresholds.Single(t => t.GetProperty("name").GetString() == "EscalationWeeks").GetProperty("basis").GetString().Should().Be("project-default");
    }

    [Fact]
    public void Interventions_ListsTheCatalog()
    {
        var (code, output, _) = CliRun.Invoke("interventions", "--format", "json");

        code.Should().Be(0);
        System.Text.Json.JsonDocument.Parse(output).RootElement.GetArrayLength().Should().BeGreaterThan(50);
    }

    [Fact]
    public void Interventions_Json_WritesKindAndStageInCamelCase_AsThePlanJsonDoes()
    {
        var (code, output, _) = CliRun.Invoke("interventions", "--format", "json");
        var schema = File.ReadAllText(RepositoryFiles.PathOf("docs/plan.schema.json"));

        code.Should().Be(0);
        output.Should().Contain("\"kind\": \"selfGuidedExercise\"").And.NotContain("\"SelfGuidedExercise\"");
        foreach (var item in System.Text.Json.JsonDocument.Parse(output).RootElement.EnumerateArray())
        {
            foreach (var field in new[] { "kind", "stage" })
            {
                var value = item.GetProperty(field).GetString()!;
                char.IsAsciiLetterLower(value[0]).Should().BeTrue(value);
                schema.Should().Contain($"\"{value}\"", "the plan schema lists the {0} '{1}'", field, value);
            }
        }
    }

    [Fact]
    public void Simulate_WritesStampedOutputs_AndShardsMergeIntoTheSameBytes()
    {
        using var files = new CliRun();
        var scenario = CliRun.Scenario("new-parents.yaml");
        var whole = Path.Combine(files.Folder, "whole");
        CliRun.Invoke("simulate", scenario, "--count", "300", "--seed", "5", "--out", whole, "--quiet", "--rows").Code.Should().Be(0);
        for (var i = 0; i < 3; i++)
        {
            CliRun.Invoke("simulate", scenario, "--count", "300", "--seed", "5", "--shard", $"{i}/3", "--threads", "1", "--out", Path.Combine(files.Folder, $"s{i}"), "--quiet").Code.Should().Be(0);
        }

        var merged = Path.Combine(files.Folder, "merged");
        var merge = CliRun.Invoke("merge", Path.Combine(files.Folder, "s2"), Path.Combine(files.Folder, "s0"), Path.Combine(files.Folder, "s1"), "--out", merged);

        merge.Code.Should().Be(0);
        merge.Out.Should().BeEmpty("like simulate's 'Wrote ...', the status line goes to standard error, leaving standard output to data");
        merge.Error.Should().Be($"Merged 3 shards (300 profiles) into '{merged}'.\n");
        foreach (var name in new[] { "summary.json", "aggregates.csv", "report.html" })
        {
            File.ReadAllText(Path.Combine(merged, name)).Should().Be(File.ReadAllText(Path.Combine(whole, name)), name);
        }

        var html = File.ReadAllText(Path.Combine(whole, "report.html"));
        html.Should().Contain("<svg").And.Contain("<title id=").And.Contain("<desc id=").And.NotContain("<script").And.NotContain("<link").And.NotContain("src=");
        File.ReadAllText(Path.Combine(whole, "aggregates.csv")).Should().Contain("# seed: 5").And.Contain("# scenarioHash: ").And.Contain("# shard: 0/1");
        var stamp = File.ReadAllLines(Path.Combine(whole, "aggregates.csv")).TakeWhile(l => l.StartsWith('#')).ToList();
        stamp.Should().HaveCount(CsvStampLines);
        stamp.Should().Contain("# options: defaults");
        var rows = File.ReadAllLines(Path.Combine(whole, "profiles.csv"));
        rows.Should().HaveCount(CsvStampLines + 1 + 300, "the stamp, the header and one row per profile");
        rows.Take(CsvStampLines).Should().Equal(stamp, "profiles.csv carries the same stamp as aggregates.csv");
        rows[CsvStampLines].Should().Be("index,breakdown,planSize,gates,findings,interventions");
        rows[CsvStampLines + 1].Should().StartWith("0,");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("partnerA.view.trend")]
    public void Merge_OfShardsRunWithRows_WritesTheProfileRowsOfOneRun(string? breakdown)
    {
        using var files = new CliRun();
        var scenario = CliRun.Scenario("new-parents.yaml");
        var whole = Path.Combine(files.Folder, "whole");
        string[] extra = breakdown is null ? [] : ["--breakdown", breakdown];
        CliRun.Invoke(["simulate", scenario, "--count", "250", "--seed", "3", "--out", whole, "--quiet", "--rows", .. extra]).Code.Should().Be(0);
        for (var i = 0; i < 3; i++)
        {
            CliRun.Invoke(["simulate", scenario, "--count", "250", "--seed", "3", "--shard", $"{i}/3", "--out", Path.Combine(files.Folder, $"s{i}"), "--quiet", "--rows", .. extra]).Code.Should().Be(0);
        }

        // With a breakdown, both CSV files name the field after the stamp, before the header.
        foreach (var name in new[] { "aggregates.csv", "profiles.csv" })
        {
            File.ReadAllLines(Path.Combine(whole, name)).TakeWhile(l => l.StartsWith('#')).Skip(CsvStampLines)
                .Should().Equal(breakdown is null ? [] : ["# breakdown: " + breakdown], name);
        }

        var merged = Path.Combine(files.Folder, "merged");
        var merge = CliRun.Invoke("merge", Path.Combine(files.Folder, "s1"), Path.Combine(files.Folder, "s2"), Path.Combine(files.Folder, "s0"), "--out", merged);

        merge.Code.Should().Be(0, merge.Error);
        foreach (var name in new[] { "summary.json", "aggregates.csv", "report.html", "profiles.csv" })
        {
            File.ReadAllText(Path.Combine(merged, name)).Should().Be(File.ReadAllText(Path.Combine(whole, name)), name);
        }
    }

    /// <summary>
    /// Runs two shards with <c>--rows</c> and a breakdown, then makes each shard's summary.json name
    /// <paramref name="summaryField"/> and its profiles.csv head the one the writer gives <paramref name="rowsField"/>,
    /// as a shard whose files were edited by hand would.
    /// </summary>
    private static (string S0, string S1) ShardsBrokenDownBy(CliRun files, string summaryField, string rowsField)
    {
        var folders = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var folder = Path.Combine(files.Folder, $"s{i}");
            CliRun.Invoke("simulate", CliRun.Scenario("new-parents.yaml"), "--count", "60", "--seed", "3", "--shard", $"{i}/2", "--out", folder, "--quiet", "--rows", "--breakdown", "partnerA.view.trend")
                .Code.Should().Be(0);
            var summaryPath = Path.Combine(folder, "summary.json");
            var summary = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(summaryPath))!;
            summary["breakdownField"] = summaryField;
            File.WriteAllText(summaryPath, summary.ToJsonString());

            var rowsPath = Path.Combine(folder, "profiles.csv");
            var stamp = Intimacy.Simulation.Reporting.SummaryJson.Read(File.ReadAllText(summaryPath)).Stamp;
            var oldHead = Intimacy.Simulation.Reporting.CsvReport.ProfileRowsHead(stamp, "partnerA.view.trend");
            var rows = File.ReadAllText(rowsPath);
            rows.Should().StartWith(oldHead);
            File.WriteAllText(rowsPath, Intimacy.Simulation.Reporting.CsvReport.ProfileRowsHead(stamp, rowsField) + rows[oldHead.Length..]);
            folders.Add(folder);
        }

        return (folders[0], folders[1]);
    }

    [Theory]
    [InlineData("partnerA.view.trend\n=1+1")]
    [InlineData("a,b\"c\r\nd")]
    [InlineData("back\\slash\\n and \u2028")]
    public void Merge_RoundTripsABreakdownFieldThatBreaksLines_InEveryOutput(string field)
    {
        using var files = new CliRun();
        var (s0, s1) = ShardsBrokenDownBy(files, field, field);
        var merged = Path.Combine(files.Folder, "merged");

        var merge = CliRun.Invoke("merge", s1, s0, "--out", merged, "--quiet");

        merge.Code.Should().Be(0, merge.Error);
        var result = Intimacy.Simulation.Reporting.SummaryJson.Read(File.ReadAllText(Path.Combine(merged, "summary.json")));
        result.Aggregate.BreakdownField.Should().Be(field, "summary.json keeps the field exactly");
        var head = Intimacy.Simulation.Reporting.CsvReport.ProfileRowsHead(result.Stamp, field);
        var line = head.Split('\n').Single(l => l.StartsWith("# breakdown: ", StringComparison.Ordinal));
        File.ReadAllText(Path.Combine(merged, "profiles.csv")).Should().StartWith(head);
        File.ReadAllLines(Path.Combine(merged, "aggregates.csv")).TakeWhile(l => l.StartsWith('#')).Should().HaveCount(CsvStampLines + 1).And.EndWith(line);
        File.ReadAllLines(Path.Combine(merged, "profiles.csv")).Should().HaveCount(CsvStampLines + 1 + 1 + 60, "the stamp, the breakdown line, the header and one row per profile");
    }

    [Fact]
    public void Merge_RefusesAProfilesCsvWhoseBreakdownLineNamesAnotherField_EvenOneThatLooksEscaped()
    {
        using var files = new CliRun();
        // summary.json names a field with a line break; profiles.csv was written for the field with the two
        // characters "\n" in its place, which must not read as the same field.
        var (s0, s1) = ShardsBrokenDownBy(files, "a\nb", "a\\nb");
        var merged = Path.Combine(files.Folder, "merged");

        var (code, _, error) = CliRun.Invoke("merge", s0, s1, "--out", merged, "--quiet");

        code.Should().Be(2);
        error.Should().Be($"error: Cannot merge '{Path.Combine(s0, "profiles.csv")}': its stamp or header does not match the shard's summary.json.{Environment.NewLine}");
        Path.Exists(Path.Combine(merged, "profiles.csv")).Should().BeFalse();
    }

    [Fact]
    public void Merge_IntoOneOfItsShardFolders_ExitsWithTwoAndLeavesTheShardAsItWas()
    {
        using var files = new CliRun();
        var scenario = CliRun.Scenario("new-parents.yaml");
        for (var i = 0; i < 2; i++)
        {
            CliRun.Invoke("simulate", scenario, "--count", "40", "--shard", $"{i}/2", "--out", Path.Combine(files.Folder, $"s{i}"), "--quiet", "--rows").Code.Should().Be(0);
        }

        var first = Path.Combine(files.Folder, "s0");
        var before = Directory.GetFiles(first).Order().Select(File.ReadAllText).ToList();

        var (code, _, error) = CliRun.Invoke("merge", first, Path.Combine(files.Folder, "s1"), "--out", first + Path.DirectorySeparatorChar);

        code.Should().Be(2);
        error.Should().Be($"error: The option --out names the shard folder '{first}'; merge into another folder, so that no shard's files are overwritten.{Environment.NewLine}");
        Directory.GetFiles(first).Order().Select(File.ReadAllText).Should().Equal(before);
    }

    [Theory]
    [InlineData("--seed", "6", "Shard 1/2 (in 'other') comes from a different run than shard 0/2 (in 's0'): the seed differs.")]
    [InlineData("--breakdown", "partnerA.life.newParent", "Shard 1/2 (in 'other') is broken down by partnerA.life.newParent but shard 0/2 (in 's0') by no field; every shard of a run needs the same breakdown field.")]
    public void Merge_OfAShardFromAnotherRun_NamesTheFoldersOfTheShardsItCompared(string option, string value, string message)
    {
        using var files = new CliRun();
        var scenario = CliRun.Scenario("new-parents.yaml");
        var s0 = Path.Combine(files.Folder, "s0");
        var other = Path.Combine(files.Folder, "other");
        CliRun.Invoke("simulate", scenario, "--count", "20", "--shard", "0/2", "--out", s0, "--quiet").Code.Should().Be(0);
        CliRun.Invoke("simulate", scenario, "--count", "20", "--shard", "1/2", "--out", other, "--quiet", option, value).Code.Should().Be(0);

        var (code, _, error) = CliRun.Invoke("merge", other, s0, "--out", Path.Combine(files.Folder, "merged"));

        code.Should().Be(2);
        error.Should().Be("error: " + message.Replace("'other'", $"'{other}'", StringComparison.Ordinal).Replace("'s0'", $"'{s0}'", StringComparison.Ordinal) + Environment.NewLine);
    }

    [Fact]
    public void Merge_OfTheSameShardTwice_NamesBothFolders()
    {
        using var files = new CliRun();
        var scenario = CliRun.Scenario("new-parents.yaml");
        var first = Path.Combine(files.Folder, "a");
        var again = Path.Combine(files.Folder, "b");
        foreach (var folder in new[] { first, again })
        {
            CliRun.Invoke("simulate", scenario, "--count", "20", "--shard", "0/2", "--out", folder, "--quiet").Code.Should().Be(0);
        }

        var (code, _, error) = CliRun.Invoke("merge", first, again, "--out", Path.Combine(files.Folder, "merged"));

        code.Should().Be(2);
        error.Should().Be($"error: Shard 0/2 (in '{first}' and '{again}') appears more than once; a merge takes each shard once.{Environment.NewLine}");
    }

    [Fact]
    public void Merge_OfOneShard_SaysShardInTheSingular()
    {
        using var files = new CliRun();
        var shard = Path.Combine(files.Folder, "shard");
        CliRun.Invoke("simulate", CliRun.Scenario("new-parents.yaml"), "--count", "20", "--out", shard, "--quiet").Code.Should().Be(0);
        var merged = Path.Combine(files.Folder, "merged");

        var (code, _, error) = CliRun.Invoke("merge", shard, "--out", merged);

        code.Should().Be(0);
        error.Should().Be($"Merged 1 shard (20 profiles) into '{merged}'.\n");
    }

    [Fact]
    public void Merge_TakesQuiet_LikeTheCommandsThatMadeItsShards()
    {
        using var files = new CliRun();
        var shard = Path.Combine(files.Folder, "s0");
        CliRun.Invoke("simulate", CliRun.Scenario("new-parents.yaml"), "--count", "20", "--out", shard, "--quiet").Code.Should().Be(0);

        var (code, output, error) = CliRun.Invoke("merge", shard, "--out", Path.Combine(files.Folder, "merged"), "--quiet");

        code.Should().Be(0, error);
        output.Should().BeEmpty();
        error.Should().BeEmpty();
        File.Exists(Path.Combine(files.Folder, "merged", "summary.json")).Should().BeTrue();
    }

    [Fact]
    public void Merge_RefusesProfileRowsThatAreIncompleteOrMissingFromAShard_AndLeavesNoPartialFile()
    {
        using var files = new CliRun();
        var scenario = CliRun.Scenario("new-parents.yaml");
        for (var i = 0; i < 2; i++)
        {
            CliRun.Invoke("simulate", scenario, "--count", "100", "--seed", "3", "--shard", $"{i}/2", "--out", Path.Combine(files.Folder, $"s{i}"), "--quiet", "--rows").Code.Should().Be(0);
        }

        var rows = Path.Combine(files.Folder, "s1", "profiles.csv");
        var lines = File.ReadAllLines(rows);
        File.WriteAllLines(rows, lines[..^3]);
        var merged = Path.Combine(files.Folder, "merged");

        var truncated = CliRun.Invoke("merge", Path.Combine(files.Folder, "s0"), Path.Combine(files.Folder, "s1"), "--out", merged);

        truncated.Code.Should().Be(2);
        truncated.Error.Should().Be($"error: Cannot merge '{rows}': it stops at profile 97 but shard 1/2 runs to 99; the shard did not finish writing it.{Environment.NewLine}");
        File.Exists(Path.Combine(merged, "profiles.csv")).Should().BeFalse();

        File.Delete(rows);
        var missing = CliRun.Invoke("merge", Path.Combine(files.Folder, "s0"), Path.Combine(files.Folder, "s1"), "--out", merged);

        missing.Code.Should().Be(2);
        missing.Error.Should().Be($"error: Cannot merge profiles.csv: '{Path.Combine(files.Folder, "s1")}' has none but other shards have one; run every shard with --rows, or none.{Environment.NewLine}");
    }

    [Fact]
    public void Simulate_RunAgainWithoutRows_LeavesNoProfilesCsvOfTheEarlierRun_SoItsShardsStillMerge()
    {
        using var files = new CliRun();
        var scenario = CliRun.Scenario("new-parents.yaml");
        string Shard(int i) => Path.Combine(files.Folder, $"s{i}");
        for (var i = 0; i < 2; i++)
        {
            CliRun.Invoke("simulate", scenario, "--count", "40", "--seed", "1", "--shard", $"{i}/2", "--out", Shard(i), "--quiet", "--rows").Code.Should().Be(0);
        }

        // The study is run again in the same folders (--force, to replace the earlier outputs), with another seed and no per-profile rows.
        for (var i = 0; i < 2; i++)
        {
            CliRun.Invoke("simulate", scenario, "--count", "40", "--seed", "2", "--shard", $"{i}/2", "--out", Shard(i), "--quiet", "--force").Code.Should().Be(0);
            File.Exists(Path.Combine(Shard(i), "profiles.csv")).Should().BeFalse("a profiles.csv left from another run does not belong beside this run's summary");
        }

        var merged = Path.Combine(files.Folder, "merged");
        Directory.CreateDirectory(merged);
        File.WriteAllText(Path.Combine(merged, "profiles.csv"), "# libraryVersion: an earlier merge's rows\n");
        CliRun.Invoke("merge", Shard(0), Shard(1), "--out", merged, "--quiet").Code.Should().Be(2, "the folder holds an earlier merge's rows");
        var merge = CliRun.Invoke("merge", Shard(0), Shard(1), "--out", merged, "--quiet", "--force");

        merge.Code.Should().Be(0, merge.Error);
        File.Exists(Path.Combine(merged, "profiles.csv")).Should().BeFalse("the merged run has no per-profile rows");
    }

    [Fact]
    public void Simulate_WithoutRows_KeepsAProfilesCsvTheToolDidNotWrite()
    {
        using var files = new CliRun();
        var folder = Path.Combine(files.Folder, "out");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "profiles.csv"), "id,name\n1,someone's own file\n");

        CliRun.Invoke("simulate", CliRun.Scenario("new-parents.yaml"), "--count", "10", "--out", folder, "--quiet").Code.Should().Be(0);

        File.ReadAllText(Path.Combine(folder, "profiles.csv")).Should().Be("id,name\n1,someone's own file\n");
    }

    [Fact]
    public void Simulate_WithoutOut_PrintsASummary()
    {
        var (code, output, _) = CliRun.Invoke("simulate", CliRun.Scenario("general-population.yaml"), "--count", "100", "--breakdown", "partnerA.life.newParent");

        code.Should().Be(0);
        output.Should().Contain("profiles: 100").And.Contain("most frequent recommendations:");
    }

    [Fact]
    public void Sweep_PrintsOneBlockPerValue()
    {
        var (code, output, error) = CliRun.Invoke("sweep", CliRun.Scenario("clinic-intake.yaml"), "--count", "100", "--threshold", "Csi4Cutoff", "--from", "11.5", "--to", "15.5", "--step", "2", "--quiet");

        error.Should().BeEmpty();
        code.Should().Be(0);
        output.Should().Contain("\n11.5,").And.Contain("\n13.5,").And.Contain("\n15.5,").And.Contain("# threshold: Csi4Cutoff");
    }

    [Fact]
    public void Sweep_WritesTheThresholdsCanonicalName_SoAnySpellingGivesTheSameBytes()
    {
        string[] rest = ["--count", "30", "--from", "12", "--to", "13", "--step", "1", "--quiet"];
        var lower = CliRun.Invoke(["sweep", CliRun.Scenario("clinic-intake.yaml"), "--threshold", "csi4cutoff", .. rest]);
        var canonical = CliRun.Invoke(["sweep", CliRun.Scenario("clinic-intake.yaml"), "--threshold", "Csi4Cutoff", .. rest]);

        lower.Code.Should().Be(0);
        lower.Out.Should().Contain("# threshold: Csi4Cutoff\n").And.Be(canonical.Out);
    }

    [Fact]
    public void Simulate_StampsTheOptionsInWords_InEveryOutput_NotOnlyTheirHash()
    {
        using var files = new CliRun();
        var folder = Path.Combine(files.Folder, "run");

        var (code, _, error) = CliRun.Invoke(
            "simulate", CliRun.Scenario("new-parents.yaml"), "--count", "40", "--set", "Csi4Cutoff=12", "--disable-tag", "sexual", "--out", folder, "--quiet");

        error.Should().BeEmpty();
        code.Should().Be(0);
        const string Options = "Csi4Cutoff=12; disabled=sexual";
        File.ReadAllLines(Path.Combine(folder, "aggregates.csv")).Should().Contain("# options: " + Options);
        File.ReadAllText(Path.Combine(folder, "summary.json")).Should().Contain("\"options\": \"" + Options + "\"");
        File.ReadAllText(Path.Combine(folder, "report.html")).Should().Contain("<tr><th scope=\"row\">options</th><td>" + Options + "</td></tr>");
    }

    [Fact]
    public void Compare_StampsEachArmsOptionsInWords()
    {
        var (code, output, error) = CliRun.Invoke("compare", CliRun.Scenario("clinic-intake.yaml"), "--count", "30", "--disable-tag-b", "professional", "--quiet");

        error.Should().BeEmpty();
        code.Should().Be(0);
        output.Should().Contain("# options: defaults (A) / disabled=professional (B)\n");
    }

    [Fact]
    public void Compare_PrintsPairedDifferences()
    {
        var (code, output, error) = CliRun.Invoke("compare", CliRun.Scenario("clinic-intake.yaml"), "--count", "150", "--disable-tag-b", "professional", "--quiet");

        error.Should().BeEmpty();
        code.Should().Be(0);
        output.Should().Contain("intervention,both,aOnly,bOnly,neither,shareA,shareB,difference,lower,upper,mcnemarP");
    }

    [Theory]
    [InlineData(false, "Wrote summary.json, aggregates.csv and report.html to '{0}'.\n")]
    [InlineData(true, "Wrote summary.json, aggregates.csv, report.html and profiles.csv to '{0}'.\n")]
    public void Simulate_SaysEveryFileItWrote(bool rows, string message)
    {
        using var files = new CliRun();
        var folder = Path.Combine(files.Folder, "out");
        string[] args = ["simulate", CliRun.Scenario("new-parents.yaml"), "--count", "20", "--out", folder];

        var (code, output, error) = CliRun.Invoke(rows ? [.. args, "--rows"] : args);

        code.Should().Be(0);
        output.Should().BeEmpty();
        error.Should().Be(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, folder));
    }

    [Theory]
    [InlineData("sweep")]
    [InlineData("compare")]
    public void SweepAndCompare_WritingAFile_SayWhereOnStandardError_UnlessQuiet(string verb)
    {
        using var files = new CliRun();
        var target = Path.Combine(files.Folder, verb + ".csv");
        string[] args = verb == "sweep"
            ? ["sweep", CliRun.Scenario("clinic-intake.yaml"), "--count", "20", "--threshold", "Csi4Cutoff", "--from", "12", "--to", "13", "--step", "1", "--out", target]
            : ["compare", CliRun.Scenario("clinic-intake.yaml"), "--count", "20", "--disable-tag-b", "professional", "--out", target];

        var loud = CliRun.Invoke(args);
        var quiet = CliRun.Invoke([.. args, "--quiet"]);

        loud.Code.Should().Be(0);
        loud.Out.Should().BeEmpty("standard output is left to data");
        loud.Error.Should().EndWith($"Wrote '{target}'.\n");
        quiet.Code.Should().Be(0);
        quiet.Error.Should().BeEmpty();
        File.ReadAllText(target).Should().Contain("# scenarioHash: ");
    }

    [Fact]
    public void Compare_OfTwoArmsWithTheSameOptions_RunsButWarnsOnStandardError()
    {
        var (code, output, error) = CliRun.Invoke("compare", CliRun.Scenario("clinic-intake.yaml"), "--count", "40", "--quiet");

        code.Should().Be(0);
        error.Should().StartWith("warning: the two arms have the same options").And.Contain("--set-a/--set-b");
        output.Should().Contain("intervention,both,aOnly,bOnly,neither");
    }

    [Fact]
    public void Sweep_OverAScenarioParameter_WithStepsAndABreakdown()
    {
        var (code, output, error) = CliRun.Invoke(
            "sweep", CliRun.Scenario("general-population.yaml"), "--count", "120", "--scenario-parameter", "fields.view.sexPerYear.r",
            "--from", "0.5", "--to", "2", "--steps", "4", "--breakdown", "partnerA.life.newParent", "--quiet");

        error.Should().BeEmpty();
        code.Should().Be(0);
        output.Should().Contain("# scenario parameter: fields[view.sexPerYear].r\n# breakdown: partnerA.life.newParent\n")
            .And.Contain("\n0.5,").And.Contain("\n1,").And.Contain("\n1.5,").And.Contain("\n2,")
            .And.Contain(",group-profiles,,unknown,").And.Contain(",group-intervention,");
    }

    [Fact]
    public void Compare_WithABreakdown_AddsRowsPerGroup()
    {
        var (code, output, error) = CliRun.Invoke("compare", CliRun.Scenario("clinic-intake.yaml"), "--count", "100", "--disable-tag-b", "professional", "--breakdown", "relationship.livingTogether", "--quiet");

        error.Should().BeEmpty();
        code.Should().Be(0);
        output.Should().Contain("# breakdown: relationship.livingTogether").And.Contain("\ntrue,intervention.").And.Contain("\nfalse,intervention.");
    }

    [Fact]
    public void Simulate_NoProfiles_SaysSoInsteadOfPrintingNaN()
    {
        // Without --out the summary goes to standard output.
        var (code, output, _) = CliRun.Invoke("simulate", CliRun.Scenario("general-population.yaml"), "--count", "0", "--quiet");

        code.Should().Be(0);
        output.Should().Contain("profiles: 0").And.Contain("mean plan size: none (no profiles)").And.NotContain("NaN");
    }
}
