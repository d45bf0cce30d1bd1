using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>Scenario 1: two partners answer on their own; the couple's staged plan; each private view.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CouplePlanTests(WebAppFixture app, ITestOutputHelper output)
{
    // The plan's stage order; each phase section is labelled by a heading with id phase-{stage}.
    private static readonly string[] StageOrder = ["phase-emotionalfoundation", "phase-nonsexualaffection", "phase-sexualreconnection", "phase-maintenance"];

    [BrowserFact]
    public async Task Both_answer_then_the_shared_plan_is_staged_with_reasons_and_each_private_view_holds_their_own_items()
    {
        const string test = nameof(Both_answer_then_the_shared_plan_is_staged_with_reasons_and_each_private_view_holds_their_own_items);
        var (a, b) = await Couples.SeatBothAsync(app, output, test);
        await using var partnerA = a;
        await using var partnerB = b;
        await a.User.ScreenshotAsync("hub");
        await b.User.ScreenshotAsync("hub");

        await a.AnswerAllStepsAsync(Answers.ViewA, Answers.ScreensCalm, Answers.SafetyClear);
        await a.OpenAsync("/plan");
        (await a.HeadingAsync()).Should().Be("The plan is not ready yet", "partner B has not answered yet");
        await a.User.ScreenshotAsync("plan-not-ready");

        // Partner B's private check-in shows low mood (PHQ-2 of 5): private to B.
        await b.AnswerAllStepsAsync(Answers.ViewB, Answers.ScreensLowMood, Answers.SafetyClear);
        await Expect(b.Page.Locator("#progress-a")).ToHaveTextAsync("Finished");
        await Expect(b.Page.Locator("#progress-b")).ToHaveTextAsync("Finished");

        // The couple's shared plan, as partner A sees it.
        await a.OpenAsync("/plan");
        (await a.HeadingAsync()).Should().Be("Your shared plan");
        var phases = a.Page.Locator("#phases section.phase");
        (await phases.CountAsync()).Should().BeGreaterThanOrEqualTo(2, "the answers call for work in several stages");
        var phaseNames = await phases.EvaluateAllAsync<string[]>("els => els.map(e => e.querySelector('h3').textContent.trim())");
        var phaseIds = await phases.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('aria-labelledby'))");
        output.WriteLine("phases: " + string.Join(" | ", phaseNames));
        phaseNames.Should().OnlyContain(n => n.StartsWith("Step ", StringComparison.Ordinal), "phases read as numbered steps");
        var order = phaseIds.Select(id => Array.IndexOf(StageOrder, id)).ToList();
        order.Should().NotContain(-1, "each phase is one of the plan's stages").And.BeInAscendingOrder("phases come in plan order");

        var shared = await a.InterventionsAsync();
        shared.Should().Contain(["intervention.active-listening", "intervention.couples-therapy"], "with no safety concern the couple gets joint work");
        shared.Should().NotContain("intervention.individual-therapy", "it rests on partner B's private mood answers");
        (await a.Page.Locator(".plan-item .stage").First.InnerTextAsync()).Should().StartWith("Stage:");
        await Expect(a.Page.Locator("#safety-first")).ToHaveCountAsync(0);

        // "Why?" is folded until opened, then lists reasons and sources.
        var first = a.Page.Locator("#phases .plan-item").First;
        var why = first.Locator("details");
        (await why.GetAttributeAsync("open")).Should().BeNull("the reasons are folded away at first");
        await Expect(first.Locator(".reason").First).ToBeHiddenAsync();
        await first.Locator("summary", new() { HasText = "Why?" }).ClickAsync();
        await Expect(first.Locator(".reason").First).ToBeVisibleAsync();
        (await first.Locator(".reason").CountAsync()).Should().BeGreaterThan(0);
        (await first.Locator(".source").CountAsync()).Should().BeGreaterThan(0, "every item cites its sources");
        (await first.Locator(".source").First.InnerTextAsync()).Should().NotBeNullOrWhiteSpace();
        await a.User.ScreenshotAsync("shared-plan-why-open");

        // Partner B sees the same shared plan.
        await b.OpenAsync("/plan");
        (await b.HeadingAsync()).Should().Be("Your shared plan");
        (await b.InterventionsAsync()).Should().Equal(shared, "the shared plan is one view for both");
        await b.User.ScreenshotAsync("shared-plan");

        // Each private view: B's own item is on B's screen only.
        await b.OpenAsync("/mine");
        (await b.HeadingAsync()).Should().Be("Your private view");
        var mineB = await b.InterventionsAsync();
        mineB.Should().Contain("intervention.individual-therapy", "B's low mood leads to an item for B");
        var privateItem = b.Page.Locator(".plan-item[data-intervention='intervention.individual-therapy']");
        // Opened from the keyboard this time: focus on "Why?", then Enter.
        await privateItem.Locator("summary", new() { HasText = "Why?" }).FocusAsync();
        await b.Page.Keyboard.PressAsync("Enter");
        await Expect(privateItem.Locator(".reason").First).ToBeVisibleAsync();
        var privateReasons = await privateItem.Locator(".reason").AllInnerTextsAsync();
        output.WriteLine("B's private reasons: " + string.Join(" | ", privateReasons));
        privateReasons.Should().NotBeEmpty();
        await b.User.ScreenshotAsync("private-view");

        await a.OpenAsync("/mine");
        (await a.HeadingAsync()).Should().Be("Your private view");
        (await a.InterventionsAsync()).Should().NotContain("intervention.individual-therapy");
        await a.User.ScreenshotAsync("private-view");
        foreach (var page in new[] { string.Empty, "/plan", "/mine" })
        {
            var source = await a.SourceAsync(page);
            foreach (var reason in privateReasons)
            {
                source.Should().NotContain(reason, $"partner A's {(page.Length == 0 ? "hub" : page)} must not show B's private reason");
            }
        }

        Couples.ShouldCarryNoAnswers(a.RequestedUrls, "A");
        Couples.ShouldCarryNoAnswers(b.RequestedUrls, "B");
        a.User.Errors.Should().BeEmpty("no script error or CSP violation on A's pages");
        b.User.Errors.Should().BeEmpty("no script error or CSP violation on B's pages");
    }
}
