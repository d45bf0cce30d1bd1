using System.Text.Json;
using System.Text.Json.Nodes;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Validation;

/// <summary>Lists the ranged fields and makes profiles with one field set, by JSON path.</summary>
internal static class FieldCheckCatalog
{
    public static IReadOnlyList<(string Path, double Min, double Max)> RangedFields { get; } =
        FieldCheck.All.Where(c => !c.Message.StartsWith("must be one of", StringComparison.Ordinal))
            .Select(c => (c.Path, c.Min, c.Max)).ToList();

    /// <summary>A two-partner profile, valid apart from the one field set to <paramref name="value"/>.</summary>
    public static CoupleProfile ProfileWith(string path, double value)
    {
        var root = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["partnerA"] = new JsonObject { ["ageYears"] = 30 },
            ["partnerB"] = new JsonObject { ["ageYears"] = 30 },
        };
        var segments = path["$.".Length..].Split('.');
        var node = root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (node[segments[i]] is not JsonObject child)
            {
                child = segments[i] is "emotional" or "social" or "sexual" or "intellectual" or "recreational" && segments[i - 1] == "pair"
                    ? new JsonObject { ["realized"] = 0, ["ideal"] = 0 }
                    : new JsonObject();
                node[segments[i]] = child;
            }

            node = child;
        }

        node[segments[^1]] = value == Math.Floor(value) && Math.Abs(value) < int.MaxValue ? JsonValue.Create((int)value) : JsonValue.Create(value);
        return JsonSerializer.Deserialize(root, IntimacyJsonContext.Default.CoupleProfile)!;
    }
}
