using System.ComponentModel.DataAnnotations;

namespace Intimacy.Core.Profiles;

/// <summary>Mental-health and sexual-function questionnaires one partner completed. Private by default.</summary>
/// <remarks>All scores are optional; a missing score is unknown, never "well".</remarks>
public sealed record WellbeingScores : IProfileSection
{
    /// <inheritdoc />
    public Visibility Visibility { get; init; } = Visibility.Private;

    /// <summary>PHQ-2 depression screen (0 to 6).</summary>
    [Range(0, 6)]
    public int? Phq2 { get; init; }

    /// <summary>PHQ-9 depression total (0 to 27).</summary>
    [Range(0, 27)]
    public int? Phq9 { get; init; }

    /// <summary>PHQ-9 item 9, thoughts of being better off dead or of self-harm (0 to 3).</summary>
    [Range(0, 3)]
    public int? Phq9Item9 { get; init; }

    /// <summary>GAD-2 anxiety screen (0 to 6).</summary>
    [Range(0, 6)]
    public int? Gad2 { get; init; }

    /// <summary>GAD-7 anxiety total (0 to 21).</summary>
    [Range(0, 21)]
    public int? Gad7 { get; init; }

    /// <summary>Female Sexual Function Index total (2.0 to 36.0).</summary>
    [Range(2.0, 36.0)]
    public double? Fsfi { get; init; }

    /// <summary>Whether the respondent was sexually active in the FSFI's four-week window.</summary>
    public bool? FsfiSexuallyActive { get; init; }

    /// <summary>IIEF-5 (SHIM) total (1 to 25; below 5 only when there was no sexual activity).</summary>
    [Range(1, 25)]
    public int? Iief5 { get; init; }

    /// <summary>Whether the respondent was sexually active in the IIEF-5's window.</summary>
    public bool? Iief5SexuallyActive { get; init; }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(WellbeingScores));
}
