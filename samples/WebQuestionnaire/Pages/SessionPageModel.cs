using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WebQuestionnaire.Couples;
using WebQuestionnaire.Web;

namespace WebQuestionnaire.Pages;

/// <summary>
/// A page inside a couple session (<c>/c/{id}/…</c>). Finds the session and the seat this browser
/// holds before any handler runs. A request the page does not admit gets the same 404 as a session
/// that does not exist, so a refusal never tells anyone that a couple's answers are still there; and
/// only a seated partner's request extends the session's life. A form post with a field twice is
/// refused with 400 (<see cref="RefuseRepeatedFieldsAttribute"/>).
/// </summary>
[RefuseRepeatedFields]
public abstract class SessionPageModel : PageModel
{
    private CoupleSession? _session;

    /// <summary>The seat this browser holds, if any.</summary>
    public Seat? Seat { get; private set; }

    /// <summary>The session id from the URL, once the session is known to exist.</summary>
    public string SessionId => CurrentSession.Id;

    /// <summary>
    /// Whether a browser without a seat may open the page while seat B is still free (the hub's join
    /// offer and the join page); every other page is only for a seated partner.
    /// </summary>
    protected virtual bool AdmitsVisitors => false;

    internal CoupleSession CurrentSession => _session ?? throw new InvalidOperationException("The session is loaded before any handler runs.");

    internal SessionStore Store => HttpContext.RequestServices.GetRequiredService<SessionStore>();

    /// <summary>The seat, for handlers of pages that require one.</summary>
    protected Seat SeatHeld => Seat ?? throw new InvalidOperationException("The page requires a seat.");

    /// <inheritdoc />
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        // Look up without extending, check the seat, and only then extend: a refused request must
        // neither keep the session alive nor answer differently from an unknown session.
        var session = Store.Find(RouteData.Values["id"] as string);
        Seat = session is null ? null : SeatCookie.Read(HttpContext, session);
        if (session is null || (Seat is null && !(AdmitsVisitors && !session.IsTaken(Couples.Seat.B))))
        {
            Seat = null;
            context.Result = NotFound();
            return;
        }

        _session = session;
        if (Seat is not null)
        {
            Store.Touch(session);
        }

        ViewData["SessionId"] = Seat is null ? null : session.Id;
        await next();
    }

    /// <summary>A redirect to a path inside this session, never with a query string.</summary>
    /// <param name="relative">The part after <c>/c/{id}</c>, e.g. <c>/screens</c>; empty for the hub.</param>
    /// <returns>The redirect.</returns>
    protected RedirectResult RedirectInSession(string relative) => Redirect(SeatCookie.PathOf(SessionId) + relative);
}
