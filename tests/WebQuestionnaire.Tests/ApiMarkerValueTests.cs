using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace WebQuestionnaire.Tests;

/// <summary>
/// Every answer of a valid profile sent to the API replaced in turn by a distinctive value of the wrong kind or out of
/// range: the problem details name the path and the rule for every audience, and neither the response nor any log
/// entry (at the shipped levels, and with everything the app and the framework log at Trace) repeats the value.
/// </summary>
public sealed partial class ApiMarkerValueTests
{
    private const string Profile = """
        { "schemaVersion": 1,
          "relationship": { "lengthYears": 9, "childrenAtHome": true },
          "partnerA": { "ageYears": 34,
                        "view": { "sexPerYear": 4, "sexFrequencyFeeling": "wantsMore", "conflictFrequency": "often" },
                        "relationshipScores": { "csi4": 8 },
                        "wellbeingScores": { "phq2": 2, "phq9": 7, "phq9Item9": 0 },
                        "safety": { "experiencesViolence": false, "fearsPartner": false, "coerciveControl": false, "selfHarmThoughts": false } },
          "partnerB": { "ageYears": 36,
                        "health": { "erectileDifficulty": true },
                        "trust": { "breachOccurred": true, "by": "self", "disclosed": true, "ended": true },
                        "safety": { "experiencesViolence": false, "fearsPartner": false, "coerciveControl": false, "selfHarmThoughts": false } } }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnyAnswerReplacedByAMarker_IsRefusedByPath_AndNeitherTheResponseNorTheLogsRepeatIt(bool trace)
    {
        var capture = new CapturingLoggerProvider();
        using var factory = new WebAppFactory(new Dictionary<string, string?> { ["environment"] = "Production" });
        using var app = factory.WithCapturedLogs(capture, trace);
        using var client = app.CreateClient();
        var leaks = new List<string>();
        foreach (var (path, withSlot) in MarkerValues.Leaves(Profile))
        {
            foreach (var raw in MarkerValues.Corruptions)
            {
                var profile = MarkerValues.Fill(withSlot, raw);
                foreach (var audience in new[] { "couple", "partnerA", "partnerB", "clinician" })
                {
                    var content = new StringContent($$"""{ "audience": "{{audience}}", "profile": {{profile}} }""", Encoding.UTF8);
                    content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
                    using var response = await client.PostAsync("/api/recommendations", content);
                    var body = WithoutTraceIds(await response.Content.ReadAsStringAsync());
                    response.StatusCode.Should().Be(HttpStatusCode.BadRequest, $"{path} <- {raw} is not a valid answer");
                    leaks.AddRange(MarkerValues.Markers.Where(m => body.Contains(m, StringComparison.Ordinal)).Select(m => $"{audience} {path} <- {raw[..Math.Min(20, raw.Length)]}: '{m}' in the response {body}"));
                }
            }
        }

        var entries = capture.Entries.ToList();
        entries.Should().NotBeEmpty();
        leaks.AddRange(from entry in entries
                       from marker in MarkerValues.Markers
                       where WithoutTraceIds(entry.AllText).Contains(marker, StringComparison.Ordinal)
                       select $"'{marker}' in the log: {entry.AllText[..Math.Min(400, entry.AllText.Length)]}");
        leaks.Should().BeEmpty();
    }

    // Trace and span ids are random hex digits: a marker's digits in them are not an echo.
    private static string WithoutTraceIds(string text) => TraceId().Replace(text, "<id>");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9a-f])(?:[0-9a-f]{16}|[0-9a-f]{32})(?![0-9a-f])")]
    private static partial System.Text.RegularExpressions.Regex TraceId();
}
