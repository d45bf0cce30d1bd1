using System.Text.RegularExpressions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Rendering;

namespace Intimacy.Recommendations.Tests.Properties;

/// <summary>
/// The privacy rule of docs/safety.md on what integrators actually send: the plan JSON, the CDS Hooks
/// response and the Markdown and plain text of each audience's view hold nothing from answers that
/// audience may not see, and the card and text methods, given the clinician's plan, write exactly what
/// they write for the audience's own view (no output reads the unfiltered plan).
/// </summary>
public partial class OutputPrivacyProperties
{
    private const int Profiles = 2000;

    [Theory]
    [InlineData(Audience.Couple)]
    [InlineData(Audience.PartnerA)]
    [InlineData(Audience.PartnerB)]
    public void EveryOutputOfAView_HoldsNothingHiddenFromThatAudience(Audience audience)
    {
        var sample = PropertySample.Instance;

        sample.Check($"privacy of the {audience} view's outputs", i => Violations(sample.Profiles[i], sample.Plans[i], audience), Profiles);
    }

    private static IEnumerable<string> Violations(CoupleProfile profile, RecommendationPlan clinician, Audience audience)
    {
        var view = clinician.ForAudience(audience);
        var readBack = PlanJson.Deserialize(PlanJson.Serialize(view));
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["plan JSON"] = PlanJson.Serialize(view),
            ["CDS Hooks response"] = CdsCards.Serialize(CdsCards.CreateResponse(clinician, audience)),
            ["Markdown"] = PlanRenderer.ToMarkdown(clinician, audience),
            ["plain text"] = PlanRenderer.ToPlainText(clinician, audience),
        };

        if (outputs["CDS Hooks response"] != CdsCards.Serialize(CdsCards.CreateResponse(view, audience))
            || outputs["CDS Hooks response"] != CdsCards.Serialize(CdsCards.CreateResponse(readBack, audience)))
        {
            yield return $"the {audience} cards of the clinician's plan differ from the cards of the {audience} view itself";
        }

        if (outputs["Markdown"] != PlanRenderer.ToMarkdown(view, audience) || outputs["Markdown"] != PlanRenderer.ToMarkdown(readBack, audience))
        {
            yield return $"the {audience} Markdown of the clinician's plan differs from the Markdown of the {audience} view itself";
        }

        var visibleFindingIds = view.Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var hiddenFindingIds = clinician.Findings.Select(f => f.Id).Where(id => !visibleFindingIds.Contains(id)).Distinct().ToList();
        var visibleNoticeTexts = view.Notices.Select(n => n.Text.Trim()).ToHashSet(StringComparer.Ordinal);
        var hiddenNoticeTexts = clinician.Notices.Select(n => n.Text.Trim()).Where(t => !visibleNoticeTexts.Contains(t)).Distinct().ToList();

        foreach (var (name, text) in outputs)
        {
            foreach (var path in AnswerPath().Matches(text).Select(m => m.Value.TrimEnd('.')).Distinct())
            {
                if (!Visible(profile, path, audience))
                {
                    yield return $"{audience} {name} mentions {path}, which that audience may not see";
                }
            }

            foreach (var id in hiddenFindingIds.Where(id => text.Contains('"' + id + '"', StringComparison.Ordinal)))
            {
                yield return $"{audience} {name} holds the id of finding {id}, which is hidden from that audience";
            }

            foreach (var notice in hiddenNoticeTexts.Where(n => text.Contains(n, StringComparison.Ordinal)))
            {
                yield return $"{audience} {name} holds the safety notice '{notice}', which is hidden from that audience";
            }
        }
    }

    private static bool Visible(CoupleProfile profile, string path, Audience audience)
    {
        var ownership = profile.GetOwnership(path);
        return audience switch
        {
            Audience.Couple => ownership.Visibility == Visibility.Shared,
            Audience.PartnerA => ownership.IsVisibleTo(PartnerId.PartnerA),
            _ => ownership.IsVisibleTo(PartnerId.PartnerB),
        };
    }

    [GeneratedRegex(@"\$\.partner[AB][A-Za-z0-9_.\[\]]*")]
    private static partial Regex AnswerPath();
}
