namespace Intimacy.Core.Interventions;

/// <summary>How much of an intervention a source recommends, as structured data and as a short text.</summary>
/// <remarks>Only the parts a source gives are set; the rest are null.</remarks>
public sealed record Dose
{
    /// <summary>Creates a dose.</summary>
    /// <param name="summary">The dose in a short sentence, e.g. "2–3 sessions a week for at least 6 weeks".</param>
    /// <param name="timesPerWeek">How many times a week (7 for daily).</param>
    /// <param name="minutesPerSession">How long each time takes, in minutes.</param>
    /// <param name="weeks">For how many weeks.</param>
    /// <param name="sessions">How many sessions in all, for a course with a set length.</param>
    /// <exception cref="ArgumentException"><paramref name="summary"/> is blank, or no structured part is given.</exception>
    public Dose(string summary, CountRange? timesPerWeek = null, CountRange? minutesPerSession = null, CountRange? weeks = null, CountRange? sessions = null)
    {
        Summary = Guard.NotBlank(summary);
        if (timesPerWeek is null && minutesPerSession is null && weeks is null && sessions is null)
        {
            throw new ArgumentException("A dose needs at least one structured part: times per week, minutes, weeks or sessions.", nameof(summary));
        }

        TimesPerWeek = timesPerWeek;
        MinutesPerSession = minutesPerSession;
        Weeks = weeks;
        Sessions = sessions;
    }

    /// <summary>The dose in a short sentence.</summary>
    public string Summary { get; }

    /// <summary>How many times a week, or null when not given; 7 means daily.</summary>
    public CountRange? TimesPerWeek { get; }

    /// <summary>Minutes per session, or null when not given.</summary>
    public CountRange? MinutesPerSession { get; }

    /// <summary>For how many weeks, or null when not given.</summary>
    public CountRange? Weeks { get; }

    /// <summary>How many sessions in all, or null when not given.</summary>
    public CountRange? Sessions { get; }

    /// <summary>Returns <see cref="Summary"/>.</summary>
    /// <returns>The summary text.</returns>
    public override string ToString() => Summary;
}
