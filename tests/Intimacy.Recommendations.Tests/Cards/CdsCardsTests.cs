using System.Text.Json;
using System.Text.RegularExpressions;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Profiles;

namespace Intimacy.Recommendations.Tests.Cards;

public partial class CdsCardsTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    [Fact]
    public void EveryCard_OfManyPlans_HasASummaryUnder140Characters_AndAUniqueVersion8Uuid()
    {
        var cards = 0;
        foreach (var profile in OutputProfiles.Named().Concat(OutputProfiles.Random(seed: 2024, count: 400)))
        {
            var plan = Engine.Recommend(profile);
            foreach (var audience in Enum.GetValues<Audience>())
            {
                var response = CdsCards.Create(plan, audience);

                foreach (var card in response)
                {
                    card.Summary.Should().NotBeNullOrWhiteSpace();
                    card.Summary.Length.Should().BeLessThan(140, $"summary '{card.Summary}' is a CDS Hooks card summary");
                    card.Uuid.Should().MatchRegex(UuidV8().ToString());
                    card.Source.Label.Should().NotBeNullOrWhiteSpace();
                    card.Detail.Should().NotBeNullOrWhiteSpace();
                }

                response.Select(c => c.Uuid).Should().OnlyHaveUniqueItems();
                cards += response.Count;
            }
        }

        cards.Should().BeGreaterThan(2000, "the sample should hold many cards");
    }

    [Fact]
    public void Cards_ComeInReadingOrder_CriticalFirst_ThenNotices_ThenUrgentPhasesAndSupport_OnePerItem()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());

        var cards = CdsCards.Create(plan, Audience.Clinician);

        var notices = plan.Notices.DistinctBy(n => (n.GateId, n.Text)).ToList();
        notices.Should().HaveCountGreaterThan(0);
        cards.Should().HaveCount(notices.Count + plan.AllItems.Count());

        // Reading order is notices then items; critical cards are lifted to the top, each group keeping that order.
        List<string> reading = [.. notices.Select(n => n.Text), .. plan.AllItems.Select(i => i.Detail.Trim())];
        List<Indicator> levels = [.. cards.Select(c => c.Indicator)];
        var expected = reading.Select((text, index) => (text, index)).OrderBy(t => Level(t.index) == Indicator.Critical ? 0 : 1).ThenBy(t => t.index).Select(t => t.text).ToList();
        cards.Select((c, i) => c.Summary == expected[i] || c.Detail!.StartsWith(expected[i], StringComparison.Ordinal))
            .Should().AllSatisfy(matches => matches.Should().BeTrue());
        levels.Should().StartWith(Indicator.Critical);

        Indicator Level(int readingIndex) => readingIndex < notices.Count
            ? cards.Single(c => c.Summary == notices[readingIndex].Text).Indicator
            : plan.AllItems.ElementAt(readingIndex - notices.Count).Indicator;
    }

    [Fact]
    public void Indicator_FollowsTheItem_AndTheGate()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());
        var cards = CdsCards.Create(plan, Audience.Clinician);

        Card(cards, "Your answers raise a safety concern").Indicator.Should().Be(Indicator.Critical);
        Card(cards, "A medical check is suggested").Indicator.Should().Be(Indicator.Warning);
        Card(cards, "Safety planning").Indicator.Should().Be(Indicator.Critical);
        Card(cards, "See a physician").Indicator.Should().Be(Indicator.Warning);
        Card(cards, "Self-care and stress management").Indicator.Should().Be(Indicator.Info);
        var itemCards = cards.Where(c => !plan.Notices.Any(n => n.Text == c.Summary));
        itemCards.Select(c => c.Indicator).Should().Equal(plan.AllItems.Select(i => i.Indicator).OrderBy(i => i == Indicator.Critical ? 0 : 1));
    }

    [Fact]
    public void ImminentDanger_GivesCriticalCards_ForTheNoticeAndTheEmergencyItem()
    {
        var plan = Engine.Recommend(OutputProfiles.ImminentDangerForB());

        var cards = CdsCards.Create(plan, Audience.PartnerB);

        cards[0].Indicator.Should().Be(Indicator.Critical);
        cards[0].Summary.Should().Contain("contact emergency services");
        cards.Should().ContainSingle(c => c.Summary.StartsWith("For partner B: Emergency", StringComparison.Ordinal) && c.Indicator == Indicator.Critical)
            .Which.Detail.Should().Contain("**Who to contact:**").And.Contain("local emergency number");
    }

    [Fact]
    public void Detail_SaysWhatToDo_AndWhy_WithRuleNamesThresholdsAnswersAndSources()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());
        var item = plan.Support.Single(i => i.InterventionId == "intervention.individual-therapy");

        var card = CdsCards.Create(plan, Audience.PartnerA).Single(c => c.Summary.Contains("Individual therapy", StringComparison.Ordinal));

        card.Detail.Should().StartWith(item.Detail)
            .And.Contain("**Why:**")
            .And.Contain("rule `Recommend.IndividualSupport`")
            .And.Contain("threshold: PHQ-9 at or above 10")
            .And.Contain("`$.partnerA.wellbeingScores.phq9`")
            .And.Contain("**Sources:**")
            .And.Contain(item.Sources[0].Label)
            .And.Contain(item.Sources[0].Locator);
        card.Source.Label.Should().Be(item.Sources[0].Label);
        card.Source.Url.Should().Be(item.Sources[0].Url);
    }

    [Fact]
    public void Detail_CarriesTheDoseAndTheCaution_WhenTheInterventionHasThem()
    {
        var details = OutputProfiles.Named().SelectMany(p => CdsCards.Create(Engine.Recommend(p), Audience.Clinician)).Select(c => c.Detail!).ToList();

        details.Should().Contain(d => d.Contains("**How much:**", StringComparison.Ordinal));
        details.Should().Contain(d => d.Contains("**Please note:**", StringComparison.Ordinal));
    }

    [Fact]
    public void CoupleAndPartnerBCards_NeverMentionPartnerAsPrivateViolence()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());

        foreach (var audience in (Audience[])[Audience.Couple, Audience.PartnerB])
        {
            var response = CdsCards.CreateResponse(plan, audience);
            var visibleText = string.Join("\n", response.Cards.SelectMany(c => new[] { c.Summary, c.Detail, c.Source.Label }.Concat(c.Links?.Select(l => l.Label) ?? [])));

            PrivacyProbe.Leaks(visibleText).Should().BeEmpty($"the {audience} cards rest only on what {audience} may see");
            PrivacyProbe.Leaks(CdsCards.Serialize(response)).Should().BeEmpty();
            response.Cards.Should().NotBeEmpty("the shared answers still call for steps");
        }

        // The probe can fail: partner A's and the clinician's cards do carry it.
        PrivacyProbe.Leaks(CdsCards.Serialize(CdsCards.CreateResponse(plan, Audience.PartnerA))).Should().Contain(["violence", "safety planning"]);
        PrivacyProbe.Leaks(CdsCards.Serialize(CdsCards.CreateResponse(plan, Audience.Clinician))).Should().Contain("gate.violence-or-coercion");
    }

    [Fact]
    public void PartnerAsCards_HoldNothingFromPartnerBsPrivateDanger()
    {
        var plan = Engine.Recommend(OutputProfiles.ImminentDangerForB());

        var text = CdsCards.Serialize(CdsCards.CreateResponse(plan, Audience.PartnerA));

        text.Should().NotContainAny("partnerB.safety", "gate.imminent-danger", "emergency-services", "threats");
        CdsCards.Serialize(CdsCards.CreateResponse(plan, Audience.PartnerB)).Should().Contain("partnerB.safety");
    }

    [Fact]
    public void SameInput_GivesTheSameJson_AndTheEncounterKeyAndAudienceChangeTheIds()
    {
        var profile = OutputProfiles.DriftingApart();

        var first = CdsCards.Serialize(CdsCards.CreateResponse(Engine.Recommend(profile), Audience.Couple));
        var second = CdsCards.Serialize(CdsCards.CreateResponse(RecommendationEngine.CreateDefault().Recommend(profile), Audience.Couple));
        var keyed = CdsCards.Create(Engine.Recommend(profile), Audience.Couple, encounterKey: "encounter-17");
        var forA = CdsCards.Create(Engine.Recommend(profile), Audience.PartnerA);

        second.Should().Be(first);
        var plain = CdsCards.Create(Engine.Recommend(profile), Audience.Couple);
        keyed.Select(c => c.Uuid).Should().NotIntersectWith(plain.Select(c => c.Uuid));
        keyed.Select(c => c.Summary).Should().Equal(plain.Select(c => c.Summary));
        forA.Select(c => c.Uuid).Should().NotIntersectWith(plain.Select(c => c.Uuid));
    }

    [Fact]
    public void Serialize_WritesACdsHooksResponse()
    {
        var json = CdsCards.Serialize(CdsCards.CreateResponse(Engine.Recommend(OutputProfiles.PrivateViolenceByA()), Audience.Clinician), indented: true);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("cards");
        foreach (var card in root.GetProperty("cards").EnumerateArray())
        {
            card.EnumerateObject().Select(p => p.Name).Should().BeSubsetOf(["uuid", "summary", "detail", "indicator", "source", "links"]);
            card.GetProperty("indicator").GetString().Should().BeOneOf("info", "warning", "critical");
            card.GetProperty("summary").GetString()!.Length.Should().BeLessThan(140);
            card.GetProperty("source").GetProperty("label").GetString().Should().NotBeNullOrEmpty();
            card.GetProperty("uuid").GetString().Should().MatchRegex(UuidV8().ToString());
        }

        json.Should().NotContain("null");
    }

    [Fact]
    public void Links_ListCitationAddresses_AndContactAddresses()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());
        var item = plan.Urgent[0] with
        {
            Sources = [new Citation("source.x", "X (2020)", new Uri("https://example.org/x"), "p. 2", Core.Sources.EvidenceLevel.Guideline), .. plan.Urgent[0].Sources],
            Contacts = [new CrisisContact("Region line", "Any time.", "000", "https://example.org/help")],
        };
        var withLinks = plan with { Urgent = [item], Phases = [], Support = [], Notices = [] };

        var card = CdsCards.Create(withLinks, Audience.Clinician).Single();

        card.Links.Should().BeEquivalentTo([new CdsLink("Region line", new Uri("https://example.org/help")), new CdsLink("X (2020)", new Uri("https://example.org/x"))], o => o.WithStrictOrdering());
        card.Source.Should().Be(new CdsSource("X (2020)", new Uri("https://example.org/x")));
        card.Detail.Should().Contain("Phone: 000.").And.Contain("<https://example.org/x>");
    }

    [Fact]
    public void Links_OfContactsSharingAnAddress_AreOneLink_WithTheFirstContactsLabel()
    {
        // A host's provider may list two services behind one web page (a hotline and its chat, say).
        var contacts = new[]
        {
            new CrisisContact("Region line", "Call any time.", "000", "https://example.org/help"),
            new CrisisContact("Region chat", "Chat online.", null, "https://example.org/help"),
            new CrisisContact("Other service", "Write to them.", null, "https://example.org/other"),
        };
        var engine = new RecommendationEngineBuilder().UseCrisisContacts(new FixedContacts(contacts)).Build();
        var plan = engine.Recommend(SafetyProfiles.InDanger);

        var cards = CdsCards.Create(plan, Audience.Clinician).Where(c => c.Detail?.Contains("**Region chat**", StringComparison.Ordinal) == true).ToList();

        cards.Should().NotBeEmpty("the urgent items list the provider's contacts");
        foreach (var card in cards)
        {
            card.Links!.Select(l => (l.Label, l.Url.ToString())).Take(2).Should().Equal(
                ("Region line", "https://example.org/help"), ("Other service", "https://example.org/other"));
            card.Links.Should().OnlyHaveUniqueItems(l => l.Url.ToString() + " " + l.Type);
            card.Detail.Should().Contain("**Region line**", "the detail still names every contact");
        }
    }

    [Fact]
    public void Links_OfContactsAtDifferentAnchorsOfOnePage_StayTwoLinks()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());
        var item = plan.Urgent[0] with
        {
            Sources = [],
            Contacts = [new CrisisContact("Call", "Any time.", null, "https://example.org/help#call"), new CrisisContact("Chat", "Evenings.", null, "https://example.org/help#chat")],
        };

        var card = CdsCards.Create(plan with { Urgent = [item], Phases = [], Support = [], Notices = [] }, Audience.Clinician).Single();

        card.Links!.Select(l => (l.Label, l.Url.Fragment)).Should().Equal(("Call", "#call"), ("Chat", "#chat"));
    }

    [Fact]
    public void LongText_IsShortenedAtAWord_BelowTheLimit()
    {
        var plan = Engine.Recommend(OutputProfiles.DriftingApart());
        var longNotice = new SafetyNotice("gate.medical-first", string.Join(' ', Enumerable.Repeat("Please see a doctor first.", 12)), Disclosure.Shared);

        var card = CdsCards.Create(plan with { Notices = [longNotice] }, Audience.Couple)[0];

        card.Summary.Length.Should().BeLessThan(140);
        card.Summary.Should().EndWith("...").And.StartWith("Please see a doctor first. Please");
        card.Summary[..^3].Should().NotEndWith(" ");
        card.Detail.Should().StartWith(longNotice.Text, "the detail keeps the full text");
        card.Source.Label.Should().StartWith("Intimacy.Core rule set ", "no visible finding cites a source for this notice");
    }

    [Fact]
    public void SameNoticeForBothPartners_GivesOneCard()
    {
        var profile = Intimacy.Core.Profiles.CoupleProfileBuilder.Create()
            .WithPartnerA(50, a => a.Health(h => h with { ErectileDifficulty = true }))
            .WithPartnerB(50, b => b.Health(h => h with { PainDuringSex = true }))
            .Build();
        var plan = Engine.Recommend(profile);

        var cards = CdsCards.Create(plan, Audience.Couple);

        plan.Notices.Count(n => n.GateId == "gate.medical-first").Should().Be(1, "both partners' shared answers apply the gate: one notice");
        cards.Count(c => c.Summary == "A medical check is suggested before sex therapy.").Should().Be(1);
        cards.Single(c => c.Summary == "A medical check is suggested before sex therapy.").Detail.Should()
            .Contain("$.partnerA.health.erectileDifficulty").And.Contain("$.partnerB.health.painDuringSex");
    }

    [Fact]
    public void Create_CannotWidenAPartnersView()
    {
        var partnerAView = Engine.Recommend(OutputProfiles.PrivateViolenceByA()).ForAudience(Audience.PartnerA);

        var act = () => CdsCards.Create(partnerAView, Audience.PartnerB);

        act.Should().Throw<InvalidOperationException>();
        CdsCards.Create(partnerAView, Audience.Couple).Should().NotBeEmpty();
    }

    private static CdsCard Card(IReadOnlyList<CdsCard> cards, string summaryPart) =>
        cards.Should().ContainSingle(c => c.Summary.Contains(summaryPart, StringComparison.Ordinal)).Which;

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidV8();

    private sealed class FixedContacts(IReadOnlyList<CrisisContact> contacts) : ICrisisContactProvider
    {
        public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind) => contacts;
    }
}
