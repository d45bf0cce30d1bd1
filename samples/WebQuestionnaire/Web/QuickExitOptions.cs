namespace WebQuestionnaire.Web;

/// <summary>Where the "Leave this site now" button goes.</summary>
public sealed class QuickExitOptions
{
    /// <summary>The configuration section: <c>QuickExit</c>.</summary>
    public const string Section = "QuickExit";

    /// <summary>
    /// A neutral page to replace the current one with. Defaults to the app's own weather page, because
    /// the app must work offline; a deployment would pick a common external site.
    /// </summary>
    public string Url { get; set; } = "/weather";
}
