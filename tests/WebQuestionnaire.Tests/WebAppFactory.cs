using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WebQuestionnaire.Tests;

/// <summary>Hosts the sample in memory; settings can be overridden per factory (for example a short session life).</summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public WebAppFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    internal WebAppFactory(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A browser: its own cookies, no automatic redirects (tests follow them explicitly).</summary>
    public Browser NewBrowser(string baseAddress = "http://localhost") =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) }));
}
