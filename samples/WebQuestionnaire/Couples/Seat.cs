namespace WebQuestionnaire.Couples;

/// <summary>One of the two places in a couple session. The letter only says who joined first.</summary>
public enum Seat
{
    /// <summary>The partner who started the session.</summary>
    A,

    /// <summary>The partner who joined through the invite link.</summary>
    B,
}
