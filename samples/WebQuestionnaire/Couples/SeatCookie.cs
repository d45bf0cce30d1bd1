using Microsoft.Extensions.Options;
using WebQuestionnaire.Web;

namespace WebQuestionnaire.Couples;

/// <summary>
/// The cookie that says which seat of a session this browser holds: <c>A.secret</c> or
/// <c>B.secret</c>, HttpOnly, SameSite=Lax, Secure on HTTPS (or whenever the configured public
/// address is HTTPS), scoped to the session's own path and
/// gone when the browser closes. Lax, not Strict: a partner who opens their own hub link from
/// webmail or a chat must still be recognised (Strict would refuse them); the pages a cross-site
/// link can open only show, and every form is protected by its antiforgery token.
/// </summary>
internal static class SeatCookie
{
    public const string Name = "wq-seat";

    public static string PathOf(string sessionId) => "/c/" + sessionId;

    public static void Give(HttpContext http, CoupleSession session, Seat seat, string secret) =>
        http.Response.Cookies.Append(Name, seat + "." + secret, new CookieOptions
        {
            HttpOnly = true,
            Secure = IsSecure(http),
            SameSite = SameSiteMode.Lax,
            Path = PathOf(session.Id),
            IsEssential = true,
        });

    /// <summary>Tells the browser to drop its seat cookie for a session (same name and path as given).</summary>
    public static void Remove(HttpContext http, string sessionId) =>
        http.Response.Cookies.Delete(Name, new CookieOptions
        {
            HttpOnly = true,
            Secure = IsSecure(http),
            SameSite = SameSiteMode.Lax,
            Path = PathOf(sessionId),
            IsEssential = true,
        });

    private static bool IsSecure(HttpContext http) =>
        http.Request.IsHttps || http.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.IsHttps;

    /// <summary>The seat this browser holds in <paramref name="session"/>, if its cookie carries that seat's secret.</summary>
    public static Seat? Read(HttpContext http, CoupleSession session)
    {
        if (!http.Request.Cookies.TryGetValue(Name, out var value) || value is not { Length: > 2 } || value[1] != '.')
        {
            return null;
        }

        Seat? seat = value[0] switch
        {
            'A' => Seat.A,
            'B' => Seat.B,
            _ => null,
        };
        return seat is { } s && session.Holds(s, value[2..]) ? s : null;
    }
}
