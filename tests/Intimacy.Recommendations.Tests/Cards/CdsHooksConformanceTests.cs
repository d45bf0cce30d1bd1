using System.Text.Json;
using System.Text.Json.Serialization;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Sources;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Profiles;

namespace Intimacy.Recommendations.Tests.Cards;

/// <summary>
/// Reads the library's CDS Hooks responses as a strict client would: a model written from the CDS Hooks 2.0
/// "CDS Service Response" section (Card, Source, Link, Suggestion, Action), with every required member required,
/// no unknown members, no nulls, and the value rules of the specification checked after reading.
/// </summary>
public class CdsHooksConformanceTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    private static readonly JsonSerializerOptions Strict = new()
    {
        PropertyNameCaseInsensitive = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
    };

    [Fact]
    public void EveryResponse_OfManyPlansAndEveryAudience_ReadsWithAStrictSpecModel()
    {
        var responses = 0;
        foreach (var profile in OutputProfiles.Named().Concat(OutputProfiles.Random(seed: 77, count: 150)))
        {
            var plan = Engine.Recommend(profile);
            foreach (var audience in Enum.GetValues<Audience>())
            {
                AssertConforms(CdsCards.Serialize(CdsCards.CreateResponse(plan, audience)));
                responses++;
            }
        }

        foreach (var audience in new[] { Audience.Clinician, Audience.Couple })
        {
            AssertConforms(CdsCards.Serialize(CdsCards.CreateResponse(HostilePlans.Injecting(), audience), indented: true));
        }

        responses.Should().BeGreaterThan(500);
    }

    [Fact]
    public void EmptyPlan_GivesAnEmptyCardsArray()
    {
        var plan = Engine.Recommend(OutputProfiles.DriftingApart());
        var empty = plan with { Urgent = [], Phases = [], Support = [], Notices = [], Findings = [] };

        CdsCards.Serialize(CdsCards.CreateResponse(empty, Audience.Couple)).Should().Be("""{"cards":[]}""");
    }

    [Theory]
    [InlineData("https://example.org/a guide")]
    [InlineData("https://example.org/führer")]
    [InlineData("https://example.org/a\"b")]
    [InlineData("https://bücher.example/guide")]
    public void LinkAndSourceUrls_AreWrittenAsValidAbsoluteUris(string address)
    {
        var item = HelpItem() with
        {
            Sources = [new Citation("source.app", "Guide", new Uri(address), "p. 1", EvidenceLevel.PractitionerAdvice)],
            Contacts = [new CrisisContact("Help line", "Any time.", null, address + "?from=contact")],
        };

        var json = CdsCards.Serialize(new CdsHooksResponse(CdsCards.Create(PlanWith(item), Audience.Clinician)));

        var card = AssertConforms(json).Cards.Single();
        card.Links!.Select(l => l.Url).Should().HaveCount(2).And.OnlyContain(u => IsUriText(u), json);
        card.Source.Url.Should().Match(u => IsUriText(u!), json);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void BlankCitationAndContactNames_StillGiveNonEmptyLabels(string blank)
    {
        var item = HelpItem() with
        {
            Sources = [new Citation("source.app", blank, new Uri("https://example.org/guide"), "p. 1", EvidenceLevel.PractitionerAdvice)],
            Contacts = [new CrisisContact(blank, "Any time.", null, "https://example.org/help")],
        };

        var json = CdsCards.Serialize(new CdsHooksResponse(CdsCards.Create(PlanWith(item), Audience.Clinician)));

        AssertConforms(json);
    }

    private static PlanItem HelpItem() => Engine.Recommend(OutputProfiles.DriftingApart()).AllItems.First();

    private static RecommendationPlan PlanWith(PlanItem item) =>
        Engine.Recommend(OutputProfiles.DriftingApart()) with { Urgent = [], Phases = [new PlanPhase(PlanStage.EmotionalFoundation, [item])], Support = [], Notices = [] };

    private static Response AssertConforms(string json)
    {
        json.Should().NotContain(":null", "the specification wants an absent member, not null");
        var response = JsonSerializer.Deserialize<Response>(json, Strict)!;
        response.Cards.Should().NotBeNull();
        foreach (var card in response.Cards)
        {
            // Card: summary is required, one line and under 140 characters (counted as Unicode characters).
            card.Summary.Should().NotBeNullOrWhiteSpace(json);
            card.Summary.EnumerateRunes().Count().Should().BeLessThan(140, card.Summary);
            card.Indicator.Should().BeOneOf(["info", "warning", "critical"], "indicator has three allowed values");
            if (card.Uuid is not null)
            {
                Guid.TryParseExact(card.Uuid, "D", out _).Should().BeTrue(card.Uuid);
            }

            // Source: label required; url and icon absolute URLs; topic a Coding.
            card.Source.Label.Should().NotBeNullOrWhiteSpace(json);
            if (card.Source.Url is not null)
            {
                IsUriText(card.Source.Url).Should().BeTrue(card.Source.Url);
            }

            if (card.Source.Icon is not null)
            {
                IsUriText(card.Source.Icon).Should().BeTrue(card.Source.Icon);
            }

            // Suggestions require a selection behavior; links need label, url and a type of absolute or smart.
            if (card.Suggestions is { Count: > 0 })
            {
                card.SelectionBehavior.Should().BeOneOf("at-most-one", "any");
            }

            card.Links?.Should().NotBeEmpty("an absent member is written rather than an empty list");
            foreach (var link in card.Links ?? [])
            {
                link.Label.Should().NotBeNullOrWhiteSpace(json);
                link.Type.Should().BeOneOf("absolute", "smart");
                IsUriText(link.Url).Should().BeTrue(link.Url);
                if (link.Type == "absolute")
                {
                    link.AppContext.Should().BeNull("appContext goes only with SMART links");
                }
            }
        }

        response.Cards.Select(c => c.Uuid).Where(u => u is not null).Should().OnlyHaveUniqueItems();
        return response;
    }

    /// <summary>An absolute http(s) URI as RFC 3986 spells it: ASCII only, nothing outside its character set.</summary>
    private static bool IsUriText(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && text.All(c => c < 128 && (char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=%".Contains(c, StringComparison.Ordinal)));

    private sealed record Response(IReadOnlyList<Card> Cards, IReadOnlyList<JsonElement>? SystemActions = null);

    private sealed record Card(
        string Summary,
        string Indicator,
        Source Source,
        string? Uuid = null,
        string? Detail = null,
        IReadOnlyList<JsonElement>? Suggestions = null,
        string? SelectionBehavior = null,
        IReadOnlyList<Coding>? OverrideReasons = null,
        IReadOnlyList<Link>? Links = null);

    private sealed record Source(string Label, string? Url = null, string? Icon = null, Coding? Topic = null);

    private sealed record Coding(string Code, string? System = null, string? Display = null);

    private sealed record Link(string Label, string Url, string Type, string? AppContext = null);
}
