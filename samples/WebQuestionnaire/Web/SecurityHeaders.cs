namespace WebQuestionnaire.Web;

/// <summary>
/// Adds the headers every response carries, static files and errors included: nothing is cached
/// (a shared device must not keep these pages), scripts and styles come only from this site, and
/// the pages cannot be framed, sniffed or followed by a referrer.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>
    /// Puts the headers in front of the whole pipeline. The host's defaults add host filtering through a
    /// startup filter, ahead of anything <c>Program</c> adds, so its "Invalid Hostname" 400 would go out
    /// bare; startup filters wrap the pipeline in the order they are registered, so this one is
    /// registered first of all and runs before host filtering.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, StartupFilter>());
        return services;
    }

    private static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Registered first, so it runs last among OnStarting callbacks: nothing later can loosen it.
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
            headers.Expires = "0";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.Remove("ETag");
            headers.Remove("Last-Modified");
            return Task.CompletedTask;
        }, context);
        await next(context);
    });

    private sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseSecurityHeaders();
            next(app);
        };
    }
}
