using Intimacy.Core.Profiles;
using Intimacy.Core.Validation;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Questionnaire;

/// <summary>
/// One step of the questionnaire: its questions, how its answers become the library's profile
/// sections, and where the library's validation paths land on the page.
/// </summary>
internal abstract class Step
{
    /// <summary>The last part of the step's URL, e.g. <c>view</c>.</summary>
    public abstract string Slug { get; }

    /// <summary>The page heading.</summary>
    public abstract string Heading { get; }

    /// <summary>
    /// The page title, which the browser's history, tab strip and task switcher show to anyone using
    /// the device: neutral on purpose ("Step 3 of 3"), never the heading.
    /// </summary>
    public abstract string Title { get; }

    /// <summary>What the step is about and who sees the answers.</summary>
    public abstract IReadOnlyList<string> Intro { get; }

    /// <summary>The step that follows, or <see langword="null"/> for the last (which returns to the hub).</summary>
    public abstract string? NextSlug { get; }

    public abstract IReadOnlyList<Question> Questions { get; }

    /// <summary>Whether the partner has saved this step.</summary>
    public abstract bool IsSaved(PartnerAnswers answers);

    /// <summary>Reads the form into a copy of the partner's answers; problems go into <paramref name="form"/>.</summary>
    protected abstract PartnerAnswers Apply(FormState form, PartnerAnswers answers);

    /// <summary>The field a library validation path points at, or <see langword="null"/> when it is not on this page.</summary>
    protected abstract string? FieldOf(string sectionAndField);

    /// <summary>
    /// A message for a combination the library rejects, in the page's own words: it names the other
    /// question but never what was answered, as the error summary is read out when the page loads.
    /// </summary>
    protected virtual string CombinationMessage(string field) =>
        "This answer does not fit with another answer on this page. Please check both.";

    /// <summary>
    /// Reads and checks a posted form: the page's own checks first, then the library's validator on
    /// the partner's answers as they would be saved. Returns the new answers when everything is valid.
    /// </summary>
    public PartnerAnswers? Read(FormState form, PartnerAnswers current)
    {
        var updated = Apply(form, current);
        if (!form.IsValid)
        {
            return null;
        }

        // Age is asked on the first step; a placeholder adult age lets the other steps be checked first.
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(updated.AgeYears ?? CouplePlan.PlaceholderAge, updated.Fill)
            .BuildUnvalidated();
        foreach (var error in ProfileValidator.Validate(profile).Errors)
        {
            var sectionAndField = error.Path.StartsWith("$.partnerA.", StringComparison.Ordinal) ? error.Path["$.partnerA.".Length..] : error.Path;
            if (FieldOf(sectionAndField) is { } field)
            {
                form.AddError(field, error.Code == ValidationCodes.Combination ? CombinationMessage(field) : "Check this answer: it is outside the allowed range.");
            }
            else
            {
                form.PageErrors.Add("Some answers from an earlier step need checking. Please go back to it from the overview.");
            }
        }

        return form.IsValid ? updated : null;
    }

    public Question this[string name] => Questions.First(q => q.Name == name);
}
