using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace WebQuestionnaire.Web;

/// <summary>How many sessions one client address may start (<c>POST /</c>) per window.</summary>
public sealed class StartLimitOptions
{
    /// <summary>The configuration section: <c>StartLimit</c>.</summary>
    public const string Section = "StartLimit";

    /// <summary>Starts allowed per client address and window; more answer 429.</summary>
    public int PermitLimit { get; set; } = 10;

    /// <summary>The fixed window the permits are counted in.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// ASP.NET Core's rate limiter on <c>POST /</c> ("Start together") only, partitioned by client
/// address: one antiforgery token can be posted any number of times, so without a limit one client
/// could start sessions until the store is full. Every other request is not limited. An IPv6 client
/// is counted by its /64 network, which one host commonly has to itself.
/// </summary>
internal static class StartLimit
{
    public static IServiceCollection AddStartLimit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StartLimitOptions>()
            .Bind(configuration.GetSection(StartLimitOptions.Section))
            .Validate(o => o.PermitLimit > 0 && o.Window > TimeSpan.Zero, "StartLimit:PermitLimit and StartLimit:Window must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<StartLimitOptions>>((options, limit) =>
        {
            var permits = limit.Value.PermitLimit;
            var window = limit.Value.Window;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsStart(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits,
                        Window = window,
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    private static bool IsStart(HttpRequest request) => HttpMethods.IsPost(request.Method) && request.Path == "/";

    /// <summary>The partition of a client address: IPv4 as it is, IPv6 by its /64 network.</summary>
    internal static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
