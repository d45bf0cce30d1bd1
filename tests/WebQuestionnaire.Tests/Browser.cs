using System.Net;
using System.Text.RegularExpressions;

namespace WebQuestionnaire.Tests;

/// <summary>A page as a test sees it: status, headers and the HTML source.</summary>
public sealed record Page(HttpStatusCode Status, HttpResponseMessage Response, string Html)
{
    public string? Location => Response.Headers.Location?.OriginalString;

    /// <summary>The antiforgery token of the first form on the page (or of the form posting to <paramref name="action"/>).</summary>
    public string Token(string? action = null)
    {
        var forms = Regex.Matches(Html, "<form\\b[^>]*>.*?</form>", RegexOptions.Singleline);
        foreach (Match form in forms)
        {
            if (action is not null && !form.Value.Contains($"action=\"{action}\"", StringComparison.Ordinal))
            {
                continue;
            }

            var token = Regex.Match(form.Value, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
            if (token.Success)
            {
                return token.Groups[1].Value;
            }
        }

        throw new InvalidOperationException("No form with an antiforgery token on the page.");
    }

    public string TextOf(string id)
    {
        var match = Regex.Match(Html, $"id=\"{Regex.Escape(id)}\"[^>]*>(.*?)</", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : throw new InvalidOperationException($"No element #{id}.");
    }
}

/// <summary>One browser: an HttpClient with its own cookie jar.</summary>
public sealed class Browser(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public async Task<Page> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        return new Page(response.StatusCode, response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form as a browser would: fields plus, unless told not to, the given antiforgery token.</summary>
    public async Task<Page> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? token)
    {
        var all = fields.ToList();
        if (token is not null)
        {
            all.Add(new("__RequestVerificationToken", token));
        }

        var response = await Client.PostAsync(path, new FormUrlEncodedContent(all));
        return new Page(response.StatusCode, response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens the form page, then posts to it with the token it carries.</summary>
    public async Task<Page> SubmitAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var form = await GetAsync(path);
        form.Status.Should().Be(HttpStatusCode.OK, $"the form at {path} should open");
        return await PostAsync(action ?? path, fields, form.Token(action));
    }

    /// <summary>Starts a couple session from the landing page; returns the hub path <c>/c/{id}</c>.</summary>
    public async Task<string> StartTogetherAsync()
    {
        var result = await SubmitAsync("/", []);
        result.Status.Should().Be(HttpStatusCode.Redirect);
        return result.Location!;
    }

    public async Task JoinAsync(string hub)
    {
        var result = await SubmitAsync(hub + "/join", []);
        result.Status.Should().Be(HttpStatusCode.Redirect);
        result.Location.Should().Be(hub);
    }

    public void Dispose() => Client.Dispose();
}
