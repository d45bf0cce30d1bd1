using System.Globalization;
using Intimacy.Recommendations.Options;

namespace Intimacy.Simulation.Running;

/// <summary>The options of a run in words, for <see cref="Aggregation.SimulationStamp.Options"/>.</summary>
internal static class OptionsText
{
    /// <summary>What differs from the defaults: thresholds in the order the library lists them, switched-off tags in ordinal order, then the region.</summary>
    public static string Of(RecommendationOptions options)
    {
        var parts = new List<string>();
        foreach (var threshold in RecommendationOptions.Thresholds)
        {
            var value = options.GetThreshold(threshold.Name);
            if (value.CompareTo(threshold.DefaultValue) != 0)
            {
                parts.Add(threshold.Name + "=" + value.ToString("R", CultureInfo.InvariantCulture));
            }
        }

        parts.AddRange(options.DisabledTags.Order(StringComparer.Ordinal).Select(tag => "disabled=" + tag));
        if (options.Region is { } region)
        {
            parts.Add("region=" + region);
        }

        return parts.Count == 0 ? "defaults" : string.Join("; ", parts);
    }
}
