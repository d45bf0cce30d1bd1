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
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add($"console error on {page.Url}: {message.Text}");
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

    /// <summary>Console errors (CSP violations among them) and uncaught script errors seen so far.</summary>
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
