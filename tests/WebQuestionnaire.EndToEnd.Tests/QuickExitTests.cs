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
        (await exit.GetAttributeAsync("href")).Should().Be(a.Hub + "/exit", "without script it is an ordinary link to the exit, which redirects to the neutral page");
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
    public Task After_the_quick_exit_Back_shows_no_answers_and_the_seat_no_longer_opens_anything() =>
        AfterTheQuickExitAsync(nameof(After_the_quick_exit_Back_shows_no_answers_and_the_seat_no_longer_opens_anything), backForwardCache: false);

    [BrowserFact]
    public Task After_the_quick_exit_Back_shows_no_answers_with_the_back_forward_cache_on() =>
        AfterTheQuickExitAsync(nameof(After_the_quick_exit_Back_shows_no_answers_with_the_back_forward_cache_on), backForwardCache: true);

    [BrowserFact]
    public Task Back_to_a_form_left_unsaved_shows_it_empty() =>
        BackToAFormLeftUnsavedAsync(nameof(Back_to_a_form_left_unsaved_shows_it_empty), backForwardCache: false);

    [BrowserFact]
    public Task Back_to_a_form_left_unsaved_shows_it_empty_with_the_back_forward_cache_on() =>
        BackToAFormLeftUnsavedAsync(nameof(Back_to_a_form_left_unsaved_shows_it_empty_with_the_back_forward_cache_on), backForwardCache: true);

    [BrowserFact]
    public async Task After_Delete_my_answers_Back_does_not_bring_the_private_view_back_even_without_script()
    {
        // A shared device whose browser keeps pages in its back/forward cache and runs no script (so the
        // pages cannot reload themselves when restored): after "Delete my answers", Back must not show the
        // private view seen before, with its safety notice and emergency contacts.
        const string test = nameof(After_Delete_my_answers_Back_does_not_bring_the_private_view_back_even_without_script);
        await using var a = await app.NewPartnerAsync("A", output, test, backForwardCache: true, javaScript: false);
        await a.StartTogetherAsync();
        await a.OpenAsync("/safety");
        await a.ChooseAsync(Answers.PhysicallyHurt, "Yes");
        await a.ChooseAsync(Answers.AfraidOfPartner, "Yes");
        await a.ChooseAsync(Answers.ThreatenedToKill, "Yes");
        await a.Page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(a.Page.Locator("#own-safety")).ToBeVisibleAsync();
        await a.Page.GetByRole(AriaRole.Link, new() { Name = "See your private view now" }).ClickAsync();
        await Expect(a.Page.Locator("#safety-first")).ToBeVisibleAsync();
        await a.Page.GetByRole(AriaRole.Link, new() { Name = "Overview", Exact = true }).ClickAsync();
        await Expect(a.Page.Locator("#seat")).ToBeVisibleAsync();

        await a.Page.GetByRole(AriaRole.Button, new() { Name = "Delete my answers" }).ClickAsync();
        await Expect(a.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your answers are deleted");
        await a.Page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit });
        await Expect(a.Page).ToHaveURLAsync(a.SessionPage(string.Empty));
        await a.Page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit });
        await Expect(a.Page).ToHaveURLAsync(a.SessionPage("/mine"));

        await Expect(a.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("The plan is not ready yet");
        await a.User.ScreenshotAsync("private-view-after-delete-and-back");
        (await a.Page.Locator("#safety-first, #urgent").CountAsync()).Should().Be(0, "the private view seen before deleting must not come back from the back/forward cache");
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

    /// <summary>
    /// The safety form with two answers ticked but not saved, then the overview: the safety page is one
    /// entry back in history, which the quick exit's <c>location.replace</c> does not touch. Marks the
    /// safety page's document, so that a later check can tell a restored document from a fresh one.
    /// </summary>
    private static async Task TickSafetyAnswersAndGoToTheOverviewAsync(Partner a)
    {
        await a.StartTogetherAsync();
        await a.FollowAsync("Private safety questions");
        await a.ChooseAsync(Answers.AfraidOfPartner, "Yes");
        await a.ChooseAsync(Answers.Controls, "Yes");
        (await a.Page.Locator("input:checked").CountAsync()).Should().Be(2);
        await a.Page.EvaluateAsync("() => { window.__e2eSafetyDocument = true; }");
        await a.FollowAsync("Overview");
    }

    /// <summary>
    /// Back, then waits until a freshly loaded document is on screen. A page restored from the
    /// back/forward cache fires no load event (so Back waits only for the commit), and the app's script
    /// loads such a page again; the marker set on the old document tells the two apart.
    /// </summary>
    private async Task GoBackToAFreshPageAsync(Partner a)
    {
        await a.Page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit });
        var fresh = true;
        try
        {
            await a.Page.WaitForFunctionAsync("() => window.__e2eSafetyDocument !== true && document.readyState === 'complete'", null, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            fresh = false;
        }

        output.WriteLine("after Back: " + a.Page.Url);
        await a.User.ScreenshotAsync("after-back");
        var ticked = await a.Page.Locator("input:checked").CountAsync();
        fresh.Should().BeTrue($"a page restored from the back/forward cache must be loaded again (the restored page shows {ticked} ticked answer(s))");
    }

    private async Task AfterTheQuickExitAsync(string test, bool backForwardCache)
    {
        await using var a = await app.NewPartnerAsync("A", output, test, backForwardCache: backForwardCache);
        await TickSafetyAnswersAndGoToTheOverviewAsync(a);
        var seat = (await a.User.Context.CookiesAsync()).Single(c => c.Name == "wq-seat");

        await a.Page.GetByRole(AriaRole.Link, new() { Name = "Leave this site now" }).ClickAsync();
        await a.WaitForNeutralPageAsync();
        await GoBackToAFreshPageAsync(a);

        new Uri(a.Page.Url).AbsolutePath.Should().Be(a.Hub + "/safety", "Back goes to the entry before the page the quick exit replaced");
        (await a.HeadingAsync()).Should().Be("We could not find this session", "the server forgot the seat, so the form is not shown again");
        (await a.Page.Locator("input:checked").CountAsync()).Should().Be(0, "no answer may come back from the browser's history or back/forward cache");
        (await a.Page.TitleAsync()).Should().NotContainAny(["safety", "Safety", "private", "Private"]);

        (await a.User.Context.CookiesAsync()).Should().NotContain(c => c.Name == "wq-seat", "the quick exit drops the seat cookie");
        (await a.OpenAsync("/mine")).Status.Should().Be(404);
        (await a.OpenAsync()).Status.Should().Be(404);

        // Even a copy of the cookie taken before the exit opens nothing: the server retired the seat.
        await a.User.Context.AddCookiesAsync([new Cookie { Name = seat.Name, Value = seat.Value, Domain = seat.Domain, Path = seat.Path, HttpOnly = true, SameSite = SameSiteAttribute.Lax }]);
        (await a.OpenAsync("/mine")).Status.Should().Be(404);
        a.User.Errors.Should().BeEmpty();
    }

    private async Task BackToAFormLeftUnsavedAsync(string test, bool backForwardCache)
    {
        await using var a = await app.NewPartnerAsync("A", output, test, backForwardCache: backForwardCache);
        await TickSafetyAnswersAndGoToTheOverviewAsync(a);

        await GoBackToAFreshPageAsync(a);

        // Whether the browser restored the page from its back/forward cache or loaded it again with
        // the form state it keeps in history, the answers ticked before leaving are not ticked now.
        (await a.HeadingAsync()).Should().Be(Answers.SafetyHeading);
        (await a.Page.Locator("input:checked").CountAsync()).Should().Be(0);
        (await a.Page.TitleAsync()).Should().NotContainAny(["safety", "Safety", "private", "Private"]);
        a.User.Errors.Should().BeEmpty();
    }
}
