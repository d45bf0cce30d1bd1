using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Pages;

/// <summary>
/// A page inside a couple session (<c>/c/{id}/…</c>). Finds the session (404 when unknown or
/// expired) and the seat this browser holds (403 when the page needs one and there is none) before
/// any handler runs.
/// </summary>
public abstract class SessionPageModel : PageModel
{
    private CoupleSession? _session;

    /// <summary>The seat this browser holds, if any.</summary>
    public Seat? Seat { get; private set; }

    /// <summary>The session id from the URL, once the session is known to exist.</summary>
    public string SessionId => CurrentSession.Id;

    /// <summary>Whether the page is only for a seated partner.</summary>
    protected virtual bool RequiresSeat => true;

    internal CoupleSession CurrentSession => _session ?? throw new InvalidOperationException("The session is loaded before any handler runs.");

    internal SessionStore Store => HttpContext.RequestServices.GetRequiredService<SessionStore>();

    /// <summary>The seat, for handlers of pages that require one.</summary>
    protected Seat SeatHeld => Seat ?? throw new InvalidOperationException("The page requires a seat.");

    /// <inheritdoc />
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        _session = Store.Find(RouteData.Values["id"] as string);
        if (_session is null)
        {
            context.Result = NotFound();
            return;
        }

        Store.Touch(_session);
        Seat = SeatCookie.Read(HttpContext, _session);
        if (RequiresSeat && Seat is null)
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        ViewData["SessionId"] = Seat is null ? null : _session.Id;
        await next();
    }

    /// <summary>A redirect to a path inside this session, never with a query string.</summary>
    /// <param name="relative">The part after <c>/c/{id}</c>, e.g. <c>/screens</c>; empty for the hub.</param>
    /// <returns>The redirect.</returns>
    protected RedirectResult RedirectInSession(string relative) => Redirect(SeatCookie.PathOf(SessionId) + relative);
}
