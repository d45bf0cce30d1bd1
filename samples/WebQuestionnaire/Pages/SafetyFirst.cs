using Intimacy.Core.Plans;
using Intimacy.Recommendations.Engine;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Pages;

/// <summary>
/// What a partner's own answers call for at once (the library's urgent lane, with its crisis and
/// emergency contacts, and the safety notices resting on their private answers), shown on that
/// partner's own pages as soon as they have saved it: a person who discloses danger or self-harm must
/// not wait for the other partner to finish before they see who to contact. Worked out from their
/// answers alone, so nothing of it depends on the other partner, and never shown to the other seat.
/// </summary>
/// <param name="Notices">The notices that rest on this partner's private answers.</param>
/// <param name="Urgent">The urgent items, already in this partner's view.</param>
/// <param name="View">The items with the words used to name who they are for.</param>
internal sealed record SafetyFirst(IReadOnlyList<SafetyNotice> Notices, IReadOnlyList<PlanItem> Urgent, PlanView View)
{
    /// <summary>The urgent part of <paramref name="seat"/>'s own view, or <see langword="null"/> when their answers call for nothing urgent.</summary>
    public static SafetyFirst? For(CoupleSession session, Seat seat, IRecommendationEngine engine)
    {
        if (CouplePlan.OwnAnswersOf(session, seat) is not { } own || own.ForSeat(engine, seat) is not { Urgent.Count: > 0 } plan)
        {
            return null;
        }

        SafetyNotice[] notices = [.. plan.Notices.Where(n => !n.Disclosure.IsVisibleTo(Audience.Couple))];
        return new SafetyFirst(notices, plan.Urgent, new PlanView(plan, own, seat));
    }
}
