using System.Globalization;

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

    /// <summary>
    /// <see cref="IdleTimeout"/> as the pages say it: in hours when it is whole hours, in minutes when it
    /// is whole minutes, otherwise in seconds ("30 minutes", "1 hour", "90 seconds", "0.5 seconds").
    /// </summary>
    public string IdleTimeoutInWords => InWords(IdleTimeout);

    private static string InWords(TimeSpan span)
    {
        static string Count(double value, string unit) =>
            value.ToString("0.###", CultureInfo.InvariantCulture) + " " + (value == 1 ? unit : unit + "s");

        if (span.Ticks % TimeSpan.TicksPerHour == 0)
        {
            return Count(span.TotalHours, "hour");
        }

        return span.Ticks % TimeSpan.TicksPerMinute == 0 ? Count(span.TotalMinutes, "minute") : Count(span.TotalSeconds, "second");
    }
}
