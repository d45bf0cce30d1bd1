using Intimacy.Recommendations.Engine;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Pages.C;

/// <summary>The seated partner's own view of the plan (<c>Audience.PartnerA</c> or <c>PartnerB</c>).</summary>
public sealed class MineModel(IRecommendationEngine engine) : SessionPageModel
{
    /// <summary>Whether a plan can be shown at all.</summary>
    public bool Ready { get; private set; }

    internal PlanView? View { get; private set; }

    /// <summary>
    /// While this partner's private view is not there yet, what their own answers call for at once
    /// (<see cref="SafetyFirst"/>); <see langword="null"/> otherwise.
    /// </summary>
    internal SafetyFirst? OwnSafety { get; private set; }

    /// <summary>Computes this seat's view afresh (plans are never stored).</summary>
    public void OnGet()
    {
        if (CouplePlan.From(CurrentSession) is { } source)
        {
            Ready = true;
            if (source.ForSeat(engine, SeatHeld) is { } plan)
            {
                View = new PlanView(plan, source, SeatHeld);
            }
        }

        if (View is null)
        {
            OwnSafety = SafetyFirst.For(CurrentSession, SeatHeld, engine);
        }
    }
}
