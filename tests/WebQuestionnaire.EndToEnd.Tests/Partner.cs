using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>
/// One partner at their own browser, using the app as a person would: by link, button, legend and
/// label text (samples/WebQuestionnaire/README.md is the contract for URLs, headings, labels and ids).
/// Records every URL the browser requests, so tests can check that no answer travels in a URL.
/// </summary>
public sealed partial class Partner : IAsyncDisposable
{
    private readonly List<string> requested = [];

    public Partner(BrowserUser user)
    {
        User = user;
        user.Context.Request += (_, request) =>
        {
            lock (requested)
            {
                requested.Add(request.Url);
            }
        };
    }

    public BrowserUser User { get; }

    public IPage Page => User.Page;

    public string Name => User.Name;

    /// <summary>The hub's path, <c>/c/{id}</c>, once this partner has a seat.</summary>
    public string Hub { get; private set; } = string.Empty;

    /// <summary>Every URL this partner's browser requested (pages, redirects, assets).</summary>
    public IReadOnlyList<string> RequestedUrls
    {
        get
        {
            lock (requested)
            {
                return [.. requested];
            }
        }
    }

    /// <summary>The landing page's <b>Start together</b>: creates the couple and takes seat A.</summary>
    public async Task StartTogetherAsync()
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Start together" }).ClickAsync();
        await WaitForHubAsync();
        Hub = new Uri(Page.Url).AbsolutePath;
        await Expect(Page.Locator("#seat")).ToHaveTextAsync("You are partner A");
    }

    /// <summary>The join link the hub shows, to pass to the other partner.</summary>
    public async Task<string> InviteLinkAsync()
    {
        var link = Page.Locator("#invite-link");
        var href = await link.GetAttributeAsync("href");
        href.Should().NotBeNullOrEmpty("the hub shows the join link");
        return href!;
    }

    /// <summary>Opens the invitation and presses <b>Join as partner B</b>.</summary>
    public async Task JoinAsync(string inviteLink)
    {
        await Page.GotoAsync(inviteLink);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Join as partner B" }).ClickAsync();
        await WaitForHubAsync();
        Hub = new Uri(Page.Url).AbsolutePath;
        await Expect(Page.Locator("#seat")).ToHaveTextAsync("You are partner B");
    }

    /// <summary>Goes to a page of this couple's session, e.g. <c>""</c> (hub), <c>"/plan"</c>; returns the response.</summary>
    public async Task<IResponse> OpenAsync(string sessionRelative = "")
    {
        var response = await Page.GotoAsync(Hub + sessionRelative);
        response.Should().NotBeNull();
        return response!;
    }

    /// <summary>On the hub, follows a link by its text and waits until the new page has loaded (its scripts included).</summary>
    public Task FollowAsync(string linkText) =>
        ClickAndWaitForPageAsync(Page.GetByRole(AriaRole.Link, new() { Name = linkText, Exact = true }));

    /// <summary>
    /// Clicks something that navigates and waits for the new page's load event. Waiting for the load
    /// state after the click is not enough: if the navigation has not started yet, that wait is answered
    /// by the old page, and the next step can run before the new page's deferred scripts (the quick exit's
    /// Escape handler, for one) are in place.
    /// </summary>
    private async Task ClickAndWaitForPageAsync(ILocator target)
    {
        // Mark the old document, so the wait below can only be answered by a new one that has fully loaded.
        await Page.EvaluateAsync("() => { window.__e2eLeaving = true; }");
        await target.ClickAsync();
        await Page.WaitForFunctionAsync("() => window.__e2eLeaving !== true && document.readyState === 'complete'");
    }

    /// <summary>
    /// Waits until the page at <paramref name="address"/> with this main heading is on screen, after a
    /// navigation started by a key press. It watches the address and the heading rather than waiting for
    /// the navigation's load event: after such a navigation, Playwright sometimes never reports the load
    /// of a page that the browser has fully loaded (seen about one run in six with Escape twice, the page
    /// at /weather with readyState complete, and once with Enter on a form's submit button).
    /// </summary>
    public async Task WaitForPageAsync(Regex address, string heading)
    {
        await Assertions.Expect(Page).ToHaveURLAsync(address, new() { Timeout = NavigationTimeout });
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync(heading, new() { Timeout = NavigationTimeout });
    }

    /// <summary>
    /// Waits until the address is the couple's hub, without waiting for the page's load event, which
    /// Playwright sometimes never reports (see <see cref="WaitForPageAsync"/>; seen once in CI after
    /// <b>Start together</b>). What the callers check next on the hub waits for the page itself.
    /// </summary>
    private Task WaitForHubAsync() => Assertions.Expect(Page).ToHaveURLAsync(HubUrl(), new() { Timeout = NavigationTimeout });

    /// <summary>Waits until the quick exit has put the neutral page on screen (see <see cref="WaitForPageAsync"/>).</summary>
    public Task WaitForNeutralPageAsync() => WaitForPageAsync(NeutralPage(), "Weather today");

    /// <summary>The address of a page of this couple's session, e.g. <c>"/screens"</c>, as a pattern for <see cref="WaitForPageAsync"/>.</summary>
    public Regex SessionPage(string sessionRelative) => new(Regex.Escape(Hub + sessionRelative) + "$");

    // As long as the browser context waits for anything else (BrowserFixture).
    private const float NavigationTimeout = 15_000;

    [GeneratedRegex("/weather$")]
    private static partial Regex NeutralPage();

    /// <summary>The page's main heading (h1).</summary>
    public Task<string> HeadingAsync() => Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();

    /// <summary>A question's group (fieldset) found by its legend, as a screen reader announces it.</summary>
    public ILocator Question(string legend) => Page.GetByRole(AriaRole.Group, new() { Name = legend });

    /// <summary>Picks an option of a question by the option's visible label.</summary>
    public async Task ChooseAsync(string legend, string option)
    {
        var radio = Question(legend).GetByRole(AriaRole.Radio, new() { Name = option, Exact = true });
        await radio.CheckAsync();
    }

    /// <summary>Types into a text or number field found by its label.</summary>
    public Task TypeAsync(string label, string text) => Page.GetByLabel(label).FillAsync(text);

    /// <summary>Presses <b>Save and continue</b> and waits for the next page.</summary>
    public Task SaveAndContinueAsync() =>
        ClickAndWaitForPageAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }));

    /// <summary>Answers a step's questions on the current page; takes a screenshot of the filled form; saves.</summary>
    public async Task AnswerStepAsync(StepAnswers answers)
    {
        (await HeadingAsync()).Should().Be(answers.Heading);
        foreach (var (label, text) in answers.Typed)
        {
            await TypeAsync(label, text);
        }

        foreach (var (legend, option) in answers.Chosen)
        {
            await ChooseAsync(legend, option);
        }

        await User.ScreenshotAsync(answers.Slug + "-filled");
        await SaveAndContinueAsync();
    }

    /// <summary>From the hub: the three steps in order (each save leads to the next step, the last back to the hub).</summary>
    public async Task AnswerAllStepsAsync(StepAnswers view, StepAnswers screens, StepAnswers safety)
    {
        await OpenAsync();
        await FollowAsync("Your view of the relationship");
        await AnswerStepAsync(view);
        Page.Url.Should().EndWith(Hub + "/screens", "a valid step redirects to the next step");
        await AnswerStepAsync(screens);
        Page.Url.Should().EndWith(Hub + "/safety");
        await AnswerStepAsync(safety);
        new Uri(Page.Url).AbsolutePath.Should().Be(Hub, "the last step leads back to the hub");
        await Expect(Page.Locator(Name == "A" ? "#progress-a" : "#progress-b")).ToHaveTextAsync("Finished");
    }

    /// <summary>The server's HTML for a session page, fetched with this partner's cookies (the page source, not the live DOM).</summary>
    public async Task<string> SourceAsync(string sessionRelative = "")
    {
        var response = await User.Context.APIRequest.GetAsync(Hub + sessionRelative);
        return await response.TextAsync();
    }

    /// <summary>Every hidden input on the current page as name=value.</summary>
    public Task<string[]> HiddenInputsAsync() =>
        Page.Locator("input[type=hidden]").EvaluateAllAsync<string[]>("els => els.map(e => e.name + '=' + e.value)");

    /// <summary>The <c>data-intervention</c> ids of the plan items on the current page.</summary>
    public Task<string[]> InterventionsAsync() =>
        Page.Locator(".plan-item").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.intervention)");

    public ValueTask DisposeAsync() => User.DisposeAsync();

    private static Regex HubUrl() => HubPattern();

    [GeneratedRegex(@"/c/[A-Za-z0-9_-]{22}$")]
    private static partial Regex HubPattern();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}

/// <summary>What a partner types and picks on one step: fields by label, questions by legend, options by label.</summary>
public sealed record StepAnswers(string Slug, string Heading, IReadOnlyList<(string Label, string Text)> Typed, IReadOnlyList<(string Legend, string Option)> Chosen);
