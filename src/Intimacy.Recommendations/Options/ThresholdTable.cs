using System.Globalization;

namespace Intimacy.Recommendations.Options;

/// <summary>The one table of adjustable thresholds: descriptors, getters and setters.</summary>
internal static class ThresholdTable
{
    private static readonly Entry[] Entries =
    [
        new(new(nameof(RecommendationOptions.SexlessFrequencyPerYear), "Sex fewer times a year than this, with a partner unhappy about it, is a warning sign.", 10, ThresholdBasis.Literature, "source.rekindle", 1, 104), o => o.SexlessFrequencyPerYear, (o, v) => o.SexlessFrequencyPerYear = v),
        new(new(nameof(RecommendationOptions.Csi4Cutoff), "CSI-4 totals below this indicate relationship distress.", 13.5, ThresholdBasis.Literature, "source.funk-rogge-2007", 0, 21), o => o.Csi4Cutoff, (o, v) => o.Csi4Cutoff = v),
        new(new(nameof(RecommendationOptions.Csi16Cutoff), "CSI-16 totals below this indicate relationship distress.", 51.5, ThresholdBasis.Literature, "source.funk-rogge-2007", 0, 81), o => o.Csi16Cutoff, (o, v) => o.Csi16Cutoff = v),
        new(new(nameof(RecommendationOptions.Csi32Cutoff), "CSI-32 totals below this indicate notable dissatisfaction.", 104.5, ThresholdBasis.Literature, "source.funk-rogge-2007", 0, 161), o => o.Csi32Cutoff, (o, v) => o.Csi32Cutoff = v),
        new(new(nameof(RecommendationOptions.DasCutoff), "DAS totals below this indicate distress.", 97, ThresholdBasis.Literature, "source.spanier-1976", 0, 151), o => o.DasCutoff, (o, v) => o.DasCutoff = v),
        new(new(nameof(RecommendationOptions.RdasCutoff), "RDAS totals at or below this indicate distress.", 47, ThresholdBasis.Literature, "source.anderson-2014", 0, 69), o => o.RdasCutoff, (o, v) => o.RdasCutoff = v),
        new(new(nameof(RecommendationOptions.Phq2Cutoff), "PHQ-2 totals at or above this are a positive depression screen.", 3, ThresholdBasis.Literature, "source.kroenke-2003", 0, 6), o => o.Phq2Cutoff, (o, v) => o.Phq2Cutoff = v),
        new(new(nameof(RecommendationOptions.Phq9Cutoff), "PHQ-9 totals at or above this indicate at least moderate depression.", 10, ThresholdBasis.Literature, "source.kroenke-2001", 0, 27), o => o.Phq9Cutoff, (o, v) => o.Phq9Cutoff = v),
        new(new(nameof(RecommendationOptions.Gad2Cutoff), "GAD-2 totals at or above this are a positive anxiety screen.", 3, ThresholdBasis.Literature, "source.kroenke-2007", 0, 6), o => o.Gad2Cutoff, (o, v) => o.Gad2Cutoff = v),
        new(new(nameof(RecommendationOptions.Gad7Cutoff), "GAD-7 totals at or above this indicate at least moderate anxiety.", 10, ThresholdBasis.Literature, "source.spitzer-2006", 0, 21), o => o.Gad7Cutoff, (o, v) => o.Gad7Cutoff = v),
        new(new(nameof(RecommendationOptions.Iief5Cutoff), "IIEF-5 totals at or below this suggest erectile difficulty (sexually active respondents only).", 21, ThresholdBasis.Literature, "source.rosen-1999", 1, 25), o => o.Iief5Cutoff, (o, v) => o.Iief5Cutoff = v),
        new(new(nameof(RecommendationOptions.FsfiCutoff), "FSFI totals at or below this suggest sexual difficulty (sexually active respondents only).", 26.55, ThresholdBasis.Literature, "source.wiegel-2005", 2, 36), o => o.FsfiCutoff, (o, v) => o.FsfiCutoff = v),
        new(new(nameof(RecommendationOptions.PairPartnerGap), "PAIR: partners' realized scores this far apart are a gap worth talking about.", 5, ThresholdBasis.Literature, "source.schaefer-olson-1981", 1, 96), o => o.PairPartnerGap, (o, v) => o.PairPartnerGap = v),
        new(new(nameof(RecommendationOptions.PairIdealGap), "PAIR: an ideal this far above the realized score is an unmet wish.", 20, ThresholdBasis.ProjectDefault, null, 1, 96), o => o.PairIdealGap, (o, v) => o.PairIdealGap = v),
        new(new(nameof(RecommendationOptions.EscalationWeeks), "Weeks of self-help without improvement after which professional help is suggested more strongly.", 8, ThresholdBasis.ProjectDefault, null, 1, 520), o => o.EscalationWeeks, (o, v) => o.EscalationWeeks = v),
        new(new(nameof(RecommendationOptions.PersistentDistanceMonths), "Months of emotional distance that count as persistent.", 6, ThresholdBasis.ProjectDefault, null, 1, 600), o => o.PersistentDistanceMonths, (o, v) => o.PersistentDistanceMonths = v),
        new(new(nameof(RecommendationOptions.LongWorkHours), "Weekly working hours from which work is counted as a barrier.", 50, ThresholdBasis.ProjectDefault, null, 1, 120), o => o.LongWorkHours, (o, v) => o.LongWorkHours = v),
        new(new(nameof(RecommendationOptions.DesireDiscrepancy), "Points apart on the 1 to 5 desire scale that count as a desire discrepancy.", 2, ThresholdBasis.ProjectDefault, null, 1, 4), o => o.DesireDiscrepancy, (o, v) => o.DesireDiscrepancy = v),
        new(new(nameof(RecommendationOptions.LowQualityTimeHours), "Weekly hours of quality time below which time together is counted as scarce.", 2, ThresholdBasis.ProjectDefault, null, 0.5, 168), o => o.LowQualityTimeHours, (o, v) => o.LowQualityTimeHours = v),
    ];

    public static IReadOnlyList<ThresholdDescriptor> Descriptors { get; } = Array.AsReadOnly(Entries.Select(e => e.Descriptor).ToArray());

    private static readonly Dictionary<string, ThresholdDescriptor> ByName = Entries.ToDictionary(e => e.Descriptor.Name, e => e.Descriptor, StringComparer.Ordinal);

    public static double Get(RecommendationOptions options, string name)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Find(name).Get(options);
    }

    // The property's setter checks the range (InRange).
    public static void Set(RecommendationOptions options, string name, double value)
    {
        ArgumentNullException.ThrowIfNull(options);
        Find(name).Set(options, value);
    }

    /// <summary>
    /// Returns <paramref name="value"/> when it is within the accepted range of the threshold named
    /// <paramref name="name"/> (a property name); every threshold setter calls this, so a value out of
    /// range fails where it is set. The message names the threshold and the range, never the value.
    /// </summary>
    public static double InRange(string name, double value)
    {
        var descriptor = ByName[name];
        return descriptor.Accepts(value)
            ? value
            : throw new ArgumentOutOfRangeException(
                nameof(value), string.Create(CultureInfo.InvariantCulture, $"{name} must be from {descriptor.Minimum} to {descriptor.Maximum}."));
    }

    /// <summary>The threshold named <paramref name="name"/>, in any case; null when there is none.</summary>
    public static ThresholdDescriptor? Describe(string name) => FindEntry(name)?.Descriptor;

    private static Entry? FindEntry(string name)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Descriptor.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }

    private static Entry Find(string name) =>
        FindEntry(name) ?? throw new ArgumentException($"There is no threshold named '{name}'. Known thresholds: {string.Join(", ", Entries.Select(e => e.Descriptor.Name))}.", nameof(name));

    private sealed record Entry(ThresholdDescriptor Descriptor, Func<RecommendationOptions, double> Get, Action<RecommendationOptions, double> Set);
}
