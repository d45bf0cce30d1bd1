using Microsoft.Playwright;

namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>
/// Scenario 5: axe-core on every page type — landing, join, hub, each step, a step with errors, the
/// plan before it is ready, the shared plan, both private views (one with the safety notice), the
/// refusals (answered as not found) and the not-found page and the neutral page — with every "Why?" opened. No serious or
/// critical WCAG 2.0/2.1/2.2 A/AA violation may remain.
/// </summary>
/// <remarks>
/// The partners' contexts here bypass the app's Content-Security-Policy, for one reason only: axe-core
/// is injected as an inline script, which that policy (no inline script) rightly blocks. The other
/// browser tests keep the policy on and fail on any CSP violation the app itself causes.
/// </remarks>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(WebAppFixture app, ITestOutputHelper output)
{
    // Elements (outside tables) reaching past the viewport's right edge, described briefly.
    private const string Overflowing = """
        () => [...document.body.querySelectorAll('*')]
            .filter(e => !e.closest('table') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .filter(e => ![...e.children].some(c => !c.closest('table') && c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
            .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} ends at ${Math.round(e.getBoundingClientRect().right)}px: "${(e.textContent || '').trim().slice(0, 50)}"`)
        """;

    private readonly List<(string Page, string Url, AxeViolation Violation)> found = [];
    private readonly List<string> reflow = [];
    private readonly Dictionary<string, string> titles = [];

    [BrowserFact]
    public async Task Every_page_type_has_no_serious_or_critical_axe_violations()
    {
        const string test = nameof(Every_page_type_has_no_serious_or_critical_axe_violations);
        await using var a = await app.NewPartnerAsync("A", output, test, bypassCsp: true);
        await using var b = await app.NewPartnerAsync("B", output, test, bypassCsp: true);
        await using var stranger = await app.NewPartnerAsync("C", output, test, bypassCsp: true);

        await a.Page.GotoAsync("/");
        await ScanAsync(a, "landing");
        await a.StartTogetherAsync();
        await ScanAsync(a, "hub");
        var invite = await a.InviteLinkAsync();
        await b.Page.GotoAsync(invite);
        await ScanAsync(b, "join");
        await b.JoinAsync(invite);

        await a.OpenAsync("/plan");
        await ScanAsync(a, "plan-not-ready");

        await a.OpenAsync("/view");
        await ScanAsync(a, "step-view");
        await a.SaveAndContinueAsync();   // no age: the required field's error
        await ScanAsync(a, "step-view-errors");
        await a.OpenAsync("/screens");
        await ScanAsync(a, "step-screens");
        await a.OpenAsync("/safety");
        await ScanAsync(a, "step-safety");

        await a.AnswerAllStepsAsync(Answers.ViewA, Answers.ScreensCalm, Answers.SafetyDisclosure);
        await b.AnswerAllStepsAsync(Answers.ViewB, Answers.ScreensLowMood, Answers.SafetyClear);
        await ScanAsync(b, "hub-finished");

        await b.OpenAsync("/plan");
        await ScanAsync(b, "shared-plan", openWhy: true);
        await b.OpenAsync("/mine");
        await ScanAsync(b, "private-view", openWhy: true);
        await a.OpenAsync("/mine");
        await ScanAsync(a, "private-view-safety-first", openWhy: true);

        // Someone without a seat: both places taken, a page belonging to someone else (both answered
        // like an unknown session), an unknown session.
        await stranger.Page.GotoAsync(invite);
        await ScanAsync(stranger, "join-when-full");
        await stranger.Page.GotoAsync(a.Hub + "/plan");
        await ScanAsync(stranger, "someone-elses-page");
        await stranger.Page.GotoAsync("/c/AAAAAAAAAAAAAAAAAAAAAA");
        await ScanAsync(stranger, "not-found");
        await stranger.Page.GotoAsync("/weather");
        await ScanAsync(stranger, "neutral-page");

        output.WriteLine("titles:\n" + string.Join("\n", titles.Select(t => $"  {t.Key}: {t.Value}")));
        titles.Values.Should().OnlyContain(t => t.Trim().Length > 0, "every page has a title (WCAG 2.4.2)");
        new[] { "step-view", "step-screens", "step-safety", "shared-plan", "private-view" }.Select(p => titles[p]).Should().OnlyHaveUniqueItems("each step and plan page says in its title what it is (WCAG 2.4.2)");
        reflow.Should().BeEmpty("content reflows at 320 CSS pixels without horizontal scrolling (WCAG 1.4.10)");

        var blocking = found.Where(f => f.Violation.Impact is "serious" or "critical").ToList();
        blocking.Should().BeEmpty(
            "axe-core found serious or critical WCAG A/AA violations:\n" +
            string.Join("\n", blocking.Select(f => $"{f.Page} ({f.Url}):\n{Axe.Describe([f.Violation])}")));
    }

    private async Task ScanAsync(Partner partner, string pageName, bool openWhy = false)
    {
        if (openWhy)
        {
            await partner.Page.Locator("details:not([open]) > summary").EvaluateAllAsync<int>("els => { els.forEach(s => s.parentElement.open = true); return els.length; }");
        }

        await partner.User.ScreenshotAsync(pageName);
        var violations = await Axe.RunAsync(partner.Page);
        output.WriteLine($"axe {pageName}: {violations.Count} rule(s) violated" + (violations.Count > 0 ? "\n" + Axe.Describe(violations) : string.Empty));
        found.AddRange(violations.Select(v => (pageName, partner.Page.Url, v)));
        var advice = await Axe.RunAsync(partner.Page, Axe.BestPracticeTags);
        if (advice.Count > 0)
        {
            output.WriteLine($"axe best practice on {pageName} (reported, not failing):\n{Axe.Describe(advice)}");
        }

        titles[pageName] = await partner.Page.TitleAsync();

        // WCAG 1.4.10: at 320 CSS pixels wide nothing may need horizontal scrolling, except content
        // that needs two dimensions, such as a data table.
        var size = partner.Page.ViewportSize!;
        await partner.Page.SetViewportSizeAsync(320, 640);
        var overflowing = await partner.Page.EvaluateAsync<string[]>(Overflowing);
        if (overflowing.Length > 0)
        {
            reflow.Add($"{pageName} ({partner.Page.Url}) at a 320px viewport: " + string.Join("; ", overflowing));
            await partner.User.ScreenshotAsync(pageName + "-320px");
        }

        await partner.Page.SetViewportSizeAsync(size.Width, size.Height);
    }
}
