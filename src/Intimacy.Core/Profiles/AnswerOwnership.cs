namespace Intimacy.Core.Profiles;

/// <summary>Who gave an answer and who may see it.</summary>
/// <param name="Owner">
/// The partner who gave the answer, or <see langword="null"/> for facts about the couple (shared) and for
/// paths the profile does not have (private: visible to neither partner).
/// </param>
/// <param name="Visibility">Who may see the answer and anything derived from it.</param>
public readonly record struct AnswerOwnership(PartnerId? Owner, Visibility Visibility)
{
    /// <summary>Whether a viewer who is <paramref name="partner"/> may see the answer.</summary>
    /// <param name="partner">The viewing partner.</param>
    /// <returns><see langword="true"/> for shared answers and for the owner's own private answers.</returns>
    public bool IsVisibleTo(PartnerId partner) => Visibility == Visibility.Shared || Owner == partner;
}
