using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace WebQuestionnaire.Web;

/// <summary>
/// The ports the app answers on (configuration <c>AllowedPorts</c>, beside <c>AllowedHosts</c>):
/// ASP.NET Core's host filtering compares only the name in the <c>Host</c> header, never its port, so
/// without this check a request for an admitted name on any port was served, and the invitation link,
/// built from that header, pointed at that port.
/// </summary>
public sealed class AllowedPortsOptions
{
    /// <summary>The configuration key: <c>AllowedPorts</c>.</summary>
    public const string Key = "AllowedPorts";

    /// <summary>
    /// Ports separated by semicolons (<c>80;443</c>), or <c>*</c> for any port. Empty (the default):
    /// the ports the server listens on, as it reports them once started (so a port chosen at start with
    /// <c>--urls http://127.0.0.1:0</c> counts).
    /// </summary>
    public string? Ports { get; set; }

    /// <summary>Whether any port is admitted (<c>*</c>).</summary>
    public bool AnyPort => Ports?.Trim() == "*";

    /// <summary>The configured ports; empty when none are listed (then the listening ports count) or for <c>*</c>.</summary>
    public IReadOnlySet<int> Listed => TryParse(out var ports) ? ports : new HashSet<int>();

    /// <summary>Whether the setting is empty, <c>*</c>, or a list of ports from 1 to 65535.</summary>
    public bool IsValid() => TryParse(out _);

    private bool TryParse(out HashSet<int> ports)
    {
        ports = [];
        if (string.IsNullOrWhiteSpace(Ports) || AnyPort)
        {
            return true;
        }

        foreach (var entry in Ports.Split(';'))
        {
            if (!int.TryParse(entry.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                ports = [];
                return false;
            }

            ports.Add(port);
        }

        return true;
    }
}

/// <summary>
/// Refuses a request whose <c>Host</c> header names a port the app does not answer on with the same
/// kind of 400 as a host name <c>AllowedHosts</c> does not admit (the security headers included,
/// nothing of the request repeated). A <c>Host</c> without a port means the default port of the
/// request's scheme (80 for HTTP, 443 for HTTPS), as a browser reads it; the scheme is the one the
/// invitation link uses, so behind a proxy with forwarded headers on it is the public one.
/// </summary>
internal static class AllowedPorts
{
    private static readonly byte[] Refusal = "Bad Request - Invalid Hostname: this site does not answer on that port."u8.ToArray();

    public static IServiceCollection AddAllowedPorts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AllowedPortsOptions>()
            .Configure(options => options.Ports = configuration[AllowedPortsOptions.Key])
            .Validate(options => options.IsValid(), "AllowedPorts must be empty, * or ports from 1 to 65535 separated by semicolons.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>Put first in <c>Program</c>'s pipeline: after the host's host filtering and forwarded headers, before anything else.</summary>
    public static IApplicationBuilder UseAllowedPorts(this IApplicationBuilder app)
    {
        // Worked out at the first request: the options are checked at start, and the listening ports are known by then.
        Func<int, bool>? admits = null;
        return app.Use(async (context, next) =>
        {
            admits ??= Admits(context.RequestServices);
            if (!admits(PortOf(context.Request)))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                context.Response.ContentLength = Refusal.Length;
                await context.Response.Body.WriteAsync(Refusal, context.RequestAborted);
                return;
            }

            await next(context);
        });
    }

    private static Func<int, bool> Admits(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AllowedPortsOptions>>().Value;
        if (options.AnyPort)
        {
            return static _ => true;
        }

        var ports = options.Listed.Count > 0 ? options.Listed : ListeningPorts(services.GetRequiredService<IServer>());
        return ports.Contains;
    }

    private static int PortOf(HttpRequest request) =>
        request.Host.Port ?? (string.Equals(request.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase) ? 443 : 80);

    /// <summary>
    /// The ports of the addresses the server reports (known once it has started, which is before the
    /// first request). A server that reports none, such as the in-memory test server, admits no port
    /// until <c>AllowedPorts</c> names some.
    /// </summary>
    private static HashSet<int> ListeningPorts(IServer server)
    {
        var ports = new HashSet<int>();
        foreach (var address in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            try
            {
                if (BindingAddress.Parse(address).Port is > 0 and var port)
                {
                    ports.Add(port);
                }
            }
            catch (FormatException)
            {
                // Not an address with a port (e.g. a named pipe): nothing to admit.
            }
        }

        return ports;
    }
}
