using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace WebQuestionnaire.Tests;

/// <summary>
/// Every field of each questionnaire step posted in turn with a distinctive value of the wrong kind or out of range:
/// no log entry repeats it, at the shipped levels or with everything the app and the framework log at Trace. (The
/// partner's own page may show what they typed back to them; that is their own answer, on their own screen.)
/// </summary>
public sealed partial class FormMarkerValueTests
{
    private static readonly string[] Corruptions = ["MARKER-7q3z", "123456.789", "-987654", "MARKER-7q3z" + new string('x', 3000)];

    private static readonly string[] Markers = ["MARKER", "7q3z", "123456", "987654", "xxxxxxxxxx"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnyFieldGivenAMarker_IsLoggedNowhere(bool trace)
    {
        var capture = new CapturingLoggerProvider();
        using var factory = new WebAppFactory(new Dictionary<string, string?> { ["environment"] = "Production" });
        using var app = factory.WithCapturedLogs(capture, trace);
        using var browser = new Browser(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var hub = await browser.StartTogetherAsync();
        var steps = new (string Path, Dictionary<string, string> Fields)[] { ("/view", Answers.View()), ("/screens", Answers.Screens()), ("/safety", Answers.Safety()) };
        var refused = 0;
        foreach (var (path, fields) in steps)
        {
            foreach (var field in fields.Keys)
            {
                foreach (var raw in Corruptions)
                {
                    var posted = new Dictionary<string, string>(fields) { [field] = raw };
                    var page = await browser.SubmitAsync(hub + path, posted);
                    refused += page.Status == HttpStatusCode.BadRequest ? 1 : 0;
                }
            }
        }

        refused.Should().BeGreaterThan(50, "the marked posts must be refused");
        var leaks = (from entry in capture.Entries
                     let text = TraceId().Replace(entry.AllText, "<id>")
                     from marker in Markers
                     where text.Contains(marker, StringComparison.Ordinal)
                     select $"'{marker}' in {text[..Math.Min(500, text.Length)]}").ToList();
        leaks.Should().BeEmpty();
    }

    // Trace and span ids are random hex digits: a marker's digits in them are not an echo.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9a-f])(?:[0-9a-f]{16}|[0-9a-f]{32})(?![0-9a-f])")]
    private static partial System.Text.RegularExpressions.Regex TraceId();
}
