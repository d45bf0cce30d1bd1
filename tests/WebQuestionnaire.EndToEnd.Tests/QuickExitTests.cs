using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>
/// Scenario 3: <b>Leave this site now</b> goes to the neutral page and replaces the history entry
/// (<c>location.replace</c>), so Back does not return to the safety questions. Pressing Escape twice
/// does the same.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QuickExitTests(WebAppFixture app, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Leave_this_site_now_goes_to_the_neutral_page_and_Back_does_not_return_to_the_safety_page()
    {
        const string test = nameof(Leave_this_site_now_goes_to_the_neutral_page_and_Back_does_not_return_to_the_safety_page);
        await using var a = await app.NewPartnerAsync("A", output, test);
        await a.StartTogetherAsync();
        await a.FollowAsync(Answers.SafetyHeading);
        (await a.HeadingAsync()).Should().Be(Answers.SafetyHeading);
        await a.ChooseAsync(Answers.AfraidOfPartner, "Yes");
        await a.User.ScreenshotAsync("safety-page-before-exit");

        var exit = a.Page.GetByRole(AriaRole.Link, new() { Name = "Leave this site now" });
        await Expect(exit).ToBeVisibleAsync();
        (await exit.GetAttributeAsync("href")).Should().Be("/weather", "without script it is an ordinary link to the neutral page");
        await exit.ClickAsync();
        await a.WaitForNeutralPageAsync();
        await a.User.ScreenshotAsync("neutral-page");
        (await a.Page.Locator("body").InnerTextAsync()).Should().NotContainAny(["safety", "partner", "relationship"], "the neutral page gives nothing away");

        await a.Page.GoBackAsync();
        await a.Page.WaitForLoadStateAsync(LoadState.Load);
        await a.User.ScreenshotAsync("after-back");
        output.WriteLine("after Back: " + a.Page.Url);
        new Uri(a.Page.Url).AbsolutePath.Should().NotEndWith("/safety", "the safety page's history entry was replaced");
        new Uri(a.Page.Url).AbsolutePath.Should().Be(a.Hub, "Back lands on the page before the safety questions");
        (await a.HeadingAsync()).Should().NotBe(Answers.SafetyHeading);
        a.User.Errors.Should().BeEmpty();
    }

    [BrowserFact]
    public async Task Pressing_Escape_twice_also_leaves_and_Back_does_not_return()
    {
        const string test = nameof(Pressing_Escape_twice_also_leaves_and_Back_does_not_return);
        await using var a = await app.NewPartnerAsync("A", output, test);
        await a.StartTogetherAsync();
        await a.FollowAsync(Answers.SafetyHeading);
        await a.Question(Answers.AfraidOfPartner).GetByRole(AriaRole.Radio, new() { Name = "No", Exact = true }).FocusAsync();
        await a.Page.Keyboard.PressAsync("Escape");
        await a.Page.Keyboard.PressAsync("Escape");
        await a.WaitForNeutralPageAsync();
        await a.User.ScreenshotAsync("neutral-page");

        await a.Page.GoBackAsync();
        await a.Page.WaitForLoadStateAsync(LoadState.Load);
        new Uri(a.Page.Url).AbsolutePath.Should().Be(a.Hub);
        a.User.Errors.Should().BeEmpty();
    }

    [BrowserFact]
    public async Task Every_session_page_and_the_landing_page_offer_the_quick_exit()
    {
        const string test = nameof(Every_session_page_and_the_landing_page_offer_the_quick_exit);
        var (a, b) = await Couples.SeatBothAsync(app, output, test);
        await using var partnerA = a;
        await using var partnerB = b;
        await a.Page.GotoAsync("/");
        await Expect(a.Page.Locator("#quick-exit")).ToHaveTextAsync("Leave this site now");
        foreach (var page in new[] { string.Empty, "/view", "/screens", "/safety", "/plan", "/mine" })
        {
            await a.OpenAsync(page);
            await Expect(a.Page.Locator("#quick-exit")).ToBeVisibleAsync();
            await Expect(a.Page.Locator("#quick-exit")).ToHaveTextAsync("Leave this site now");
        }
    }
}
