using System.Text.RegularExpressions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Sources;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Tests.Profiles;

namespace Intimacy.Recommendations.Tests.Cards;

/// <summary>App-supplied text must not become HTML, script links or stray Markdown structure in a card.</summary>
public partial class CdsCardsInjectionTests
{
    [Fact]
    public void Links_AndSourceUrls_AreOnlyWebAddresses()
    {
        var cards = CdsCards.Create(HostilePlans.Injecting(), Audience.Clinician);

        cards.SelectMany(c => c.Links ?? []).Should().NotBeEmpty("the contact's and the source's web addresses are not links");
        foreach (var card in cards)
        {
            (card.Links ?? []).Select(l => l.Url.Scheme).Should().NotContain(s => s != "https" && s != "http");
            if (card.Source.Url is { } url)
            {
                url.Scheme.Should().BeOneOf("https", "http");
            }
        }
    }

    [Fact]
    public void Detail_HasNoRawHtml_NoScriptLinks_AndNoInjectedHeadings()
    {
        var cards = CdsCards.Create(HostilePlans.Injecting(), Audience.Clinician);

        foreach (var card in cards)
        {
            UnsafeMarkdown(card.Detail!).Should().BeEmpty($"the detail was:\n{card.Detail}");
        }

        cards[1].Detail.Should().Contain("[more](https://example.org/more)", "safe links in an intervention's own Markdown stay links")
            .And.Contain("**How much:** daily.");
    }

    [Fact]
    public void LinkAndSourceLabels_AreOneLine_WithUnseenCharactersShownAsEscapes()
    {
        const string Hostile = "Help\nline \u001b[2J\u0007 \u202Eenil";
        var plan = HostilePlans.Injecting();
        var item = plan.Phases[0].Items[0] with
        {
            Sources = [new Citation("source.app", Hostile, new Uri("https://example.org/guide"), "p. 1", EvidenceLevel.PractitionerAdvice)],
            Contacts = [new CrisisContact(Hostile, "Any time.", null, "https://example.org/help")],
        };

        var card = CdsCards.Create(plan with { Phases = [new PlanPhase(PlanStage.EmotionalFoundation, [item])] }, Audience.Clinician)
            .Single(c => c.Links is not null);

        card.Links!.Select(l => l.Label).Should().Equal(@"Help line \u001b[2J\u0007 \u202eenil", @"Help line \u001b[2J\u0007 \u202eenil");
        card.Source.Label.Should().Be(@"Help line \u001b[2J\u0007 \u202eenil");
    }

    /// <summary>Raw HTML tags, autolinks and links whose destination is not a web address, and headings inside text.</summary>
    internal static List<string> UnsafeMarkdown(string markdown) =>
        [.. UnsafePattern().Matches(markdown).Select(m => m.Value)];

    [GeneratedRegex(@"(?<!\\)<(?!https?://)[A-Za-z/!?][^>]*>|(?<!\\)\]\(\s*<?(?!https?://)[A-Za-z][A-Za-z0-9+.\-]*:|^\s{0,3}(?<!\\)\[(?:[^\]\\]|\\.)*\]:\s*<?(?!https?://)[A-Za-z][A-Za-z0-9+.\-]*:|^\s*(?:-\s+)?#{1,6}\s+Injected", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex UnsafePattern();
}
