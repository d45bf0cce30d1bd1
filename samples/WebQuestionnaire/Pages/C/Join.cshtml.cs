using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Pages.C;

/// <summary>
/// Seats the second partner, once. Once both seats are taken, a browser without a seat gets the same
/// 404 as an unknown session (<see cref="SessionPageModel"/>), so the link tells nobody else that the
/// session still exists.
/// </summary>
public sealed class JoinModel : SessionPageModel
{
    /// <inheritdoc />
    protected override bool AdmitsVisitors => true;

    /// <summary>Shows the join button, or sends a seated partner to their hub.</summary>
    /// <returns>The page, or a redirect.</returns>
    public IActionResult OnGet() => Seat is not null ? RedirectInSession(string.Empty) : Page();

    /// <summary>Claims seat B for this browser.</summary>
    /// <returns>A redirect to the hub, or 404 when another browser took the seat first.</returns>
    public IActionResult OnPost()
    {
        if (Seat is not null)
        {
            return RedirectInSession(string.Empty);
        }

        if (CurrentSession.TryClaim(Couples.Seat.B) is not { } secret)
        {
            return NotFound();
        }

        Store.Touch(CurrentSession);
        SeatCookie.Give(HttpContext, CurrentSession, Couples.Seat.B, secret);
        return RedirectInSession(string.Empty);
    }
}
