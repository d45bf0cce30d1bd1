namespace WebQuestionnaire.Couples;

/// <summary>How long couple sessions live in memory, and how many may exist at once.</summary>
public sealed class CoupleSessionOptions
{
    /// <summary>The configuration section: <c>Sessions</c>.</summary>
    public const string Section = "Sessions";

    /// <summary>A session not used for this long is forgotten, answers and all (sliding expiry).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The most sessions held at once; starting another beyond it is refused until some expire or are
    /// ended. Live sessions are never pushed out to make room.
    /// </summary>
    public int MaxSessions { get; set; } = 10_000;
}
