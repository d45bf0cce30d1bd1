using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Safety;

namespace Intimacy.Recommendations.Tests.Properties;

/// <summary>
/// The privacy rule of docs/safety.md, checked on a plan's audience views: nothing a view shows rests
/// on an answer that audience may not see. The couple's view shows only what rests on shared answers;
/// a partner's view never shows what rests on the other partner's private answers.
/// </summary>
internal static class PrivacyChecks
{
    public static readonly Audience[] Views = [Audience.Couple, Audience.PartnerA, Audience.PartnerB];

    public static IEnumerable<string> View(CoupleProfile profile, RecommendationPlan clinician, Audience audience, IReadOnlyList<GateActivation> gates)
    {
        var view = clinician.ForAudience(audience);
        if (view.Audience != audience)
        {
            yield return $"the {audience} view says it is for {view.Audience}";
        }

        bool Visible(string path)
        {
            var ownership = profile.GetOwnership(path);
            return audience switch
            {
                Audience.Couple => ownership.Visibility == Visibility.Shared,
                Audience.PartnerA => ownership.IsVisibleTo(PartnerId.PartnerA),
                _ => ownership.IsVisibleTo(PartnerId.PartnerB),
            };
        }

        string? Hidden(IEnumerable<string> paths)
        {
            var hidden = paths.Where(p => !Visible(p)).ToList();
            return hidden.Count == 0 ? null : string.Join(", ", hidden);
        }

        foreach (var finding in view.Findings)
        {
            if (Hidden(finding.InputPaths) is { } hidden)
            {
                yield return $"{audience} view: finding {finding.Id} (rule {finding.RuleName}) rests on {hidden}";
            }
        }

        foreach (var item in view.AllItems)
        {
            if (item.Reasons.Count == 0)
            {
                yield return $"{audience} view: {item.InterventionId} for {item.Audience} is shown without any reason this audience may see";
            }

            foreach (var reason in item.Reasons)
            {
                if (Hidden(reason.InputPaths) is { } hidden)
                {
                    yield return $"{audience} view: {item.InterventionId} for {item.Audience} has a reason from {reason.RuleName} resting on {hidden}";
                }
            }
        }

        foreach (var withheld in view.Withheld)
        {
            if (withheld.Reasons.Count == 0)
            {
                yield return $"{audience} view: withheld {withheld.InterventionId} is listed without any reason this audience may see";
            }

            foreach (var reason in withheld.Reasons)
            {
                if (Hidden(reason.InputPaths) is { } hidden)
                {
                    yield return $"{audience} view: withheld {withheld.InterventionId} (held by {withheld.HeldBy}) has a reason from {reason.RuleName} resting on {hidden}";
                }
            }

            // What holds the item back is itself information: it must be one the audience may see a reason for.
            var holderShown = withheld.HeldBy.StartsWith("gate.", StringComparison.Ordinal)
                ? withheld.Reasons.Any(r => r.FindingIds.Any(id => id.StartsWith(withheld.HeldBy + ":", StringComparison.Ordinal)))
                : withheld.Reasons.Any(r => Hostile.Catalog.TryGetContraindication(withheld.HeldBy, out var c) && r.Text.Contains(c.Name, StringComparison.Ordinal));
            if (!holderShown)
            {
                yield return $"{audience} view: withheld {withheld.InterventionId} names {withheld.HeldBy} as what holds it back, but shows no reason for that";
            }
        }

        foreach (var notice in view.Notices)
        {
            // Each trigger applies the gate on its own: one the audience may see is enough to show the notice.
            if (!gates.Any(g => g.GateId == notice.GateId && g.Triggers.Any(t => Hidden(t) is null)))
            {
                yield return $"{audience} view: notice {notice.GateId} rests on answers this audience may not see";
            }
        }
    }
}
