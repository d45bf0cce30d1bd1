using Intimacy.Core.Profiles;
using Intimacy.Core.Specifications;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;

namespace Intimacy.Recommendations.Facts;

/// <summary>
/// A fact for rules: the option thresholds in force, frozen when the engine was built. Rules join on
/// it so that changing an option never requires recompiling the rules.
/// </summary>
public sealed class Thresholds
{
    /// <summary>Freezes the thresholds of a set of options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public Thresholds(RecommendationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SexlessFrequencyPerYear = options.SexlessFrequencyPerYear;
        Csi4Cutoff = options.Csi4Cutoff;
        Csi16Cutoff = options.Csi16Cutoff;
        Csi32Cutoff = options.Csi32Cutoff;
        DasCutoff = options.DasCutoff;
        RdasCutoff = options.RdasCutoff;
        Phq2Cutoff = options.Phq2Cutoff;
        Phq9Cutoff = options.Phq9Cutoff;
        Gad2Cutoff = options.Gad2Cutoff;
        Gad7Cutoff = options.Gad7Cutoff;
        Iief5Cutoff = options.Iief5Cutoff;
        FsfiCutoff = options.FsfiCutoff;
        PairPartnerGap = options.PairPartnerGap;
        PairIdealGap = options.PairIdealGap;
        EscalationWeeks = options.EscalationWeeks;
        PersistentDistanceMonths = options.PersistentDistanceMonths;
        LongWorkHours = options.LongWorkHours;
        DesireDiscrepancy = options.DesireDiscrepancy;
        LowQualityTimeHours = options.LowQualityTimeHours;
        SexlessRelationship = WarningSignDetection.SexlessRelationship((int)Math.Ceiling(SexlessFrequencyPerYear));
        PersistentEmotionalDistance = WarningSignDetection.PersistentEmotionalDistance((int)Math.Ceiling(PersistentDistanceMonths));
    }

    /// <summary>The sexless-relationship sign's specification at <see cref="SexlessFrequencyPerYear"/>, compiled once.</summary>
    public Specification<CoupleProfile> SexlessRelationship { get; }

    /// <summary>The persistent-distance sign's specification at <see cref="PersistentDistanceMonths"/>, compiled once.</summary>
    public Specification<CoupleProfile> PersistentEmotionalDistance { get; }

    /// <summary>See <see cref="RecommendationOptions.SexlessFrequencyPerYear"/>.</summary>
    public double SexlessFrequencyPerYear { get; }

    /// <summary>See <see cref="RecommendationOptions.Csi4Cutoff"/>.</summary>
    public double Csi4Cutoff { get; }

    /// <summary>See <see cref="RecommendationOptions.Csi16Cutoff"/>.</summary>
    public double Csi16Cutoff { get; }

    /// <summary>See <see cref="RecommendationOptions.Csi32Cutoff"/>.</summary>
    public double Csi32Cutoff { get; }

    /// <summary>See <see cref="RecommendationOptions.DasCutoff"/>.</summary>
    public double DasCutoff { get; }

    /// <summary>See <see cref="RecommendationOptions.RdasCutoff"/>.</summary>
    public double RdasCutoff { get; }

    /// <summary>See <see cref="RecommendationOptions.Phq2Cutoff"/>.</summary>
    public double Phq2Cutoff { get; }

    /// <summary>See <see cref="RecommendationOptions.Phq9Cutoff"/>.</summary>
    public double Phq9Cutoff { get; }

    /// <summary>See <see cref="RecommendationOptions.Gad2Cutoff"/>.</summary>
    public double Gad2Cutoff { get; }

    /// <summary>See <see cref="RecommendationOptions.Gad7Cutoff"/>.</summary>
    public double Gad7Cutoff { get; }

    /// <summary>See <see cref="RecommendationOptions.Iief5Cutoff"/>.</summary>
    public double Iief5Cutoff { get; }

    /// <summary>See <see cref="RecommendationOptions.FsfiCutoff"/>.</summary>
    public double FsfiCutoff { get; }

    /// <summary>See <see cref="RecommendationOptions.PairPartnerGap"/>.</summary>
    public double PairPartnerGap { get; }

    /// <summary>See <see cref="RecommendationOptions.PairIdealGap"/>.</summary>
    public double PairIdealGap { get; }

    /// <summary>See <see cref="RecommendationOptions.EscalationWeeks"/>.</summary>
    public double EscalationWeeks { get; }

    /// <summary>See <see cref="RecommendationOptions.PersistentDistanceMonths"/>.</summary>
    public double PersistentDistanceMonths { get; }

    /// <summary>See <see cref="RecommendationOptions.LongWorkHours"/>.</summary>
    public double LongWorkHours { get; }

    /// <summary>See <see cref="RecommendationOptions.DesireDiscrepancy"/>.</summary>
    public double DesireDiscrepancy { get; }

    /// <summary>See <see cref="RecommendationOptions.LowQualityTimeHours"/>.</summary>
    public double LowQualityTimeHours { get; }
}
