using Intimacy.Recommendations.Engine;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Pages.C;

/// <summary>
/// The couple's shared plan: only the library's <c>Audience.Couple</c> view is shown, and, in a plan
/// from one partner's answers, the library's reminder about the partner who did not answer (from the
/// chooser's answers alone, see <see cref="CouplePlan"/>). Nothing on this page depends on anything
/// else, so a private safety answer cannot change what it says beyond what the library's couple view
/// already contains.
/// </summary>
public sealed class PlanModel(IRecommendationEngine engine) : SessionPageModel
{
    internal PlanView? View { get; private set; }

    /// <summary>Computes the couple view afresh (plans are never stored).</summary>
    public void OnGet()
    {
        if (CouplePlan.From(CurrentSession) is { } source)
        {
            View = new PlanView(source.ForCouple(engine), source, Viewer: null);
        }
    }
}
