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

    /// <summary>
    /// Whether <see cref="Url"/> is a path on this site (<c>/weather</c>: one leading slash, not <c>//</c> or
    /// <c>/\</c>, which browsers read as another host) or an absolute http(s) address without a user name.
    /// Anything else would not reach a neutral page: an empty address leaves the browser on the exit's own
    /// address (<c>/c/{id}/exit</c>), and a relative one (<c>weather</c>) resolves inside the session
    /// (<c>/c/{id}/weather</c>), whose page says that a session is missing.
    /// </summary>
    public bool IsValid()
    {
        if (string.IsNullOrEmpty(Url) || Url.Any(char.IsWhiteSpace) || Url.Any(char.IsControl))
        {
            return false;
        }

        if (Url[0] == '/')
        {
            return Url.Length == 1 || Url[1] is not ('/' or '\\');
        }

        return Uri.TryCreate(Url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.UserInfo.Length == 0;
    }
}
