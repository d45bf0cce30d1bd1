using System.Text.Json.Nodes;

namespace Intimacy.Cli.Tests;

/// <summary>
/// What the recommend command prints for partner B or the couple never rests on partner A's private answers
/// (docs/safety.md, "Privacy"), byte for byte and exit code included; and no error repeats a value given,
/// with --verbose or without.
/// </summary>
public class PrivateAnswerTests
{
    private const string Secret = "SECRET123";

    /// <summary>Partner A's private sections, with answers that apply no safety gate or contraindication (those are documented to show as absent joint items).</summary>
    public static TheoryData<string> PrivateSections() =>
    [
        """{ "visibility": "private", "hasTraumaHistory": true, "affectsIntimacy": true }|trauma""",
        """{ "visibility": "private", "breachOccurred": true, "by": "partner", "disclosed": true, "ended": true }|trust""",
        """{ "visibility": "private", "leaningOut": false, "willingToWorkTogether": true }|commitment""",
        """{ "visibility": "private", "fearOfRejection": true, "bodyImageConcerns": true, "attachmentStyle": "fearful", "lingeringResentment": true }|personal""",
        """{ "visibility": "private", "phq2": 3, "phq9": 12, "phq9Item9": 0 }|wellbeingScores""",
        """{ "visibility": "private", "csi4": 2, "das": 50 }|relationshipScores""",
        """{ "visibility": "private", "stressLevel": 5, "exhausted": true, "stuckInRoutine": true }|life""",
    ];

    [Theory]
    [MemberData(nameof(PrivateSections))]
    public void Recommend_ForPartnerBOrTheCouple_IsTheSameBytes_WhateverPartnerAAnsweredPrivately(string sectionAndName)
    {
        var (section, name) = (sectionAndName.Split('|')[0], sectionAndName.Split('|')[1]);
        using var files = new CliRun();
        var blank = files.Write("blank.json", Profile(a => a[name] = new JsonObject { ["visibility"] = "private" }));
        var answered = files.Write("answered.json", Profile(a => a[name] = JsonNode.Parse(section)));
        foreach (var audience in new[] { "partner-b", "couple" })
        {
            foreach (var format in new[] { "text", "markdown", "json", "cds-hooks" })
            {
                foreach (var encounter in new[] { Array.Empty<string>(), ["--encounter", "visit-1"] })
                {
                    string[] args = ["--audience", audience, "--format", format, .. encounter];
                    var without = CliRun.Invoke(["recommend", blank, .. args]);
                    var with = CliRun.Invoke(["recommend", answered, .. args]);
                    without.Code.Should().Be(0, without.Error);
                    with.Should().Be(without, $"partner A's private {name} answers must not change {audience}'s {format} output");
                }
            }
        }
    }

    /// <summary>Profiles whose only problem carries a distinctive value in one of partner A's private answers.</summary>
    public static TheoryData<string> DistinctiveValues() =>
    [
        """{ "visibility": "private", "phq9": 987654321 }|wellbeingScores""",
        """{ "visibility": "private", "phq9": -987654321 }|wellbeingScores""",
        """{ "visibility": "private", "phq9": "SECRET123" }|wellbeingScores""",
        """{ "visibility": "private", "phq9": 987654321.123 }|wellbeingScores""",
        """{ "visibility": "private", "phq9": 9876543219876543219876543219876543210 }|wellbeingScores""",
        """{ "visibility": "private", "phq9": 9.87654321e400 }|wellbeingScores""",
        """{ "visibility": "private", "experiencesViolence": "SECRET123" }|safety""",
        """{ "visibility": "private", "experiencesViolence": { "SECRET123": 987654321 } }|safety""",
        """{ "visibility": "private", "experiencesViolence": ["SECRET123", 987654321] }|safety""",
        """{ "visibility": "SECRET123" }|safety""",
        """{ "visibility": "private", "breachOccurred": true, "by": "SECRET123" }|trust""",
        """{ "visibility": "private", "experiencesViolence": false, "experiencesViolence": "SECRET123" }|safety""",
        """{ "visibility": "private", "experiencesViolence": 987654321, "experiencesViolence": false }|safety""",
        """{ "visibility": "private", "experiencesViolence": SECRET123 }|safety""",
        """{ "visibility": "private", "experiencesViolence": "SECRET123 }|safety""",
        """{ "visibility": "private", "experiencesViolence": "SECRET\q123" }|safety""",
        """{ "visibility": "private", "leaningOut": NaN987654321 }|commitment""",
        """{ "visibility": "private", "\ud800SECRET123": 987654321 }|safety""",
        """{ "visibility": "private", "experiencesViolence": false, "SECRET\udc00123": true }|safety""",
    ];

    [Theory]
    [MemberData(nameof(DistinctiveValues))]
    public void AnError_AboutAPrivateAnswer_NeverRepeatsItsValue_WithOrWithoutVerbose(string sectionAndName)
    {
        var (section, name) = (sectionAndName.Split('|')[0], sectionAndName.Split('|')[1]);
        using var files = new CliRun();
        var marker = "\"" + name + "\": \"MARKER\"";
        var profile = files.Write("profile.json", Profile(a => a[name] = "MARKER").Replace(marker, "\"" + name + "\": " + section, StringComparison.Ordinal));
        foreach (var (args, namesThePath) in new[]
        {
            (new[] { "recommend", profile, "--audience", "partner-a" }, true),
            (["recommend", profile, "--audience", "clinician", "--verbose"], true),
            (["validate", profile], true),
            (["validate", profile, "--verbose"], true),
            (["recommend", profile, "--audience", "partner-b"], false),
            (["recommend", profile, "--audience", "couple"], false),
        })
        {
            var (code, output, error) = CliRun.Invoke(args);
            code.Should().Be(1, string.Join(' ', args));
            (output + error).Should().NotContain("SECRET").And.NotContain("98765").And.NotContain("87654");
            if (namesThePath)
            {
                (output + error).Should().Contain("$.partnerA." + name, string.Join(' ', args));
            }
            else
            {
                // Partner B and the couple are not told where in partner A's answers the problem is (docs/safety.md).
                output.Should().BeEmpty();
                error.Should().Be($"error: The profile in '{profile}' is not valid; its problems are in answers the {args[3]} view may not show (run validate to list them).\n", string.Join(' ', args));
            }
        }
    }

    [Theory]
    [InlineData("partner-b")]
    [InlineData("couple")]
    public void Recommend_WithVerbose_ForPartnerBOrTheCouple_TellsNothingMoreOfPartnerAsProblems(string audience)
    {
        // --verbose shows the exception behind an error; the library's exception lists every problem, partner A's too.
        using var files = new CliRun();
        var profile = files.Write("profile.json", Profile(a => a["wellbeingScores"] = JsonNode.Parse("""{ "visibility": "private", "phq9": 99 }""")));

        var plain = CliRun.Invoke("recommend", profile, "--audience", audience);
        var verbose = CliRun.Invoke("recommend", profile, "--audience", audience, "--verbose");

        verbose.Code.Should().Be(1);
        verbose.Out.Should().BeEmpty();
        verbose.Error.Should().StartWith(plain.Error)
            .And.NotContain("partnerA").And.NotContain("phq9").And.NotContain("wellbeing", "the {0} view may not be told where partner A's problem is", audience);
    }

    /// <summary>
    /// A problem partner B or the couple may be told of (in B's answers, or in the relationship), with or without a
    /// problem in partner A's private answers too: --verbose shows the exception behind the error, and whether that
    /// was the library's (listing every problem) must not tell them that A's answers have one.
    /// </summary>
    [Theory]
    [InlineData("partner-b")]
    [InlineData("couple")]
    public void Recommend_WithVerbose_ForPartnerBOrTheCouple_IsTheSame_WhetherOrNotPartnerAsPrivateAnswersHaveAProblemToo(string audience)
    {
        using var files = new CliRun();
        void Visible(JsonObject profile)
        {
            if (audience == "couple")
            {
                profile["relationship"]!["lengthYears"] = -1;
            }
            else
            {
                profile["partnerB"]!["ageYears"] = 7;
            }
        }

        var onlyVisible = JsonNode.Parse(Profile(_ => { }))!.AsObject();
        Visible(onlyVisible);
        var alsoA = JsonNode.Parse(Profile(a => a["wellbeingScores"] = JsonNode.Parse("""{ "visibility": "private", "phq9": 99 }""")))!.AsObject();
        Visible(alsoA);

        var path = files.Write("profile.json", onlyVisible.ToJsonString());
        var without = CliRun.Invoke("recommend", path, "--audience", audience, "--verbose");
        files.Write("profile.json", alsoA.ToJsonString());
        var with = CliRun.Invoke("recommend", path, "--audience", audience, "--verbose");

        without.Code.Should().Be(1, without.Error);
        with.Should().Be(without, "a problem in partner A's private answers must not change what --verbose shows the {0} view", audience);
    }

    /// <summary>
    /// A syntax error in partner B's answers: its line and byte count the text before it, partner A's private answers
    /// included, so partner B's --verbose output must not show them (the library's exception message does).
    /// </summary>
    [Fact]
    public void Recommend_WithVerbose_ForPartnerB_ASyntaxErrorInBsAnswers_IsTheSame_HoweverLongPartnerAsPrivateAnswersAre()
    {
        using var files = new CliRun();
        string Broken(Action<JsonObject> editPartnerA) =>
            Profile(editPartnerA).Replace("\"feelsPressured\": true", "\"feelsPressured\": tru", StringComparison.Ordinal);
        var shortA = Broken(a => a["trauma"] = JsonNode.Parse("""{ "visibility": "private" }"""));
        var longA = Broken(a => a["trauma"] = JsonNode.Parse("""{ "visibility": "private", "hasTraumaHistory": true, "affectsIntimacy": true }"""));
        shortA.Should().NotBe(longA);

        var path = files.Write("profile.json", shortA);
        var without = CliRun.Invoke("recommend", path, "--audience", "partner-b", "--verbose");
        files.Write("profile.json", longA);
        var with = CliRun.Invoke("recommend", path, "--audience", "partner-b", "--verbose");

        without.Code.Should().Be(1, without.Error);
        without.Error.Should().Contain("$.partnerB.view.feelsPressured");
        with.Should().Be(without, "the place of a syntax error in B's answers counts the lines of A's private answers");
        with.Error.Should().NotContain("(line ");
    }

    [Fact]
    public void Recommend_ForPartnerB_StillNamesTheProblemsInBsOwnAnswers_AndOnlyThose()
    {
        using var files = new CliRun();
        var json = JsonNode.Parse(Profile(a => a["wellbeingScores"] = JsonNode.Parse("""{ "visibility": "private", "phq9": 99 }""")))!.AsObject();
        json["partnerB"]!["ageYears"] = 7;
        var profile = files.Write("profile.json", json.ToJsonString());

        var (code, _, error) = CliRun.Invoke("recommend", profile, "--audience", "partner-b");

        code.Should().Be(1);
        error.Should().Contain("$.partnerB.ageYears").And.NotContain("partnerA").And.NotContain("more problem", "a count would tell B of A's problems");
    }

    private static string Profile(Action<JsonObject> editPartnerA)
    {
        var profile = JsonNode.Parse(File.ReadAllText(Path.Combine(CliRun.Root, "samples", "profiles", "quickstart-couple.json")))!.AsObject();
        editPartnerA(profile["partnerA"]!.AsObject());
        return profile.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
