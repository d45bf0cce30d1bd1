using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Pages.C;

/// <summary>Seats the second partner, once; every later browser is refused.</summary>
public sealed class JoinModel : SessionPageModel
{
    /// <inheritdoc />
    protected override bool RequiresSeat => false;

    /// <summary>Whether this browser was refused because both seats are taken.</summary>
    public bool Refused { get; private set; }

    /// <summary>Shows the join button, or sends a seated partner to their hub.</summary>
    /// <returns>The page, a redirect, or the refusal (403).</returns>
    public IActionResult OnGet()
    {
        if (Seat is not null)
        {
            return RedirectInSession(string.Empty);
        }

        return CurrentSession.IsTaken(Couples.Seat.B) ? Refuse() : Page();
    }

    /// <summary>Claims seat B for this browser.</summary>
    /// <returns>A redirect to the hub, or the refusal (403).</returns>
    public IActionResult OnPost()
    {
        if (Seat is not null)
        {
            return RedirectInSession(string.Empty);
        }

        if (CurrentSession.TryClaim(Couples.Seat.B) is not { } secret)
        {
            return Refuse();
        }

        SeatCookie.Give(HttpContext, CurrentSession, Couples.Seat.B, secret);
        return RedirectInSession(string.Empty);
    }

    private PageResult Refuse()
    {
        Refused = true;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
