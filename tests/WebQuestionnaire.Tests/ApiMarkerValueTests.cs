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

    private static readonly string[] Corruptions =
    [
        "\"MARKER-7q3z\"",
        "123456.789",
        "98765432109876543210987",
        "\"123456.789\"",
        "[\"MARKER-7q3z\"]",
        "{\"MARKER-7q3z\": 123456.789}",
        "\"MARKER-7q3z" + new string('x', 2000) + "\"",
        "MARKER7q3z",
        "tru7q3z",
    ];

    private static readonly string[] Markers = ["MARKER", "7q3z", "123456", "98765432109876543210987", "xxxxxxxxxx"];

    private const string Slot = "@@SLOT@@";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnyAnswerReplacedByAMarker_IsRefusedByPath_AndNeitherTheResponseNorTheLogsRepeatIt(bool trace)
    {
        var capture = new CapturingLoggerProvider();
        using var factory = new WebAppFactory(new Dictionary<string, string?> { ["environment"] = "Production" });
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(capture);
            if (trace)
            {
                logging.AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace);
                logging.SetMinimumLevel(LogLevel.Trace);
            }
        }));
        using var client = app.CreateClient();
        var leaks = new List<string>();
        foreach (var (path, withSlot) in Leaves(Profile))
        {
            foreach (var raw in Corruptions)
            {
                var profile = withSlot.Replace("\"" + Slot + "\"", raw, StringComparison.Ordinal);
                foreach (var audience in new[] { "couple", "partnerA", "partnerB", "clinician" })
                {
                    var content = new StringContent($$"""{ "audience": "{{audience}}", "profile": {{profile}} }""", Encoding.UTF8);
                    content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
                    using var response = await client.PostAsync("/api/recommendations", content);
                    var body = WithoutTraceIds(await response.Content.ReadAsStringAsync());
                    response.StatusCode.Should().Be(HttpStatusCode.BadRequest, $"{path} <- {raw} is not a valid answer");
                    leaks.AddRange(Markers.Where(m => body.Contains(m, StringComparison.Ordinal)).Select(m => $"{audience} {path} <- {raw[..Math.Min(20, raw.Length)]}: '{m}' in the response {body}"));
                }
            }
        }

        var entries = capture.Entries.ToList();
        entries.Should().NotBeEmpty();
        leaks.AddRange(from entry in entries
                       from marker in Markers
                       where WithoutTraceIds(entry.AllText).Contains(marker, StringComparison.Ordinal)
                       select $"'{marker}' in the log: {entry.AllText[..Math.Min(400, entry.AllText.Length)]}");
        leaks.Should().BeEmpty();
    }

    // Trace and span ids are random hex digits: a marker's digits in them are not an echo.
    private static string WithoutTraceIds(string text) => TraceId().Replace(text, "<id>");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9a-f])(?:[0-9a-f]{16}|[0-9a-f]{32})(?![0-9a-f])")]
    private static partial System.Text.RegularExpressions.Regex TraceId();

    private static IEnumerable<(string Path, string WithSlot)> Leaves(string json)
    {
        foreach (var path in LeafPaths(JsonNode.Parse(json)!, "$"))
        {
            var copy = JsonNode.Parse(json)!;
            var steps = path[2..].Split('.');
            var parent = steps[..^1].Aggregate(copy, (node, step) => node[step]!);
            parent[steps[^1]] = Slot;
            yield return (path, copy.ToJsonString());
        }
    }

    private static IEnumerable<string> LeafPaths(JsonNode node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => LeafPaths(p.Value!, path + "." + p.Key)),
        _ => [path],
    };
}
