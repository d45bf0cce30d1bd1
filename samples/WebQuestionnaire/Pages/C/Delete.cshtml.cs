using Microsoft.AspNetCore.Mvc;
using WebQuestionnaire.Web;

namespace WebQuestionnaire.Pages.C;

/// <summary>
/// <b>Delete my answers</b>: forgets everything this partner saved (and their choice of a plan from
/// their answers alone). Their seat stays, so they can answer again; their partner's answers stay.
/// Like the quick exit it asks the browser to clear this site's cache, back/forward cache included, so
/// that Back on a shared device does not bring back the pages seen before (a private view with its
/// safety notices), even where no script runs to load them again.
/// </summary>
public sealed class DeleteModel : SessionPageModel
{
    /// <summary>The action is a form post; a plain visit goes back to the hub.</summary>
    /// <returns>A redirect to the hub.</returns>
    public IActionResult OnGet() => RedirectInSession(string.Empty);

    /// <summary>Deletes this seat's answers and says so.</summary>
    public void OnPost()
    {
        CurrentSession.ClearAnswers(SeatHeld);
        Response.Headers["Clear-Site-Data"] = QuickExit.ClearSiteData;
    }
}
