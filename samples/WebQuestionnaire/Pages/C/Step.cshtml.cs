using Intimacy.Recommendations.Engine;
using Microsoft.AspNetCore.Mvc;
using WebQuestionnaire.Questionnaire;

namespace WebQuestionnaire.Pages.C;

/// <summary>
/// One questionnaire step for the seated partner. The form posts to itself; valid answers are kept in
/// the session (server-side only) and the browser is sent on with no query string.
/// </summary>
public sealed class StepModel(IRecommendationEngine engine) : SessionPageModel
{
    private static readonly Dictionary<string, Step> BySlug = new(StringComparer.OrdinalIgnoreCase)
    {
        [ViewStep.Instance.Slug] = ViewStep.Instance,
        [ScreensStep.Instance.Slug] = ScreensStep.Instance,
        [SafetyStep.Instance.Slug] = SafetyStep.Instance,
    };

    /// <summary>
    /// The step named in the URL. The route's constraint matches regardless of case, and so does this
    /// look-up: <c>/c/{id}/SAFETY</c> is the safety step, never another one.
    /// </summary>
    internal Step CurrentStep => FindStep() ?? throw new InvalidOperationException("The step is checked before any handler runs.");

    internal FormState Form { get; private set; } = FormState.Empty;

    /// <summary>
    /// Help this partner's own saved answers call for at once (<see cref="SafetyFirst"/>), pointed to
    /// above the form: after an answer about self-harm the next step asks more questions, and help comes first.
    /// </summary>
    internal SafetyFirst? OwnSafety { get; private set; }

    /// <summary>Whether this partner saved the step before (their answers are not shown again).</summary>
    public bool AlreadySaved { get; private set; }

    /// <summary>Shows the empty form.</summary>
    /// <returns>The page, or 404 for a step that does not exist.</returns>
    public IActionResult OnGet()
    {
        if (FindStep() is not { } step)
        {
            return NotFound();
        }

        AlreadySaved = step.IsSaved(CurrentSession.AnswersOf(SeatHeld));
        OwnSafety = SafetyFirst.For(CurrentSession, SeatHeld, engine);
        return Page();
    }

    /// <summary>Saves the answers, or shows the form again with its errors (400).</summary>
    /// <returns>A redirect to the next step or the hub, the page with errors, or 404 for a step that does not exist.</returns>
    public IActionResult OnPost()
    {
        if (FindStep() is not { } step)
        {
            return NotFound();
        }

        Form = FormState.From(Request.Form, step.Questions);
        var updated = step.Read(Form, CurrentSession.AnswersOf(SeatHeld));
        if (updated is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            OwnSafety = SafetyFirst.For(CurrentSession, SeatHeld, engine);
            return Page();
        }

        CurrentSession.Update(SeatHeld, _ => updated);
        return RedirectInSession(step.NextSlug is { } next ? "/" + next : string.Empty);
    }

    private Step? FindStep() => RouteData.Values["step"] is string slug && BySlug.TryGetValue(slug, out var step) ? step : null;
}
