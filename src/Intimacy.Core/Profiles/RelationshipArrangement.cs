namespace Intimacy.Core.Profiles;

/// <summary>The agreement a couple keeps about exclusivity.</summary>
/// <remarks>
/// A breach of trust is always judged against the couple's own agreement: for a consensually
/// non-monogamous couple, a breach means stepping outside what they agreed, not any outside contact.
/// </remarks>
public enum RelationshipArrangement
{
    /// <summary>The partners have agreed to be sexually and romantically exclusive.</summary>
    Monogamous,

    /// <summary>The partners have agreed that other sexual or romantic relationships are allowed.</summary>
    ConsensuallyNonMonogamous,
}
