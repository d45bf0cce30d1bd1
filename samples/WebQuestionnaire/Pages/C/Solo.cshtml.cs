using Microsoft.AspNetCore.Mvc;

namespace WebQuestionnaire.Pages.C;

/// <summary>Lets a partner who finished see a plan from their own answers, without waiting for the other.</summary>
public sealed class SoloModel : SessionPageModel
{
    /// <summary>The action is a form post; a plain visit goes back to the hub.</summary>
    /// <returns>A redirect to the hub.</returns>
    public IActionResult OnGet() => RedirectInSession(string.Empty);

    /// <summary>Records the choice and shows the plan.</summary>
    /// <returns>A redirect to the shared plan, or this page (409) when the partner has not finished.</returns>
    public IActionResult OnPost()
    {
        if (!CurrentSession.TryChooseSolo(SeatHeld))
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return RedirectInSession("/plan");
    }
}
