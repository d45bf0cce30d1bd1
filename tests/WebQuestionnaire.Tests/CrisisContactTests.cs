using Intimacy.Core.Plans;
using Intimacy.Recommendations.Crisis;
using Microsoft.Extensions.DependencyInjection;

namespace WebQuestionnaire.Tests;

/// <summary>A host's crisis contacts are shown whole: a web address (a chat or text service) as well as a phone number.</summary>
public sealed class CrisisContactTests
{
    private sealed class HostContacts : ICrisisContactProvider
    {
        public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind) =>
        [
            new("Example support line", "Talk to someone in confidence.", Phone: "0800 000 000", Url: "https://support.example.org/chat"),
            new("Example unsafe address", "Never shown as a link.", Url: "javascript:alert(1)"),
        ];
    }

    [Fact]
    public async Task ContactsWithAWebAddressOrPhone_AreShownAsLinks_OnlyForSafeSchemes()
    {
        using var factory = new WebAppFactory(new Dictionary<string, string?>(), services: s => s.AddSingleton<ICrisisContactProvider, HostContacts>());
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await a.CompleteAsync(hub, Answers.View(30), Answers.Screens(selfHarmThoughts: "yes"), Answers.Safety(violence: true));

        foreach (var page in new[] { hub + "/mine" })
        {
            var html = (await a.GetAsync(page)).Html;
            html.Should().Contain("<a href=\"https://support.example.org/chat\"", $"{page} shows the host's web address as a link");
            html.Should().Contain("<a href=\"tel:0800000000\">0800 000 000</a>", $"{page} makes the phone number callable");
            html.Should().NotContain("javascript:", $"{page} never links anything but http(s)");
        }
    }
}
