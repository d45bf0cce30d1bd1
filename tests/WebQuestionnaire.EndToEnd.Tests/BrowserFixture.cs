using Microsoft.Playwright;

namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>
/// One Playwright driver and one headless Debian Chromium for a test collection. Playwright's node
/// driver comes from the NuGet package (copied to the output's .playwright folder by the build);
/// the browser is never downloaded. Each partner gets a context of their own (own cookies).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim cachingLaunch = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;
    private IBrowser? cachingBrowser;

    /// <summary>The running browser; throws with the install hint when the machine has none (CI=true reaches this, locally the test is skipped first).</summary>
    public IBrowser Browser => browser ?? throw Unavailable();

    /// <summary>Why a browser test cannot run here: what is missing, how to install it, and why CI fails rather than skips.</summary>
    protected static InvalidOperationException Unavailable() => new(
        "The browser tests cannot run: " + BrowserEnvironment.Missing +
        (BrowserEnvironment.IsCi ? " CI=true, so a missing browser fails the run instead of skipping it." : string.Empty));

    public virtual async Task InitializeAsync()
    {
        if (BrowserEnvironment.Missing is not null)
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Args = BrowserEnvironment.ChromiumArgs,
            Headless = true,
        });
    }

    public virtual async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        if (cachingBrowser is not null)
        {
            await cachingBrowser.CloseAsync();
        }

        cachingLaunch.Dispose();

        playwright?.Dispose();
    }

    /// <summary>
    /// A fresh browser context (its own cookies and storage, like a separate device) with one page.
    /// <paramref name="bypassCsp"/> is only for the axe scan: axe-core is injected as an inline
    /// script, which the app's strict Content-Security-Policy (no inline script) rightly blocks.
    /// With <c>backForwardCache</c> the context comes from a second Chromium with the back/forward cache
    /// on, as in people's browsers: Playwright turns it off by default (<c>--disable-back-forward-cache</c>).
    /// Without <c>javaScript</c> the pages' scripts do not run, as in a browser that blocks script.
    /// </summary>
    public async Task<BrowserUser> NewUserAsync(string name, Uri? baseUrl, ITestOutputHelper output, string test, bool bypassCsp = false, bool backForwardCache = false, bool javaScript = true)
    {
        var chosen = backForwardCache ? await CachingBrowserAsync() : Browser;
        var context = await chosen.NewContextAsync(new()
        {
            BaseURL = baseUrl?.ToString(),
            BypassCSP = bypassCsp,
            JavaScriptEnabled = javaScript,
            Locale = "en-US",
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new BrowserUser(name, context, page, output, test);
    }

    private async Task<IBrowser> CachingBrowserAsync()
    {
        _ = Browser; // the same message as the main browser when the machine has none
        await cachingLaunch.WaitAsync();
        try
        {
            return cachingBrowser ??= await playwright!.Chromium.LaunchAsync(new()
            {
                ExecutablePath = BrowserEnvironment.ChromiumPath,
                Args = BrowserEnvironment.ChromiumArgs,
                IgnoreDefaultArgs = ["--disable-back-forward-cache"],
                Headless = true,
            });
        }
        finally
        {
            cachingLaunch.Release();
        }
    }
}
