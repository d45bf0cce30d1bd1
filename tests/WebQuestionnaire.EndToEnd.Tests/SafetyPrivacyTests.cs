using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>
/// Scenario 2: partner A discloses violence, fear of partner B and coercive control in the private
/// safety screen. A's private view puts A's safety first and suggests nothing joint; the shared plan
/// suggests nothing joint; partner B's screens, page source, hidden fields and URLs show nothing of it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SafetyPrivacyTests(WebAppFixture app, ITestOutputHelper output)
{
    /// <summary>What A's disclosure produces (docs/safety.md row 2; texts from the library), none of which may reach B.</summary>
    private static readonly string[] DisclosureTraces =
    [
        "Safety first",
        "safety-first",
        "raise a safety concern",
        "joint steps are on hold",
        "violence, fear or control",
        "gate.violence-or-coercion",
        "intervention.safety-planning",
        "intervention.safety-advocacy",
        "intervention.specialist-screening",
        "Safety planning",
        "safety-focused support",
        "Specialist screening",
        "Held back for now",
        "experiencesViolence",
        "fearsPartner",
        "coerciveControl",
    ];

    [BrowserFact]
    public async Task A_private_disclosure_puts_A_safety_first_stops_joint_steps_and_leaves_no_trace_on_B_screens()
    {
        const string test = nameof(A_private_disclosure_puts_A_safety_first_stops_joint_steps_and_leaves_no_trace_on_B_screens);
        var (a, b) = await Couples.SeatBothAsync(app, output, test);
        await using var partnerA = a;
        await using var partnerB = b;

        await a.AnswerAllStepsAsync(Answers.ViewA, Answers.ScreensCalm, Answers.SafetyDisclosure);
        await b.AnswerAllStepsAsync(Answers.ViewB, Answers.ScreensCalm, Answers.SafetyClear);

        // A's private view: the safety notice first, A's safety items, nothing joint, joint steps held back.
        await a.OpenAsync("/mine");
        (await a.HeadingAsync()).Should().Be("Your private view");
        var notice = a.Page.Locator("#safety-first");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice.GetByRole(AriaRole.Heading, new() { Name = "Safety first" })).ToBeVisibleAsync();
        await Expect(notice.GetByRole(AriaRole.Alert).First).ToContainTextAsync("raise a safety concern");
        var mineA = await a.InterventionsAsync();
        mineA.Should().Contain(["intervention.safety-planning", "intervention.safety-advocacy", "intervention.specialist-screening"]);
        mineA.Should().NotContain(Couples.JointInterventions, "no joint step while A's safety is at stake");
        await Expect(a.Page.Locator("#withheld")).ToBeVisibleAsync();
        await a.User.ScreenshotAsync("private-view-safety-first");

        // The shared plan, for both: nothing joint. It is one page for both partners (the library's
        // couple view), so it carries no notice: a notice there would tell B. A's notice is on A's
        // private view above.
        var sharedPlans = new List<string[]>();
        foreach (var partner in new[] { a, b })
        {
            await partner.OpenAsync("/plan");
            (await partner.HeadingAsync()).Should().Be("Your shared plan");
            var shared = await partner.InterventionsAsync();
            output.WriteLine($"shared plan seen by {partner.Name}: {string.Join(", ", shared)}");
            shared.Should().NotContain(Couples.JointInterventions, $"the shared plan seen by {partner.Name} suggests no joint work, couples therapy included");
            shared.Should().NotContain("intervention.couples-therapy");
            await Expect(partner.Page.Locator("#safety-first")).ToHaveCountAsync(0);
            sharedPlans.Add(shared);
            await partner.User.ScreenshotAsync("shared-plan");
        }

        sharedPlans[1].Should().Equal(sharedPlans[0], "both partners see the same shared plan");

        // Partner B: hub, shared plan and private view, as rendered and as sent by the server.
        foreach (var page in new[] { string.Empty, "/plan", "/mine" })
        {
            var where = "B's " + (page.Length == 0 ? "hub" : page);
            await b.OpenAsync(page);
            await b.User.ScreenshotAsync(page.Length == 0 ? "hub" : page.TrimStart('/'));
            var text = await b.Page.Locator("body").InnerTextAsync();
            var dom = await b.Page.ContentAsync();
            var source = await b.SourceAsync(page);
            foreach (var trace in DisclosureTraces)
            {
                text.Should().NotContain(trace, $"{where} must show nothing of A's disclosure");
                dom.Should().NotContain(trace, $"{where}'s DOM must hold nothing of A's disclosure");
                source.Should().NotContain(trace, $"{where}'s page source must hold nothing of A's disclosure");
            }

            await Expect(b.Page.Locator("#safety-first")).ToHaveCountAsync(0);
            await Expect(b.Page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
            (await b.HiddenInputsAsync()).Where(h => !h.StartsWith("__RequestVerificationToken=", StringComparison.Ordinal)).Should().BeEmpty($"{where} has no hidden field but the antiforgery token");
            b.Page.Url.Should().NotContain("?");
        }

        // Nor do A's own pages put answers into hidden fields or URLs.
        foreach (var page in new[] { string.Empty, "/plan", "/mine", "/safety" })
        {
            await a.OpenAsync(page);
            (await a.HiddenInputsAsync()).Where(h => !h.StartsWith("__RequestVerificationToken=", StringComparison.Ordinal)).Should().BeEmpty($"A's {page} has no hidden field but the antiforgery token");
        }

        // Quick exit from A's private view too: Back must not bring the safety notice back.
        await a.OpenAsync();
        await a.OpenAsync("/mine");
        await a.Page.GetByRole(AriaRole.Link, new() { Name = "Leave this site now" }).ClickAsync();
        await a.WaitForNeutralPageAsync();
        await a.Page.GoBackAsync();
        await a.Page.WaitForLoadStateAsync(LoadState.Load);
        new Uri(a.Page.Url).AbsolutePath.Should().Be(a.Hub, "Back after the quick exit lands on the page before the private view");
        await Expect(a.Page.Locator("#safety-first")).ToHaveCountAsync(0);

        Couples.ShouldCarryNoAnswers(a.RequestedUrls, "A");
        Couples.ShouldCarryNoAnswers(b.RequestedUrls, "B");
        a.User.Errors.Should().BeEmpty();
        b.User.Errors.Should().BeEmpty();
    }

    [BrowserFact]
    public async Task B_hub_is_the_same_whether_or_not_A_disclosed()
    {
        const string test = nameof(B_hub_is_the_same_whether_or_not_A_disclosed);
        var hubs = new List<string>();
        foreach (var safetyA in new[] { Answers.SafetyDisclosure, Answers.SafetyClear })
        {
            var (a, b) = await Couples.SeatBothAsync(app, output, test);
            await using var partnerA = a;
            await using var partnerB = b;
            await a.AnswerAllStepsAsync(Answers.ViewA, Answers.ScreensCalm, safetyA);
            await b.AnswerAllStepsAsync(Answers.ViewB, Answers.ScreensCalm, Answers.SafetyClear);
            var source = await b.SourceAsync();
            hubs.Add(Normalize(source, b.Hub));
        }

        hubs[0].Should().Be(hubs[1], "B's hub must not differ in any way because of A's private answers");
    }

    // Session ids and antiforgery tokens differ between any two sessions; nothing else may.
    private static string Normalize(string html, string hub) =>
        System.Text.RegularExpressions.Regex.Replace(html.Replace(hub, "/c/{id}", StringComparison.Ordinal), "value=\"[^\"]{40,}\"", "value=\"{token}\"");
}
