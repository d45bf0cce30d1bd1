using Intimacy.Core.Catalog;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Tests.Profiles;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Serialization;

/// <summary>
/// Apps embedding the library run under their users' culture. Profile JSON (written and read), the schemas, the
/// glossary and every validation message (thresholds such as <c>2.0</c> or <c>13.5</c> must never read <c>13,5</c>)
/// must be the same, byte for byte, whatever the current culture and UI culture.
/// </summary>
public class CultureIndependenceTests
{
    private static readonly string[] Invalid =
    [
        """{"schemaVersion":1,"relationship":{"lengthYears":80.5},"partnerA":{"ageYears":17,"view":{"qualityTimeHoursPerWeek":168.25,"sexPerYear":-1.5,"affection":"sometimez"},"wellbeingScores":{"fsfi":1.95,"phq9":27.5},"relationshipScores":{"ems":7.01,"csi4":-0.5}},"partnerB":{"ageYears":120.5,"life":{"workHoursPerWeek":1e400}}}""",
        """{"schemaVersion":1,"partnerA":{"ageYears":"thirty","view":{"feelsLikeRoommates":"yes"}},"partnerB":{"ageYears":30.25}}""",
        """{"schemaVersion":2,"partnerA":{"ageYears":30}}""",
        """{"schemaVersion":1,"partnerA":{"ageYears":30,"view":{"qualityTimeHoursPerWeek":1.5,}}}""",
        """{"schemaVersion":1,"partnerA":{"ageYears":30},"partnerB":{"ageYears":40,"Safety":{"visibility":"private"},"lief":{}}}""",
        "{\"schemaVersion\":1,\n\"partnerA\":{\"ageYears\":30,\n\"view\":{\"sexPerYear\":12\n",
        """{"schemaVersion":1.5,"partnerA":{"ageYears":-30}}""",
        """{"schemaVersion":1,"partnerA":{"ageYears":30,"relationshipScores":{"pair":{"sexual":{},"emotional":{"ideal":12}}}}}""",
        """{"schemaVersion":1,"partnerB":{"ageYears":30}}""",
    ];

    private static readonly string[] InvalidPlans =
    [
        """{"schemaVersion":7}""",
        """{"schemaVersion":1,"audience":"couple"}""",
        """{"schemaVersion":1,"audience":"couple","urgent":[{"priority":-3.5}]}""",
        "[1,2,",
    ];

    public static TheoryData<string> AwkwardCultures => Cultures.Awkward;

    [Theory]
    [MemberData(nameof(AwkwardCultures))]
    public void ProfileJsonSchemasAndGlossary_AreTheSameWhateverTheCulture(string culture) =>
        Cultures.Differences(culture, Outputs).Should().BeEmpty();

    [Theory]
    [MemberData(nameof(AwkwardCultures))]
    public void ValidationMessages_AreTheSameWhateverTheCulture(string culture) =>
        Cultures.Differences(culture, Messages).Should().BeEmpty();

    [Theory]
    [MemberData(nameof(AwkwardCultures))]
    public void MissingRequiredPlanProperties_AreNamedOneByOne_WhateverTheUiCulturesListSeparator(string culture)
    {
        // System.Text.Json joins the missing names with CurrentUICulture.TextInfo.ListSeparator ("; " under de-DE).
        var error = Cultures.Run(culture, () => Record.Exception(() => PlanJson.Deserialize("""{"schemaVersion":7}""")));

        error.Should().BeOfType<PlanFormatException>().Which.Errors.Select(e => (e.Path, e.Code, e.Message)).Should().Equal(
            ("$.audience", ValidationCodes.Required, "is required but missing."),
            ("$.stamp", ValidationCodes.Required, "is required but missing."));
    }

    private static IEnumerable<(string, string)> Outputs()
    {
        var random = new Random(5);
        for (var i = 0; i < 40; i++)
        {
            var profile = RandomProfiles.Create(random);
            var json = ProfileJson.Serialize(profile);
            yield return ($"profile {i}", json);
            yield return ($"profile {i} indented", ProfileJson.Serialize(profile, indented: true));
            yield return ($"profile {i} round trip", ProfileJson.Serialize(Read(json) ?? profile));
            yield return ($"profile {i} validation", string.Join('\n', ProfileValidator.Validate(profile).Errors.Select(e => $"{e.Path} {e.Code} {e.Message}")));
        }

        var sample = File.ReadAllText(RepositoryFiles.PathOf("samples/profiles/quickstart-couple.json"));
        yield return ("sample", ProfileJson.Serialize(ProfileJson.Deserialize(sample), indented: true));
        yield return ("profile schema", ProfileJson.GetSchema().ToJsonString());
        yield return ("plan schema", PlanJson.GetSchema().ToJsonString());
        yield return ("glossary", GlossaryWriter.Write(IntimacyCatalog.Default));
    }

    private static IEnumerable<(string, string)> Messages()
    {
        for (var i = 0; i < Invalid.Length; i++)
        {
            var error = Record.Exception(() => ProfileJson.Deserialize(Invalid[i]));
            yield return ($"profile {i}", error?.Message ?? "read");
            if (error is ProfileValidationException invalid)
            {
                yield return ($"profile {i} errors", string.Join('\n', invalid.Errors.Select(e => $"{e.Path} {e.Code} {e.Message}")));
                yield return ($"profile {i} couple", string.Join('\n', invalid.ErrorsVisibleTo(Core.Plans.Audience.Couple).Select(e => e.Message)));
            }
        }

        for (var i = 0; i < InvalidPlans.Length; i++)
        {
            yield return ($"plan {i}", Record.Exception(() => PlanJson.Deserialize(InvalidPlans[i]))?.Message ?? "read");
        }

        var valid = CoupleProfileBuilder.Create().WithPartnerA(30, a => a.View(v => v with { QualityTimeHoursPerWeek = 2 })).Build();
        var outOfRange = valid with
        {
            Relationship = new RelationshipFacts { LengthYears = -2.5 },
            PartnerA = valid.PartnerA! with
            {
                View = valid.PartnerA!.View! with { QualityTimeHoursPerWeek = 200.5 },
                WellbeingScores = new WellbeingScores { Fsfi = 1.5 },
            },
        };
        yield return ("validator", string.Join('\n', ProfileValidator.Validate(outOfRange).Errors.Select(e => $"{e.Path} {e.Code} {e.Message}")));
    }

    private static CoupleProfile? Read(string json)
    {
        try
        {
            return ProfileJson.Deserialize(json);
        }
        catch (ProfileValidationException)
        {
            return null;
        }
    }
}
