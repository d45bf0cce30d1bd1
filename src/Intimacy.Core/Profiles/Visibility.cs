namespace Intimacy.Core.Profiles;

/// <summary>Who may see an answer, and anything derived from it.</summary>
public enum Visibility
{
    /// <summary>Both partners may see the answer and what follows from it.</summary>
    Shared,

    /// <summary>
    /// Only the partner who gave the answer (and a clinician) may see it or anything derived from it.
    /// </summary>
    Private,
}
