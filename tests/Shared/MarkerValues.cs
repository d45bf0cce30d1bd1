using System.Text.Json.Nodes;

namespace Intimacy.Testing;

/// <summary>
/// Distinctive values of the wrong kind or out of range, put in place of one answer of a profile's JSON at a time, and
/// the markers that find them again in a message or a log: a reader that repeats a value it refuses shows one of them.
/// Shared by the test projects as a linked source file (the library's own readers have a wider set in the Core tests).
/// </summary>
internal static class MarkerValues
{
    /// <summary>The JSON put in place of an answer (raw: strings carry their quotes, and some are not JSON at all).</summary>
    public static readonly string[] Corruptions =
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

    /// <summary>Text that only a repeated corruption would bring into an output.</summary>
    public static readonly string[] Markers = ["MARKER", "7q3z", "123456", "98765432109876543210987", "xxxxxxxxxx"];

    private const string Slot = "@@SLOT@@";

    /// <summary>
    /// Every answer (leaf) of <paramref name="json"/> with its path, and the JSON with a slot in its place, to fill with
    /// <see cref="Fill"/>.
    /// </summary>
    public static IEnumerable<(string Path, string WithSlot)> Leaves(string json)
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

    /// <summary>The JSON from <see cref="Leaves"/> with <paramref name="raw"/> in the slot.</summary>
    public static string Fill(string withSlot, string raw) => withSlot.Replace("\"" + Slot + "\"", raw, StringComparison.Ordinal);

    // Profiles hold no arrays, so a leaf's path is its property names.
    private static IEnumerable<string> LeafPaths(JsonNode node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => LeafPaths(p.Value!, path + "." + p.Key)),
        JsonArray => throw new InvalidOperationException("A profile holds no arrays."),
        _ => [path],
    };
}
