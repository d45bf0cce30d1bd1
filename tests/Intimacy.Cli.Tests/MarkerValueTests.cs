using System.Text.Json.Nodes;

namespace Intimacy.Cli.Tests;

/// <summary>
/// Every answer of a valid profile file replaced in turn by a distinctive value of the wrong kind or out of range:
/// neither <c>validate</c> nor <c>recommend</c> (any audience, with <c>--verbose</c>, which prints the exception a
/// clinician's run failed with) repeats it, on standard output or standard error. Scripts keep both in their logs.
/// </summary>
public class MarkerValueTests
{
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

    [Fact]
    public void ValidateAndRecommend_OfAnyAnswerReplacedByAMarker_NeverPrintTheMarker()
    {
        using var files = new CliRun();
        var valid = File.ReadAllText(files.ValidProfile());
        var leaks = new List<string>();
        var refusals = 0;
        foreach (var (path, withSlot) in Leaves(valid))
        {
            foreach (var raw in Corruptions)
            {
                var file = files.Write("corrupt.json", withSlot.Replace("\"" + Slot + "\"", raw, StringComparison.Ordinal));
                var runs = new List<string[]> { new[] { "validate", file } };
                runs.AddRange(new[] { "couple", "partner-a", "partner-b", "clinician" }.Select(a => new[] { "recommend", file, "--audience", a, "--verbose" }));
                foreach (var args in runs)
                {
                    // The temporary folder's name is random: a marker in it is not an echo.
                    var (code, output, error) = CliRun.Invoke(args);
                    (output, error) = (output.Replace(files.Folder, "<folder>", StringComparison.Ordinal), error.Replace(files.Folder, "<folder>", StringComparison.Ordinal));
                    refusals += code == 1 ? 1 : 0;
                    leaks.AddRange(Markers.Where(m => output.Contains(m, StringComparison.Ordinal) || error.Contains(m, StringComparison.Ordinal))
                        .Select(m => $"{string.Join(' ', args[0], args.Length > 3 ? args[3] : string.Empty)} {path} <- {raw[..Math.Min(20, raw.Length)]}: '{m}' in {error}"));
                }
            }
        }

        refusals.Should().BeGreaterThan(500, "the corrupted files must be refused");
        leaks.Should().BeEmpty();
    }

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

    // Profiles hold no arrays, so a leaf's path is its property names.
    private static IEnumerable<string> LeafPaths(JsonNode node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => LeafPaths(p.Value!, path + "." + p.Key)),
        JsonArray => throw new InvalidOperationException("A profile holds no arrays."),
        _ => [path],
    };
}
