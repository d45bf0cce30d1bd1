using Microsoft.Playwright;

namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>
/// The browser tooling itself, on pages served by Playwright's router (no app, no network): Chromium
/// starts, axe-core finds a violation it must find (so a clean scan means something), and the
/// inline-script injection of axe is blocked by a strict CSP unless the context bypasses it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserSmokeTests(WebAppFixture fixture, ITestOutputHelper output)
{
    private const string Origin = "http://smoke.test";
    private const string StrictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    [BrowserFact]
    public async Task Axe_finds_a_known_violation_and_passes_a_clean_page()
    {
        await using var user = await fixture.NewUserAsync("tester", new Uri(Origin), output, nameof(Axe_finds_a_known_violation_and_passes_a_clean_page));
        await Serve(user.Context, "/bad", "<!doctype html><html><head><title>Bad</title></head><body><main><img src=\"x.png\"><input type=\"text\"></main></body></html>", csp: null);
        await Serve(user.Context, "/good", "<!doctype html><html lang=\"en\"><head><title>Good</title></head><body><main><h1>Fine</h1><label for=\"a\">Name</label><input id=\"a\" type=\"text\"></main></body></html>", csp: null);

        await user.Page.GotoAsync("/bad");
        var found = await Axe.RunAsync(user.Page);
        output.WriteLine(Axe.Describe(found));
        found.Select(v => v.Id).Should().Contain(["image-alt", "label", "html-has-lang"]);
        found.Should().Contain(v => v.Impact == "critical" || v.Impact == "serious");

        await user.Page.GotoAsync("/good");
        await user.ScreenshotAsync("clean-page");
        await Axe.AssertNoSeriousViolationsAsync(user.Page, "a clean page", output);
    }

    [BrowserFact]
    public async Task A_strict_csp_blocks_the_injected_axe_unless_the_context_bypasses_it()
    {
        var page = "<!doctype html><html lang=\"en\"><head><title>CSP</title></head><body><main><h1>CSP</h1></main></body></html>";

        await using (var strict = await fixture.NewUserAsync("strict", new Uri(Origin), output, nameof(A_strict_csp_blocks_the_injected_axe_unless_the_context_bypasses_it)))
        {
            await Serve(strict.Context, "/", page, StrictCsp);
            await strict.Page.GotoAsync("/");
            var act = () => Axe.RunAsync(strict.Page);
            await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*Content-Security-Policy*");
            strict.Errors.Should().Contain(e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        }

        await using var bypass = await fixture.NewUserAsync("bypass", new Uri(Origin), output, nameof(A_strict_csp_blocks_the_injected_axe_unless_the_context_bypasses_it), bypassCsp: true);
        await Serve(bypass.Context, "/", page, StrictCsp);
        await bypass.Page.GotoAsync("/");
        await Axe.AssertNoSeriousViolationsAsync(bypass.Page, "a strict-CSP page", output);
    }

    private static Task Serve(IBrowserContext context, string path, string html, string? csp) =>
        context.RouteAsync(Origin + path, route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = html,
            Headers = csp is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Content-Security-Policy"] = csp },
        }));
}
