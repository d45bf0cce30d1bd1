using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Facts;

/// <summary>
/// A fact for rules: the couple as a whole, with the thresholds in force. One is inserted per
/// evaluation, so a rule about the couple that reads a threshold is a single pattern, not a join.
/// </summary>
public sealed class Couple
{
    /// <summary>Creates the fact.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="thresholds">The thresholds in force.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="thresholds"/> is null.</exception>
    public Couple(CoupleProfile profile, Thresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(thresholds);
        Profile = profile;
        Thresholds = thresholds;
    }

    /// <summary>The whole profile.</summary>
    public CoupleProfile Profile { get; }

    /// <summary>The thresholds in force for this evaluation.</summary>
    public Thresholds Thresholds { get; }

    /// <inheritdoc />
    public override string ToString() => "Couple";
}
