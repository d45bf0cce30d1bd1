using Microsoft.Extensions.Options;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Web;

/// <summary>
/// <c>GET /c/{id}/exit</c>, where <b>Leave this site now</b> goes on a session's pages: the link's
/// own <c>href</c>, so it works without script, and the target of the script's
/// <c>location.replace</c>. It forgets this partner's answers and retires their seat, drops the seat
/// cookie, asks the browser to clear this site's cache (back/forward cache included) with
/// <c>Clear-Site-Data: "cache"</c>, and sends the browser on (303) to the neutral page.
/// </summary>
/// <remarks>
/// A GET changes state here on purpose: a plain link must work, fast, even when script does not run.
/// Cross-site requests (Fetch Metadata <c>Sec-Fetch-Site: cross-site</c> or <c>same-site</c>) are only
/// redirected and change nothing, so another site cannot end a partner's answers by linking here;
/// same-origin requests, typed addresses (<c>none</c>) and browsers that send no Fetch Metadata are
/// served. Only the seat whose cookie comes with the request is affected.
/// </remarks>
internal static class QuickExit
{
    public const string ClearSiteData = "\"cache\"";

    public static string PathOf(string sessionId) => SeatCookie.PathOf(sessionId) + "/exit";

    public static IEndpointRouteBuilder MapQuickExit(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/c/{id}/exit", Leave);
        return endpoints;
    }

    private static IResult Leave(string id, HttpContext http, SessionStore store, IOptions<QuickExitOptions> options)
    {
        if (!IsCrossSite(http.Request) && SessionIds.IsWellFormed(id))
        {
            if (store.Find(id) is { } session && SeatCookie.Read(http, session) is { } seat && !session.Retire(seat))
            {
                store.Remove(session);
            }

            SeatCookie.Remove(http, id);
            http.Response.Headers["Clear-Site-Data"] = ClearSiteData;
        }

        http.Response.Headers.Location = options.Value.Url;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static bool IsCrossSite(HttpRequest request) =>
        request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site";
}
