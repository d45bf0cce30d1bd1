using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>One axe-core finding: a rule and the elements that break it.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<AxeNode> Nodes);

/// <summary>An element axe-core flagged, by CSS selector, with axe's summary of what to fix.</summary>
public sealed record AxeNode(string Target, string? Impact, string? Html, string? Summary);

/// <summary>
/// Runs axe-core (npm, pinned in package.json; read from node_modules, never from a CDN) inside the
/// page against WCAG 2.0, 2.1 and 2.2 level A and AA rules.
/// </summary>
internal static class Axe
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    private static readonly Lazy<string> Source = new(() => File.ReadAllText(BrowserEnvironment.AxePath));

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private const string RunScript = """
        async (tags) => {
            const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            return JSON.stringify(results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), impact: n.impact, html: n.html, summary: n.failureSummary })),
            })));
        }
        """;

    /// <summary>axe's best-practice rules (not WCAG criteria): reported by the tests, never failing them.</summary>
    public static readonly string[] BestPracticeTags = ["best-practice"];

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page, string[]? tags = null)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            try
            {
                await page.AddScriptTagAsync(new() { Content = Source.Value });
            }
            catch (PlaywrightException e) when (e.Message.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"axe-core could not be injected into {page.Url}: the page's Content-Security-Policy blocks inline script. " +
                    "Scan from a context made with bypassCsp: true.",
                    e);
            }
        }

        var json = await page.EvaluateAsync<string>(RunScript, tags ?? Tags);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, Json) ?? [];
    }

    /// <summary>
    /// Scans the page and fails on any violation of impact serious or critical, listing rule ids,
    /// help and the elements. Moderate and minor findings are written to the test output only.
    /// </summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string pageName, ITestOutputHelper output)
    {
        var violations = await RunAsync(page);
        var blocking = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        var minor = violations.Except(blocking).ToList();
        if (minor.Count > 0)
        {
            output.WriteLine($"axe on {pageName} ({page.Url}), moderate or minor (not failing):\n{Describe(minor)}");
        }

        output.WriteLine($"axe on {pageName}: {violations.Count} rule(s) violated, {blocking.Count} serious or critical");
        blocking.Should().BeEmpty($"axe-core found serious or critical WCAG A/AA violations on {pageName} ({page.Url}):\n{Describe(blocking)}");
    }

    public static string Describe(IEnumerable<AxeViolation> violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.Append("  [").Append(v.Impact).Append("] ").Append(v.Id).Append(": ").Append(v.Help).Append(" (").Append(v.HelpUrl).AppendLine(")");
            foreach (var node in v.Nodes)
            {
                text.Append("      at ").Append(node.Target).Append("  ").AppendLine(node.Html);
                if (node.Summary is { Length: > 0 } summary)
                {
                    text.Append("         ").AppendLine(summary.ReplaceLineEndings(" "));
                }
            }
        }

        return text.ToString();
    }
}
