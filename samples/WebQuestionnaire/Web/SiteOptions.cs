namespace WebQuestionnaire.Web;

/// <summary>Where the site is published.</summary>
public sealed class SiteOptions
{
    /// <summary>The configuration section: <c>Site</c>.</summary>
    public const string Section = "Site";

    /// <summary>
    /// The address people reach the site at, e.g. <c>https://checkin.example.org</c> (no query or
    /// fragment). When set, the invitation link is built from it instead of the request's Host header,
    /// and when it is HTTPS the seat cookie is Secure even if the app itself is reached over HTTP
    /// behind a proxy. When not set, the Host header is used, so <c>AllowedHosts</c> and
    /// <c>AllowedPorts</c> must name the real hosts and ports.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Whether <see cref="PublicBaseUrl"/> is an HTTPS address.</summary>
    public bool IsHttps => Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    /// <summary>An absolute address on the public site for a root-relative path such as <c>/c/{id}/join</c>, or <see langword="null"/> when no public address is set.</summary>
    public string? Absolute(string path) => string.IsNullOrEmpty(PublicBaseUrl) ? null : PublicBaseUrl.TrimEnd('/') + path;

    /// <summary>Whether the setting is empty or an absolute http(s) address without query or fragment.</summary>
    public bool IsValid() =>
        string.IsNullOrEmpty(PublicBaseUrl)
        || (Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0);
}
