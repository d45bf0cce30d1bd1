namespace Intimacy.Core.Profiles;

/// <summary>Health matters of one partner that can affect intimacy.</summary>
/// <remarks>Shared by default; every answer may be <see langword="null"/>, meaning unknown.</remarks>
public sealed record HealthStatus : IProfileSection
{
    /// <inheritdoc />
    public Visibility Visibility { get; init; } = Visibility.Shared;

    /// <summary>Whether the partner takes a medicine known for sexual side effects (for example some antidepressants).</summary>
    public bool? SexualSideEffectMedication { get; init; }

    /// <summary>Whether the partner is going through a hormonal change (menopause, postpartum, other).</summary>
    public bool? HormonalChange { get; init; }

    /// <summary>Whether the partner lives with a chronic illness or disability.</summary>
    public bool? ChronicIllnessOrDisability { get; init; }

    /// <summary>Whether the partner has pain during sex.</summary>
    public bool? PainDuringSex { get; init; }

    /// <summary>Whether that pain is being treated by a health professional.</summary>
    public bool? PainBeingTreated { get; init; }

    /// <summary>Whether the partner has difficulty getting or keeping an erection.</summary>
    public bool? ErectileDifficulty { get; init; }

    /// <summary>
    /// Whether the partner has difficulty with arousal, lubrication or orgasm that bothers them. Asked of
    /// every partner whatever their body or gender, so that a sexual-function difficulty other than an
    /// erection problem can be reported without a questionnaire score.
    /// </summary>
    public bool? SexualFunctionDifficulty { get; init; }

    /// <summary>Whether the partner misuses alcohol or drugs.</summary>
    public bool? SubstanceMisuse { get; init; }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(HealthStatus));
}
