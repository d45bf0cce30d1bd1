using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Engine;

/// <summary>
/// Checks the findings rules leave in working memory before they become part of a plan. <see cref="Finding"/> is a
/// Core record that app rules build with an object initializer, so nothing stops one from leaving out a member;
/// unchecked, it fails later with a bare <see cref="NullReferenceException"/>, or the plan comes back but its
/// outputs throw and its JSON cannot be read back.
/// </summary>
internal static class RuleOutputChecks
{
    /// <exception cref="InvalidOperationException">A finding has a missing or undefined member; the message names the rule and the member.</exception>
    public static void ThrowIfMalformed(Finding finding)
    {
        if (Problem(finding) is { } member)
        {
            var rule = string.IsNullOrWhiteSpace(finding.RuleName) ? "A rule" : $"The rule '{finding.RuleName}'";
            var id = string.IsNullOrWhiteSpace(finding.Id) ? string.Empty : $" '{finding.Id}'";
            throw new InvalidOperationException(
                $"{rule} inserted a finding{id} whose {member} is missing or not valid: Id, Code, Title and RuleName need text, "
                + "InputPaths and Sources must not be or contain null, and Kind, Indicator and Subject must be values of their enumerations.");
        }
    }

    /// <summary>Checks each finding with <see cref="ThrowIfMalformed"/>.</summary>
    /// <exception cref="InvalidOperationException">A finding has a missing or undefined member.</exception>
    public static void ThrowIfAnyMalformed(IReadOnlyList<Finding> findings)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            ThrowIfMalformed(findings[i]);
        }
    }

    private static string? Problem(Finding finding)
    {
        if (string.IsNullOrWhiteSpace(finding.Id))
        {
            return nameof(Finding.Id);
        }

        if (string.IsNullOrWhiteSpace(finding.Code))
        {
            return nameof(Finding.Code);
        }

        if (string.IsNullOrWhiteSpace(finding.Title))
        {
            return nameof(Finding.Title);
        }

        if (string.IsNullOrWhiteSpace(finding.RuleName))
        {
            return nameof(Finding.RuleName);
        }

        if (!NoNulls(finding.InputPaths))
        {
            return nameof(Finding.InputPaths);
        }

        if (!NoNulls(finding.Sources))
        {
            return nameof(Finding.Sources);
        }

        if (finding.Kind is not (FindingKind.WarningSign or FindingKind.Barrier or FindingKind.Instrument or FindingKind.Dyadic or FindingKind.Safety or FindingKind.History))
        {
            return nameof(Finding.Kind);
        }

        if (!IsDefined(finding.Indicator))
        {
            return nameof(Finding.Indicator);
        }

        return finding.Subject is null or PartnerId.PartnerA or PartnerId.PartnerB ? null : nameof(Finding.Subject);
    }

    /// <summary>Whether the indicator is one of <see cref="Indicator"/>'s values.</summary>
    public static bool IsDefined(Indicator indicator) => indicator is Indicator.Info or Indicator.Warning or Indicator.Critical;

    /// <summary>Whether the list is there and holds no null.</summary>
    public static bool NoNulls<T>(IReadOnlyList<T>? items)
        where T : class
    {
        if (items is null)
        {
            return false;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                return false;
            }
        }

        return true;
    }
}
