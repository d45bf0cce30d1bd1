using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WebQuestionnaire.Couples;
using WebQuestionnaire.Web;

namespace WebQuestionnaire.Pages;

/// <summary>The landing page: starts a couple session and seats this browser as partner A.</summary>
[RefuseRepeatedFields]
public sealed class IndexModel(IOptions<CoupleSessionOptions> sessions) : PageModel
{
    /// <summary>How long answers are kept without activity, in words (<c>Sessions:IdleTimeout</c>).</summary>
    public string IdleTimeout => sessions.Value.IdleTimeoutInWords;

    /// <summary>Whether the store refused a new session because it is full.</summary>
    public bool Busy { get; private set; }

    /// <summary>Shows the landing page.</summary>
    public void OnGet()
    {
    }

    /// <summary>Creates a session, gives this browser seat A and goes to the hub.</summary>
    /// <returns>A redirect to <c>/c/{id}</c>, or the page with a busy notice (503).</returns>
    public IActionResult OnPost()
    {
        var session = HttpContext.RequestServices.GetRequiredService<SessionStore>().Create();
        if (session is null)
        {
            Busy = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        SeatCookie.Give(HttpContext, session, Seat.A, session.TryClaim(Seat.A)!);
        return Redirect(SeatCookie.PathOf(session.Id));
    }
}
