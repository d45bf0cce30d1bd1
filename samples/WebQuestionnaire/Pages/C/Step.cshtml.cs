using Microsoft.AspNetCore.Mvc;
using WebQuestionnaire.Questionnaire;

namespace WebQuestionnaire.Pages.C;

/// <summary>
/// One questionnaire step for the seated partner. The form posts to itself; valid answers are kept in
/// the session (server-side only) and the browser is sent on with no query string.
/// </summary>
public sealed class StepModel : SessionPageModel
{
    internal Step CurrentStep => (RouteData.Values["step"] as string) switch
    {
        "screens" => ScreensStep.Instance,
        "safety" => SafetyStep.Instance,
        _ => ViewStep.Instance,
    };

    internal FormState Form { get; private set; } = FormState.Empty;

    /// <summary>Whether this partner saved the step before (their answers are not shown again).</summary>
    public bool AlreadySaved { get; private set; }

    /// <summary>Shows the empty form.</summary>
    public void OnGet() => AlreadySaved = CurrentStep.IsSaved(CurrentSession.AnswersOf(SeatHeld));

    /// <summary>Saves the answers, or shows the form again with its errors (400).</summary>
    /// <returns>A redirect to the next step or the hub, or the page with errors.</returns>
    public IActionResult OnPost()
    {
        var step = CurrentStep;
        Form = FormState.From(Request.Form, step.Questions);
        var updated = step.Read(Form, CurrentSession.AnswersOf(SeatHeld));
        if (updated is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        CurrentSession.Update(SeatHeld, _ => updated);
        return RedirectInSession(step.NextSlug is { } next ? "/" + next : string.Empty);
    }
}
