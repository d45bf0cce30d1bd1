using Microsoft.Playwright;

namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>
/// One person at one browser: a context of their own (cookies, history) and a page. Records the
/// console errors and uncaught page errors it sees, and saves full-page screenshots.
/// </summary>
public sealed class BrowserUser : IAsyncDisposable
{
    private readonly ITestOutputHelper output;
    private readonly string test;
    private readonly List<string> errors = [];

    internal BrowserUser(string name, IBrowserContext context, IPage page, ITestOutputHelper output, string test)
    {
        Name = name;
        Context = context;
        Page = page;
        this.output = output;
        this.test = test;
        page.Console += (_, message) =>
        {
            // A page answered with 400/403/404 on purpose (a form with errors, a refusal) is logged by
            // Chromium as "Failed to load resource"; failed sub-resources are caught below instead.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource:", StringComparison.Ordinal))
            {
                lock (errors)
                {
                    errors.Add($"console error on {page.Url}: {message.Text}");
                }
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                lock (errors)
                {
                    errors.Add($"{response.Request.ResourceType} {response.Url} answered {response.Status} on {page.Url}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add($"page error on {page.Url}: {error}");
            }
        };
    }

    public string Name { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Console errors (CSP violations among them), uncaught script errors and failed sub-resources (styles, scripts, images) seen so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }

    /// <summary>Saves a full-page PNG under artifacts/test-results/screenshots/ and writes its path to the test output.</summary>
    public Task<string> ScreenshotAsync(string step) => Screenshots.SaveAsync(Page, test, Name + "-" + step, output);

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
