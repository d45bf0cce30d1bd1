namespace Intimacy.Recommendations.Options;

/// <summary>
/// Adjustable settings of the rule set: thresholds with literature defaults (or project defaults,
/// marked as such), tags of rule families to switch off, and the region for crisis contacts.
/// </summary>
/// <remarks>
/// A threshold set outside its accepted range (see <see cref="Thresholds"/>), or to NaN, throws
/// <see cref="ArgumentOutOfRangeException"/> where it is set, whether by its property, by
/// <see cref="SetThreshold"/> or by configuration binding.
/// Safety gates do not read options: they use constants, and rules tagged
/// <see cref="RuleTags.Safety"/> can never be switched off. Options are read once, when the engine
/// is built; change them by building a new engine.
/// </remarks>
public sealed class RecommendationOptions
{
    /// <summary>Sex fewer times a year than this counts as a sexless relationship (literature: 10).</summary>
    public double SexlessFrequencyPerYear { get; set => field = ThresholdTable.InRange(nameof(SexlessFrequencyPerYear), value); } = 10;

    /// <summary>A CSI-4 total below this means relationship distress (literature: 13.5).</summary>
    public double Csi4Cutoff { get; set => field = ThresholdTable.InRange(nameof(Csi4Cutoff), value); } = 13.5;

    /// <summary>A CSI-16 total below this means relationship distress (literature: 51.5).</summary>
    public double Csi16Cutoff { get; set => field = ThresholdTable.InRange(nameof(Csi16Cutoff), value); } = 51.5;

    /// <summary>A CSI-32 total below this means notable dissatisfaction (literature: 104.5).</summary>
    public double Csi32Cutoff { get; set => field = ThresholdTable.InRange(nameof(Csi32Cutoff), value); } = 104.5;

    /// <summary>A DAS total below this means distress (literature: 97).</summary>
    public double DasCutoff { get; set => field = ThresholdTable.InRange(nameof(DasCutoff), value); } = 97;

    /// <summary>An RDAS total at or below this means distress (literature: 47).</summary>
    public double RdasCutoff { get; set => field = ThresholdTable.InRange(nameof(RdasCutoff), value); } = 47;

    /// <summary>A PHQ-2 at or above this is a positive depression screen (literature: 3).</summary>
    public double Phq2Cutoff { get; set => field = ThresholdTable.InRange(nameof(Phq2Cutoff), value); } = 3;

    /// <summary>A PHQ-9 at or above this means at least moderate depression (literature: 10).</summary>
    public double Phq9Cutoff { get; set => field = ThresholdTable.InRange(nameof(Phq9Cutoff), value); } = 10;

    /// <summary>A GAD-2 at or above this is a positive anxiety screen (literature: 3).</summary>
    public double Gad2Cutoff { get; set => field = ThresholdTable.InRange(nameof(Gad2Cutoff), value); } = 3;

    /// <summary>A GAD-7 at or above this means at least moderate anxiety (literature: 10).</summary>
    public double Gad7Cutoff { get; set => field = ThresholdTable.InRange(nameof(Gad7Cutoff), value); } = 10;

    /// <summary>An IIEF-5 at or below this suggests erectile difficulty, when sexually active (literature: 21).</summary>
    public double Iief5Cutoff { get; set => field = ThresholdTable.InRange(nameof(Iief5Cutoff), value); } = 21;

    /// <summary>An FSFI at or below this suggests sexual difficulty, when sexually active (literature: 26.55).</summary>
    public double FsfiCutoff { get; set => field = ThresholdTable.InRange(nameof(FsfiCutoff), value); } = 26.55;

    /// <summary>PAIR: partners' scores differing by at least this much is a gap worth noting (literature: 5).</summary>
    public double PairPartnerGap { get; set => field = ThresholdTable.InRange(nameof(PairPartnerGap), value); } = 5;

    /// <summary>PAIR: ideal above realized by at least this many points is a gap worth noting (project default: 20).</summary>
    public double PairIdealGap { get; set => field = ThresholdTable.InRange(nameof(PairIdealGap), value); } = 20;

    /// <summary>Weeks of self-help without improvement before professional help is escalated (project default: 8).</summary>
    public double EscalationWeeks { get; set => field = ThresholdTable.InRange(nameof(EscalationWeeks), value); } = 8;

    /// <summary>Months of emotional distance that count as persistent (project default: 6).</summary>
    public double PersistentDistanceMonths { get; set => field = ThresholdTable.InRange(nameof(PersistentDistanceMonths), value); } = 6;

    /// <summary>Weekly working hours from which work is counted as a barrier (project default: 50).</summary>
    public double LongWorkHours { get; set => field = ThresholdTable.InRange(nameof(LongWorkHours), value); } = 50;

    /// <summary>Points apart on the 1–5 desire scale that count as a desire discrepancy (project default: 2).</summary>
    public double DesireDiscrepancy { get; set => field = ThresholdTable.InRange(nameof(DesireDiscrepancy), value); } = 2;

    /// <summary>Weekly hours of quality time below which time together is counted as scarce (project default: 2).</summary>
    public double LowQualityTimeHours { get; set => field = ThresholdTable.InRange(nameof(LowQualityTimeHours), value); } = 2;

    /// <summary>
    /// Tags of rule families to switch off: the tags in <see cref="RuleTags"/> or those of app rules, spelt exactly
    /// (tags are case-sensitive). <see cref="RuleTags.Safety"/> cannot be switched off.
    /// </summary>
    /// <remarks>
    /// Adding a null or blank tag throws at once. Building an engine throws <see cref="ArgumentException"/> when a tag is
    /// <see cref="RuleTags.Safety"/>, and <see cref="UnknownRuleTagException"/> (an <see cref="ArgumentException"/> that
    /// lists the tags) when a tag is carried by no rule of the engine, built in or added by the app, so a misspelt tag
    /// cannot leave a family switched on.
    /// </remarks>
    public ISet<string> DisabledTags { get; } = new TagSet();

    /// <summary>The region (for example an ISO 3166 code) passed to the crisis contact provider; null for none.</summary>
    public string? Region { get; set; }

    /// <summary>Every adjustable threshold with its default, basis, source and accepted range.</summary>
    public static IReadOnlyList<ThresholdDescriptor> Thresholds { get; } = ThresholdTable.Descriptors;

    /// <summary>The threshold with a name, as <see cref="GetThreshold"/> and <see cref="SetThreshold"/> read it (in any case).</summary>
    /// <param name="name">The option's property name, e.g. <c>Csi4Cutoff</c>.</param>
    /// <returns>Its descriptor, with its canonical name and accepted range; <see langword="null"/> when no threshold has that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static ThresholdDescriptor? FindThreshold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ThresholdTable.Describe(name);
    }

    /// <summary>Reads a threshold by name.</summary>
    /// <param name="name">The option's property name, as in <see cref="Thresholds"/>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No threshold has that name.</exception>
    public double GetThreshold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ThresholdTable.Get(this, name);
    }

    /// <summary>Sets a threshold by name, for sweeps and configuration files.</summary>
    /// <param name="name">The option's property name, as in <see cref="Thresholds"/>.</param>
    /// <param name="value">The new value, within the threshold's accepted range.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No threshold has that name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the accepted range.</exception>
    public void SetThreshold(string name, double value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ThresholdTable.Set(this, name, value);
    }

    /// <summary>Copies these options.</summary>
    /// <returns>An independent copy.</returns>
    public RecommendationOptions Clone()
    {
        var copy = new RecommendationOptions { Region = Region };
        foreach (var d in Thresholds)
        {
            copy.SetThreshold(d.Name, GetThreshold(d.Name));
        }

        copy.DisabledTags.UnionWith(DisabledTags);
        return copy;
    }
}
