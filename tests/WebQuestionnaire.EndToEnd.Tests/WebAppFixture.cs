using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>
/// The browser, and the real WebQuestionnaire app hosted in-process on Kestrel on a free loopback
/// port (<see cref="WebApplicationFactory{TEntryPoint}.UseKestrel(int)"/> with port 0, then
/// <see cref="WebApplicationFactory{TEntryPoint}.StartServer"/>; .NET 10). The app runs with its
/// Production settings, so people see what they would see (no developer exception page).
/// </summary>
public sealed class WebAppFixture : BrowserFixture
{
    private QuestionnaireFactory? factory;

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl => factory?.ClientOptions.BaseAddress ?? throw Unavailable();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (BrowserEnvironment.Missing is not null)
        {
            return;
        }

        factory = new QuestionnaireFactory();
        factory.UseKestrel(0);
        factory.StartServer();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }

    /// <summary>A partner at their own browser: a fresh context (own cookies) pointed at the app.</summary>
    /// <param name="name">"A" or "B" (or anyone else), used in screenshot names.</param>
    /// <param name="output">The test's output, where screenshot paths are written.</param>
    /// <param name="test">The test's name, the screenshots' folder.</param>
    /// <param name="bypassCsp">Only for the axe scan, which injects axe-core as inline script; the app's CSP rightly forbids that.</param>
    /// <param name="backForwardCache">A browser with the back/forward cache on (see <see cref="BrowserFixture.NewUserAsync"/>).</param>
    /// <param name="javaScript">Whether the page's scripts run; off for someone whose browser blocks script.</param>
    public async Task<Partner> NewPartnerAsync(string name, ITestOutputHelper output, string test, bool bypassCsp = false, bool backForwardCache = false, bool javaScript = true) =>
        new(await NewUserAsync(name, BaseUrl, output, test, bypassCsp, backForwardCache, javaScript));

    private sealed class QuestionnaireFactory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            // The tests start more sessions from 127.0.0.1 in a minute than the default start limit
            // (10 per address per minute) allows; the limit has its own tests in WebQuestionnaire.Tests.
            builder.UseSetting("StartLimit:PermitLimit", "1000");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        }
    }
}

/// <summary>All browser tests share one browser and one app and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "browser";
}
