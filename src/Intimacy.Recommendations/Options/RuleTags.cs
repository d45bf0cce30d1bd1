namespace Intimacy.Recommendations.Options;

/// <summary>The tags of the built-in rule families. Switch families off with <see cref="RecommendationOptions.DisabledTags"/>.</summary>
public static class RuleTags
{
    /// <summary>Safety rules. Never switched off, whatever the options say.</summary>
    public const string Safety = "safety";

    /// <summary>Rules that turn answers into findings.</summary>
    public const string Detection = "detection";

    /// <summary>Rules that turn findings into candidate interventions.</summary>
    public const string Recommendation = "recommendation";

    /// <summary>Warning-sign detection from the catalog.</summary>
    public const string WarningSigns = "warning-signs";

    /// <summary>Questionnaire interpretations.</summary>
    public const string Instruments = "instruments";

    /// <summary>Barrier (cause) detection.</summary>
    public const string Barriers = "barriers";

    /// <summary>Comparisons of the two partners' answers.</summary>
    public const string Dyadic = "dyadic";

    /// <summary>Emotional-foundation recommendations.</summary>
    public const string Emotional = "emotional";

    /// <summary>Non-sexual affection recommendations.</summary>
    public const string Affection = "affection";

    /// <summary>Sexual reconnection recommendations.</summary>
    public const string Sexual = "sexual";

    /// <summary>Shared-experience recommendations.</summary>
    public const string SharedExperiences = "shared-experiences";

    /// <summary>Professional-help recommendations.</summary>
    public const string Professional = "professional";

    /// <summary>Medical-referral recommendations.</summary>
    public const string Medical = "medical";

    /// <summary>Stress and self-care recommendations.</summary>
    public const string Wellbeing = "wellbeing";

    /// <summary>Maintenance and resources.</summary>
    public const string Maintenance = "maintenance";

    /// <summary>Escalation after self-help that has not helped.</summary>
    public const string Escalation = "escalation";

    /// <summary>Every built-in tag except <see cref="Safety"/>: the ones an app may switch off.</summary>
    public static IReadOnlyList<string> Switchable { get; } =
    [
        Detection, Recommendation, WarningSigns, Instruments, Barriers, Dyadic, Emotional, Affection, Sexual,
        SharedExperiences, Professional, Medical, Wellbeing, Maintenance, Escalation,
    ];
}
