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

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
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
}
