using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intimacy.Core.Plans;
using Intimacy.Core.Serialization;

namespace WebQuestionnaire.Tests;

public sealed class ApiTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private const string Route = "/api/recommendations";

    // Partner A privately reports violence, fear, control and thoughts of self-harm; partner B reports nothing of the kind.
    private const string DisclosingProfile = """
        {
          "schemaVersion": 1,
          "partnerA": {
            "ageYears": 34,
            "view": { "sexPerYear": 4, "sexFrequencyFeeling": "wantsMore", "feelsLikeRoommates": true, "conflictFrequency": "often", "conflictsResolved": "rarely" },
            "relationshipScores": { "csi4": 8 },
            "safety": { "experiencesViolence": true, "fearsPartner": true, "coerciveControl": true, "selfHarmThoughts": true,
                        "threatsToKill": false, "strangulation": false, "weapon": false, "violenceEscalating": false,
                        "selfHarmPlan": false, "selfHarmIntent": false, "recentSelfHarmAttempt": false }
          },
          "partnerB": {
            "ageYears": 36,
            "view": { "sexPerYear": 4, "sexFrequencyFeeling": "content", "feelsLikeRoommates": true },
            "relationshipScores": { "csi4": 9 },
            "safety": { "experiencesViolence": false, "fearsPartner": false, "coerciveControl": false, "selfHarmThoughts": false }
          }
        }
        """;

    private static readonly string QuietProfile = DisclosingProfile
        .Replace("\"experiencesViolence\": true, \"fearsPartner\": true, \"coerciveControl\": true, \"selfHarmThoughts\": true", "\"experiencesViolence\": false, \"fearsPartner\": false, \"coerciveControl\": false, \"selfHarmThoughts\": false", StringComparison.Ordinal);

    private const string SmallProfile = """{ "schemaVersion": 1, "partnerA": { "ageYears": 40, "view": { "sexPerYear": 6, "sexFrequencyFeeling": "wantsMore" } } }""";

    private static string Request(string profile, string audience) => $$"""{ "profile": {{profile}}, "audience": "{{audience}}" }""";

    private async Task<HttpResponseMessage> PostAsync(string body, string contentType = "application/json")
    {
        using var client = factory.CreateClient();
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync(Route, content);
    }

    private static async Task<JsonElement> ErrorsOf(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("errors").Clone();
    }

    private static IEnumerable<string> Keys(JsonElement errors) => errors.EnumerateObject().Select(p => p.Name);

    [Fact]
    public async Task ValidProfile_Returns200WithThePlanJsonOfTheCoupleView()
    {
        var response = await PostAsync(Request(SmallProfile, "couple"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var json = await response.Content.ReadAsStringAsync();
        var plan = PlanJson.Deserialize(json); // strict: schema version, required fields, no unknown properties
        plan.Audience.Should().Be(Audience.Couple);
        plan.SchemaVersion.Should().Be(RecommendationPlan.CurrentSchemaVersion);
        plan.AllItems.Should().NotBeEmpty();
        plan.AllItems.Should().OnlyContain(i => i.Reasons.Count > 0 && i.Sources.Count > 0);
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("audience").GetString().Should().Be("couple");
        document.RootElement.TryGetProperty("stamp", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("couple", Audience.Couple)]
    [InlineData("partnerA", Audience.PartnerA)]
    [InlineData("partnerB", Audience.PartnerB)]
    [InlineData("clinician", Audience.Clinician)]
    public async Task EachAudience_GetsItsOwnView(string audience, Audience expected)
    {
        var response = await PostAsync(Request(DisclosingProfile, audience));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        PlanJson.Deserialize(await response.Content.ReadAsStringAsync()).Audience.Should().Be(expected);
    }

    [Fact]
    public async Task PrivateDisclosures_ReachTheDisclosingPartnerAndClinician_NeverTheCoupleOrTheOtherPartner()
    {
        var views = new Dictionary<string, string>();
        foreach (var audience in new[] { "couple", "partnerA", "partnerB", "clinician" })
        {
            var response = await PostAsync(Request(DisclosingProfile, audience));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            views[audience] = await response.Content.ReadAsStringAsync();
        }

        var clinician = PlanJson.Deserialize(views["clinician"]);
        var privateToA = clinician.Notices.Where(n => !n.Disclosure.PartnerB).Select(n => n.Text)
            .Concat(clinician.AllItems.Where(i => !i.Disclosure.PartnerB).Select(i => i.InterventionId))
            .Concat(clinician.AllItems.SelectMany(i => i.Reasons).Where(r => !r.Disclosure.PartnerB).Select(r => r.Text))
            .Distinct().ToList();

        // The clinician sees the disclosures: the gates fired and their safety items are there.
        clinician.Notices.Select(n => n.GateId).Should().Contain(["gate.violence-or-coercion", "gate.self-harm-risk"]);
        privateToA.Should().Contain(["intervention.safety-planning", "intervention.urgent-mental-health-assessment"]);
        views["partnerA"].Should().Contain("intervention.safety-planning").And.Contain("gate.violence-or-coercion");

        foreach (var audience in new[] { "couple", "partnerB" })
        {
            var view = PlanJson.Deserialize(views[audience]);
            view.Notices.Should().NotContain(n => n.GateId == "gate.violence-or-coercion" || n.GateId == "gate.self-harm-risk", audience);
            view.AllItems.SelectMany(i => i.Reasons).SelectMany(r => r.InputPaths).Should().NotContain(p => p.Contains("partnerA.safety"), audience);
            view.Findings.SelectMany(f => f.InputPaths).Should().NotContain(p => p.Contains("partnerA.safety"), audience);
            view.Withheld.Should().NotContain(w => w.HeldBy == "gate.violence-or-coercion" || w.HeldBy == "gate.self-harm-risk", audience);
            foreach (var text in privateToA)
            {
                views[audience].Should().NotContain(JsonEncodedText.Encode(text).ToString(), $"the {audience} view must not reveal partner A's private answers");
            }
        }
    }

    [Fact]
    public async Task Violence_HoldsBackJointItems_ThatTheSameSharedAnswersOtherwiseGet()
    {
        static async Task<RecommendationPlan> Couple(ApiTests tests, string profile)
        {
            var response = await tests.PostAsync(Request(profile, "couple"));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            return PlanJson.Deserialize(await response.Content.ReadAsStringAsync());
        }

        var quiet = await Couple(this, QuietProfile);
        var disclosing = await Couple(this, DisclosingProfile);

        quiet.AllItems.Should().Contain(i => i.Audience == ItemAudience.Couple, "the control shows that the shared answers alone lead to joint items");
        disclosing.AllItems.Should().NotContain(i => i.Audience == ItemAudience.Couple && i.Kind == Intimacy.Core.Interventions.InterventionKind.ProfessionalTherapy);
        disclosing.AllItems.Select(i => i.InterventionId).Should().NotContain(["intervention.couples-therapy", "intervention.emotionally-focused-therapy", "intervention.sensate-focus"]);
    }

    [Fact]
    public async Task InvalidProfile_Returns400KeyedByProfilePath_WithoutTheValuesSent()
    {
        var profile = """{ "schemaVersion": 1, "partnerA": { "ageYears": 40, "view": { "sexPerYear": 4321 }, "wellbeingScores": { "phq2": 5555 } } }""";

        var response = await PostAsync(Request(profile, "clinician"));

        var errors = await ErrorsOf(response);
        Keys(errors).Should().Contain(["profile.partnerA.view.sexPerYear", "profile.partnerA.wellbeingScores.phq2"]);
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId"); // random hex that could contain any digits
        problem.ToJsonString().Should().NotContain("4321").And.NotContain("5555");
    }

    [Theory]
    [InlineData("couple", false)]
    [InlineData("partnerB", false)]
    [InlineData("partnerA", true)]
    public async Task InvalidProfile_TellsAnAudienceOnlyOfProblemsOutsideAnswersItMayNotSee(string audience, bool seesPartnerA)
    {
        // Partner A's private PHQ-2 and a combination of A's private safety answers: their paths and rules say what A answered.
        var profile = """{ "schemaVersion": 1, "partnerA": { "ageYears": 40, "wellbeingScores": { "phq2": 5555 }, "safety": { "selfHarmThoughts": false, "selfHarmPlan": true } }, "partnerB": { "ageYears": 41 }, "hasBothPartners": true }""";

        var response = await PostAsync(Request(profile, audience));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var keys = Keys(await ErrorsOf(response));
        if (seesPartnerA)
        {
            keys.Should().Contain("profile.partnerA.wellbeingScores.phq2");
        }
        else
        {
            keys.Should().Equal(["profile"], "nothing of partner A's answers reaches the {0} audience", audience);
            (await response.Content.ReadAsStringAsync()).Should().NotContain("partnerA").And.NotContain("selfHarm").And.NotContain("phq2");
        }
    }

    [Fact]
    public async Task WrongSchemaVersion_IsKeyedAtSchemaVersion()
    {
        var errors = await ErrorsOf(await PostAsync(Request("""{ "schemaVersion": 2, "partnerA": { "ageYears": 40 } }""", "couple")));

        Keys(errors).Should().Contain("profile.schemaVersion");
    }

    [Theory]
    [InlineData("{ \"profile\": { \"schemaVersion\": 1, ")]
    [InlineData("not json at all")]
    [InlineData("")]
    public async Task MalformedJson_Returns400ProblemDetails(string body)
    {
        var errors = await ErrorsOf(await PostAsync(body));

        Keys(errors).Should().ContainSingle().Which.Should().Be("$");
    }

    [Fact]
    public async Task DuplicateKey_AtTheTopLevel_IsRejectedByPath()
    {
        var body = """{ "audience": "partnerB", "profile": { "schemaVersion": 1, "partnerA": { "ageYears": 40 } }, "audience": "clinician" }""";

        var errors = await ErrorsOf(await PostAsync(body));

        Keys(errors).Should().Equal("audience");
    }

    [Fact]
    public async Task DuplicateKey_InsideTheProfile_IsRejectedByPath()
    {
        var body = Request("""{ "schemaVersion": 1, "partnerA": { "ageYears": 40, "safety": { "fearsPartner": false, "fearsPartner": true } } }""", "partnerA");

        var errors = await ErrorsOf(await PostAsync(body));

        Keys(errors).Should().Equal("profile.partnerA.safety.fearsPartner");
    }

    [Theory]
    [InlineData("couple", false)]
    [InlineData("partnerB", false)]
    [InlineData("partnerA", true)]
    [InlineData("clinician", true)]
    [InlineData("nobody", false)]
    public async Task DuplicateKey_InAPartnersAnswers_IsToldOnlyToAnAudienceThatMaySeeThem(string audience, bool seesPartnerA)
    {
        // Like any other problem of the profile (docs/safety.md, "Errors are not views"): the path says partner A
        // answered the private safety section.
        var profile = """{ "schemaVersion": 1, "partnerA": { "ageYears": 40, "safety": { "visibility": "private", "fearsPartner": false, "fearsPartner": true } }, "partnerB": { "ageYears": 41 } }""";

        var response = await PostAsync(Request(profile, audience));

        var keys = Keys(await ErrorsOf(response)).ToList();
        if (seesPartnerA)
        {
            keys.Should().Equal("profile.partnerA.safety.fearsPartner");
        }
        else
        {
            keys.Should().NotContain(k => k.StartsWith("profile.partnerA", StringComparison.Ordinal), "nothing of partner A's answers reaches the {0} audience", audience);
            (await response.Content.ReadAsStringAsync()).Should().NotContain("profile.partnerA").And.NotContain("safety").And.NotContain("fearsPartner");
        }
    }

    [Theory]
    [InlineData("partnerB", "\"partnerB\": { \"ageYears\": 7 }")]
    [InlineData("couple", "\"partnerB\": { \"ageYears\": 41 }, \"relationship\": { \"lengthYears\": -1 }")]
    public async Task APrivateDuplicateKeyInPartnerAsAnswers_DoesNotChangeWhatPartnerBOrTheCoupleIsToldOfTheirOwnProblems(string audience, string rest)
    {
        // The problem partner B (or the couple) may see is told with or without a duplicate key in A's private answers:
        // leaving it out only when A's answers have one would tell them that A's answers have a problem.
        var withoutDuplicate = $$"""{ "schemaVersion": 1, "partnerA": { "ageYears": 40, "safety": { "visibility": "private", "fearsPartner": false } }, {{rest}} }""";
        var withDuplicate = $$"""{ "schemaVersion": 1, "partnerA": { "ageYears": 40, "safety": { "visibility": "private", "fearsPartner": false, "fearsPartner": true } }, {{rest}} }""";

        var without = await PostAsync(Request(withoutDuplicate, audience));
        var with = await PostAsync(Request(withDuplicate, audience));

        without.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        static string Body(string json) => Regex.Replace(json, "\"traceId\":\"[^\"]*\"", "\"traceId\":\"\""); // one per request
        var withoutBody = Body(await without.Content.ReadAsStringAsync());
        withoutBody.Should().Contain(audience == "couple" ? "profile.relationship.lengthYears" : "profile.partnerB.ageYears");
        with.StatusCode.Should().Be(without.StatusCode);
        Body(await with.Content.ReadAsStringAsync()).Should().Be(withoutBody, "a duplicate key in partner A's private answers must not change what the {0} audience is told", audience);
    }

    [Theory]
    [InlineData("couple")]
    [InlineData("partnerB")]
    [InlineData("partnerA")]
    [InlineData("clinician")]
    public async Task ANameWithALoneSurrogate_InPartnerAsPrivateAnswers_IsAnInvalidRequest_NotAServerError(string audience)
    {
        // JSON's grammar lets "\ud800" through, but no string can hold it: the app must not fail on it (a 500 for
        // partner B where their own problem is otherwise told would say that partner A's answers have one).
        var profile = """{ "schemaVersion": 1, "partnerA": { "ageYears": 40, "safety": { "visibility": "private", "fearsPartner": false, "\ud800": true } }, "partnerB": { "ageYears": 41 } }""";

        var response = await PostAsync(Request(profile, audience));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        if (audience is "couple" or "partnerB")
        {
            (await response.Content.ReadAsStringAsync()).Should().NotContain("profile.partnerA").And.NotContain("safety");
        }
    }

    // Found by fuzzing: a byte that is not UTF-8 (0xC3 before an ASCII letter) inside a string of the profile passed
    // JsonDocument.Parse and made reading the profile's text fail with a 500.
    [Theory]
    [InlineData("couple")]
    [InlineData("partnerA")]
    [InlineData("partnerB")]
    [InlineData("clinician")]
    public async Task ABodyThatIsNotUtf8_InsideAString_IsAnInvalidRequest_NotAServerError(string audience)
    {
        var text = Request("""{ "schemaVersion": 1, "partnerA": { "ageYears": 40, "life": { "visibility": "shar@ed" } }, "partnerB": { "ageYears": 41 } }""", audience);
        var bytes = Encoding.UTF8.GetBytes(text).Select(b => b == (byte)'@' ? (byte)0xC3 : b).ToArray();
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");

        var response = await client.PostAsync(Route, content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        if (audience is "couple" or "partnerB")
        {
            (await response.Content.ReadAsStringAsync()).Should().NotContain("profile.partnerA");
        }
    }

    [Fact]
    public async Task AnAudienceWithALoneSurrogate_IsAnUnknownAudience_NotAServerError()
    {
        // "\ud800" passes JSON's grammar but no string can hold it: it is simply not one of the four audiences.
        var body = """{ "profile": { "schemaVersion": 1, "partnerA": { "ageYears": 40 } }, "audience": "\ud800" }""";

        var response = await PostAsync(body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Keys(await ErrorsOf(response)).Should().Equal("audience");
    }

    [Fact]
    public async Task UnknownProperty_AtTheTopLevel_IsRejectedByName()
    {
        var body = """{ "profile": { "schemaVersion": 1, "partnerA": { "ageYears": 40 } }, "audience": "couple", "debug": true }""";

        var errors = await ErrorsOf(await PostAsync(body));

        Keys(errors).Should().Equal("debug");
    }

    [Fact]
    public async Task UnknownProperty_InsideTheProfile_IsRejectedByPath()
    {
        var errors = await ErrorsOf(await PostAsync(Request("""{ "schemaVersion": 1, "partnerA": { "ageYears": 40, "favouriteColour": "green" } }""", "partnerA")));

        Keys(errors).Should().Contain(k => k.StartsWith("profile.partnerA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingAudience_Returns400AtAudience()
    {
        var errors = await ErrorsOf(await PostAsync($$"""{ "profile": {{SmallProfile}} }"""));

        Keys(errors).Should().Equal("audience");
    }

    [Theory]
    [InlineData("\"everyone\"")]
    [InlineData("\"Couple\"")]
    [InlineData("3")]
    [InlineData("null")]
    public async Task UnknownAudience_Returns400AtAudience_WithoutEchoingIt(string audience)
    {
        var response = await PostAsync($$"""{ "profile": {{SmallProfile}}, "audience": {{audience}} }""");

        Keys(await ErrorsOf(response)).Should().Equal("audience");
        (await response.Content.ReadAsStringAsync()).Should().NotContain("everyone").And.NotContain("Couple");
    }

    [Fact]
    public async Task MissingProfile_Returns400AtProfile()
    {
        Keys(await ErrorsOf(await PostAsync("""{ "audience": "couple" }"""))).Should().Equal("profile");
    }

    [Fact]
    public async Task OversizedBody_Returns413ProblemDetails()
    {
        var padding = new string(' ', 70 * 1024);
        var response = await PostAsync("{" + padding + "\"audience\": \"couple\", \"profile\": " + SmallProfile + "}");

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task BodyJustUnderTheLimit_IsAccepted()
    {
        var body = Request(SmallProfile, "couple");
        var padded = "{" + new string(' ', (64 * 1024) - Encoding.UTF8.GetByteCount(body) - 1) + body[1..];
        Encoding.UTF8.GetByteCount(padded).Should().Be(64 * 1024 - 1);

        (await PostAsync(padded)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    // Found while checking that configuration errors name their key: Api:MaxBodyBytes alone was bound without a check at
    // start, so 0 or a negative number started an app whose API answered every request 413 ("Send at most -1 bytes."),
    // and a value that is not a number only failed the first API request.
    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("lots")]
    public void AnInvalidBodyLimit_StopsTheAppAtStart_NamingItsKey(string value)
    {
        var failure = WebAppFactory.StartupFailureOf(() => new WebAppFactory(new Dictionary<string, string?> { ["Api:MaxBodyBytes"] = value }));

        failure.Message.Should().Contain("Api:MaxBodyBytes");
    }

    [Fact]
    public async Task NonJsonContentType_Returns415()
    {
        var response = await PostAsync(Request(SmallProfile, "couple"), "text/plain");

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}
