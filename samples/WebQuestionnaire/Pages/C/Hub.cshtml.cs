using Intimacy.Recommendations.Engine;
using Microsoft.Extensions.Options;
using WebQuestionnaire.Couples;
using WebQuestionnaire.Questionnaire;
using WebQuestionnaire.Web;

namespace WebQuestionnaire.Pages.C;

/// <summary>
/// The partner's overview: their seat, the invite link while seat B is free, whether each partner has finished (never
/// their answers) and links to the steps and plans. A browser without a seat is offered seat B while
/// it is free; once both seats are taken it gets the same 404 as an unknown session.
/// </summary>
public sealed class HubModel(IOptions<SiteOptions> site, IRecommendationEngine engine) : SessionPageModel
{
    /// <inheritdoc />
    protected override bool AdmitsVisitors => true;

    /// <summary>
    /// The absolute link that seats the other partner: on the configured public address
    /// (<c>Site:PublicBaseUrl</c>) when there is one, otherwise on the request's own scheme and Host,
    /// which <c>AllowedHosts</c> and <c>AllowedPorts</c> restrict.
    /// </summary>
    public string InviteUrl
    {
        get
        {
            var path = $"/c/{SessionId}/join";
            return site.Value.Absolute(path) ?? $"{Request.Scheme}://{Request.Host}{path}";
        }
    }

    /// <summary>
    /// Whether the other partner left by the quick exit: their seat is retired, so the session can no
    /// longer be joined and the hub offers no invite link.
    /// </summary>
    public bool PartnerLeft => CurrentSession.IsRetired(SeatHeld == Couples.Seat.A ? Couples.Seat.B : Couples.Seat.A);

    /// <summary>
    /// Whether both seats are held, so the invitation has been used: the hub says so and offers no
    /// link, which would only answer 404. Says nothing of the other partner's answers or progress.
    /// </summary>
    public bool PartnerJoined => CurrentSession.IsTaken(Couples.Seat.B) && !PartnerLeft;

    /// <summary>Whether partner A saved all steps.</summary>
    public bool FinishedA => CurrentSession.AnswersOf(Couples.Seat.A).Finished;

    /// <summary>Whether partner B saved all steps.</summary>
    public bool FinishedB => CurrentSession.AnswersOf(Couples.Seat.B).Finished;

    /// <summary>Whether both partners finished.</summary>
    public bool BothFinished => FinishedA && FinishedB;

    /// <summary>Whether a plan can be shown.</summary>
    public bool PlanReady => CouplePlan.IsReady(CurrentSession);

    internal PartnerAnswers Mine => CurrentSession.AnswersOf(SeatHeld);

    internal IReadOnlyList<Step> Steps { get; } = [ViewStep.Instance, ScreensStep.Instance, SafetyStep.Instance];

    /// <summary>
    /// Help this partner's own answers call for at once, shown first on their own overview (where the
    /// last step leads); <see langword="null"/> when there is none, and always for a visitor.
    /// </summary>
    internal SafetyFirst? OwnSafety { get; private set; }

    /// <summary>Shows the overview, or the join offer.</summary>
    public void OnGet()
    {
        if (Seat is { } seat)
        {
            OwnSafety = SafetyFirst.For(CurrentSession, seat, engine);
        }
    }
}
