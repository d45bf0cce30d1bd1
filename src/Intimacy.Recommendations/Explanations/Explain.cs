using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Facts;

namespace Intimacy.Recommendations.Explanations;

/// <summary>
/// Builds the findings and candidates that rules insert, with their inputs, thresholds, sources and
/// disclosure worked out, so every rule explains itself the same way. For app rules too.
/// </summary>
public static class Explain
{
    /// <summary>A finding about one partner.</summary>
    /// <param name="ruleName">The rule making the finding (<c>ctx.Rule.Name</c>).</param>
    /// <param name="respondent">The partner it is about.</param>
    /// <param name="code">What was observed.</param>
    /// <param name="kind">What sort of observation it is.</param>
    /// <param name="title">A short title.</param>
    /// <param name="inputs">The answers it rests on.</param>
    /// <param name="sources">The sources behind it.</param>
    /// <param name="indicator">How urgent it is.</param>
    /// <param name="threshold">The threshold crossed, in words, if any.</param>
    /// <param name="catalogId">The catalog item observed, if any.</param>
    /// <returns>The finding, with its disclosure derived from its inputs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="respondent"/> or <paramref name="code"/> is null.</exception>
    public static Finding PartnerFinding(
        string ruleName, Respondent respondent, FindingCode code, FindingKind kind, string title, IReadOnlyList<string> inputs,
        IReadOnlyList<Citation> sources, Indicator indicator = Indicator.Info, string? threshold = null, string? catalogId = null)
    {
        ArgumentNullException.ThrowIfNull(respondent);
        ArgumentNullException.ThrowIfNull(code);
        return new Finding
        {
            Id = code.IdFor(respondent.Partner),
            Code = code.Code,
            Kind = kind,
            Title = title,
            CatalogId = catalogId,
            Subject = respondent.Partner,
            Indicator = indicator,
            RuleName = ruleName,
            InputPaths = inputs,
            Threshold = threshold,
            Sources = sources,
            Disclosure = Privacy.Of(respondent.Profile, inputs),
        };
    }

    /// <summary>A finding about the couple as a whole.</summary>
    /// <param name="ruleName">The rule making the finding.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="code">What was observed.</param>
    /// <param name="kind">What sort of observation it is.</param>
    /// <param name="title">A short title.</param>
    /// <param name="inputs">The answers it rests on.</param>
    /// <param name="sources">The sources behind it.</param>
    /// <param name="indicator">How urgent it is.</param>
    /// <param name="threshold">The threshold crossed, in words, if any.</param>
    /// <param name="catalogId">The catalog item observed, if any.</param>
    /// <returns>The finding, with its disclosure derived from its inputs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="code"/> is null.</exception>
    public static Finding CoupleFinding(
        string ruleName, CoupleProfile profile, FindingCode code, FindingKind kind, string title, IReadOnlyList<string> inputs,
        IReadOnlyList<Citation> sources, Indicator indicator = Indicator.Info, string? threshold = null, string? catalogId = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(code);
        return new Finding
        {
            Id = code.CoupleId,
            Code = code.Code,
            Kind = kind,
            Title = title,
            CatalogId = catalogId,
            Subject = null,
            Indicator = indicator,
            RuleName = ruleName,
            InputPaths = inputs,
            Threshold = threshold,
            Sources = sources,
            Disclosure = Privacy.Of(profile, inputs),
        };
    }

    /// <summary>A candidate intervention proposed because of a finding; the reason inherits the finding's inputs, threshold and disclosure.</summary>
    /// <param name="ruleName">The rule proposing it.</param>
    /// <param name="finding">The finding it answers.</param>
    /// <param name="interventionId">The intervention's catalog id.</param>
    /// <param name="priority">From 0 to 100.</param>
    /// <param name="audience">Who is asked to act.</param>
    /// <param name="text">Why, in plain words.</param>
    /// <param name="indicator">How urgent the proposal is.</param>
    /// <returns>The candidate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static Candidate Because(
        string ruleName, Finding finding, string interventionId, int priority, ItemAudience audience, string text, Indicator indicator = Indicator.Info)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new Candidate(interventionId, priority, audience, new Reason
        {
            RuleName = ruleName,
            Text = text,
            FindingIds = [finding.Id],
            InputPaths = finding.InputPaths,
            Threshold = finding.Threshold,
            Disclosure = finding.Disclosure,
        }, indicator);
    }

    /// <summary>The item audience for a finding's subject: that partner, or the couple.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The audience.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static ItemAudience AudienceOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Subject switch
        {
            PartnerId.PartnerA => ItemAudience.PartnerA,
            PartnerId.PartnerB => ItemAudience.PartnerB,
            _ => ItemAudience.Couple,
        };
    }
}
