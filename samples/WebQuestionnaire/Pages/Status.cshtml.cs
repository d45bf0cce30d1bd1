using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Pages;

/// <summary>
/// Friendly pages for error statuses, rendered when a response would otherwise be empty. Whatever the
/// original method was, nothing is read from the request but its path.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IOptions<CoupleSessionOptions> sessions) : PageModel
{
    /// <summary>The page heading.</summary>
    public string Heading { get; private set; } = "Something went wrong";

    /// <summary>What happened and what to do.</summary>
    public string Explanation { get; private set; } = "Please go back and try again.";

    /// <summary>Shows the page for a status code.</summary>
    /// <param name="code">The status code.</param>
    public void OnGet(int code) => Describe(code);

    /// <summary>The same page when a form post ended in an error status.</summary>
    /// <param name="code">The status code.</param>
    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? string.Empty;
        var inSession = original.StartsWith("/c/", StringComparison.Ordinal);
        Response.StatusCode = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        (Heading, Explanation) = Response.StatusCode switch
        {
            404 when inSession => ("We could not find this session",
                $"The link may be mistyped, or the session may have ended: answers are kept for {sessions.Value.IdleTimeoutInWords} without activity and are never saved to disk. A session opens only on the device its partner used to start or join it. An invitation link can be used only once, by the partner it was sent to. You can start again from the start page."),
            404 => ("We could not find this page", "The address may be mistyped."),
            429 => ("Too many check-ins started",
                "Too many check-ins were started from your connection in a short time. Please wait a minute and try again."),
            400 => ("Your form could not be accepted",
                "The form may have been open for too long or sent twice. Go back, reload the page and try again."),
            _ => ("Something went wrong", "Please go back and try again in a moment."),
        };
    }
}
