using Microsoft.AspNetCore.Mvc;
using WebQuestionnaire.Couples;
using WebQuestionnaire.Web;

namespace WebQuestionnaire.Pages.C;

/// <summary>
/// <b>End the session for both</b>: forgets the whole session at once, both partners' answers
/// included, and drops this browser's seat cookie. Afterwards every link to it answers 404, as if it
/// had expired. Like the quick exit it asks the browser to clear this site's cache, back/forward cache
/// included, so that Back does not bring back the pages seen before.
/// </summary>
public sealed class EndModel : SessionPageModel
{
    /// <summary>The action is a form post; a plain visit goes back to the hub.</summary>
    /// <returns>A redirect to the hub.</returns>
    public IActionResult OnGet() => RedirectInSession(string.Empty);

    /// <summary>Removes the session and says so.</summary>
    public void OnPost()
    {
        Store.Remove(CurrentSession);
        SeatCookie.Remove(HttpContext, CurrentSession.Id);
        Response.Headers["Clear-Site-Data"] = QuickExit.ClearSiteData;
        ViewData["SessionId"] = null;
    }
}
