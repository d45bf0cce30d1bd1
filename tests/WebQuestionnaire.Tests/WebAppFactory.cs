using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace WebQuestionnaire.Tests;

/// <summary>
/// Hosts the sample in memory; settings can be overridden per factory (for example a short session
/// life), and the clock replaced so that session expiry can be tested without waiting.
/// </summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;
    private readonly Action<IServiceCollection>? _services;

    public WebAppFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    internal WebAppFactory(IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        // Tests start far more sessions from one (unknown) address than a person would; the start
        // limit is tested on its own with its own setting.
        // The in-memory server listens on no port, so the app's default (the ports the server listens
        // on) would admit none: tests name the ports their addresses use (http, https and the sample's
        // own 5080). AllowedPorts is tested on its own, default included.
        var all = new Dictionary<string, string?> { ["StartLimit:PermitLimit"] = "100000", ["AllowedPorts"] = "80;443;5080" };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        _settings = all;
        _clock = clock;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_clock));
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    /// <summary>
    /// Starts an app that is expected to stop at start-up and returns the exception it stopped with. The in-memory
    /// test host sometimes reports such a stop as <see cref="ObjectDisposedException"/> instead (a race inside
    /// <see cref="WebApplicationFactory{TEntryPoint}"/> when the app's start throws, seen about once in three full runs
    /// on a loaded machine; not the app's behaviour): that attempt is made again with a new factory, a few times at most.
    /// </summary>
    /// <param name="create">Makes the factory with the settings under test.</param>
    /// <returns>The exception that stopped the app.</returns>
    internal static Exception StartupFailureOf(Func<WebAppFactory> create)
    {
        const int attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            using var app = create();
            try
            {
                _ = app.Services;
            }
            catch (ObjectDisposedException) when (attempt < attempts)
            {
                continue;
            }
            catch (Exception exception)
            {
                return exception;
            }

            throw new Xunit.Sdk.XunitException("The app started, but it was expected to stop at start-up.");
        }
    }

    /// <summary>A browser: its own cookies, no automatic redirects (tests follow them explicitly).</summary>
    public Browser NewBrowser(string baseAddress = "http://localhost") =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) }));
}
