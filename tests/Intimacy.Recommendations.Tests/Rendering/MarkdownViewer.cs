using System.Text.RegularExpressions;
using Markdig;

namespace Intimacy.Recommendations.Tests.Rendering;

/// <summary>
/// Reads the library's Markdown as a GitHub-like viewer does (CommonMark with pipe tables, autolinks,
/// strikethrough, task lists and footnotes), so tests check what a reader would see rather than the text.
/// </summary>
internal static partial class MarkdownViewer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseAutoLinks().UseEmphasisExtras().UseTaskLists().UseFootnotes().Build();

    public static string Html(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>Every link or image address in the HTML that is not an http(s) or in-page address.</summary>
    public static List<string> ScriptCapableAddresses(string html) =>
        [.. Address().Matches(html).Select(m => m.Groups["url"].Value).Where(u => !u.StartsWith('#') && !WebAddress().IsMatch(u))];

    /// <summary>The HTML elements a viewer would build from raw HTML written in the text (the renderer writes none of these).</summary>
    public static List<string> RawHtml(string html) => [.. RawTag().Matches(html).Select(m => m.Value)];

    /// <summary>The text of every heading, markup removed.</summary>
    public static List<string> Headings(string html) =>
        [.. Heading().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(Tag().Replace(m.Groups["text"].Value, string.Empty)))];

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex("^https?://", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    [GeneratedRegex("<(?:script|img|b|div|iframe|svg|a [^>]*onclick)[\\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex RawTag();

    [GeneratedRegex("<h[1-6][^>]*>(?<text>.*?)</h[1-6]>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
