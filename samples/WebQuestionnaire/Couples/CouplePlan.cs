using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;

namespace WebQuestionnaire.Couples;

/// <summary>
/// Turns a session's saved answers into the library's profile and plan. Plans are computed on every
/// request and never stored.
/// </summary>
/// <remarks>
/// When a profile holds one partner only, the library needs them as partner A; so a plan from seat B's
/// answers alone puts seat B in the profile's partner A slot. <see cref="PartnerOf"/> keeps track.
/// </remarks>
internal sealed class CouplePlan
{
    /// <summary>The adult age that stands in while a partner has not saved their age yet.</summary>
    internal const int PlaceholderAge = 18;

    private readonly Seat _firstInProfile;

    private CouplePlan(CoupleProfile profile, Seat firstInProfile, bool bothPartners)
    {
        Profile = profile;
        _firstInProfile = firstInProfile;
        BothPartners = bothPartners;
    }

    public CoupleProfile Profile { get; }

    public bool BothPartners { get; }

    /// <summary>Whether a plan can be shown: both finished, or a partner who finished asked for their answers alone.</summary>
    public static bool IsReady(CoupleSession session)
    {
        var a = session.AnswersOf(Seat.A);
        var b = session.AnswersOf(Seat.B);
        return (a.Finished && b.Finished) || session.SoloSeat is { } solo && session.AnswersOf(solo).Finished;
    }

    /// <summary>Assembles the profile, or returns <see langword="null"/> when no plan is ready.</summary>
    public static CouplePlan? From(CoupleSession session)
    {
        var a = session.AnswersOf(Seat.A);
        var b = session.AnswersOf(Seat.B);
        if (a.Finished && b.Finished)
        {
            var both = CoupleProfileBuilder.Create()
                .WithPartnerA(a.AgeYears!.Value, a.Fill)
                .WithPartnerB(b.AgeYears!.Value, b.Fill)
                .Build();
            return new CouplePlan(both, Seat.A, bothPartners: true);
        }

        if (session.SoloSeat is { } solo && session.AnswersOf(solo) is { Finished: true } only)
        {
            var one = CoupleProfileBuilder.Create().WithPartnerA(only.AgeYears!.Value, only.Fill).Build();
            return new CouplePlan(one, solo, bothPartners: false);
        }

        return null;
    }

    /// <summary>
    /// A profile of one seat's saved answers alone, for the help their own answers call for at once,
    /// before any plan is ready; <see langword="null"/> until they have saved a step that asks safety
    /// questions. Used for that seat's own pages only, never for anything the other partner sees.
    /// </summary>
    /// <remarks>
    /// The safety questions may be answered before the age: a placeholder adult age then stands in,
    /// as when a step is checked (<c>Step.Read</c>); the safety gates do not read the age.
    /// </remarks>
    public static CouplePlan? OwnAnswersOf(CoupleSession session, Seat seat)
    {
        var own = session.AnswersOf(seat);
        if (own.Safety is null)
        {
            return null;
        }

        var profile = CoupleProfileBuilder.Create().WithPartnerA(own.AgeYears ?? PlaceholderAge, own.Fill).Build();
        return new CouplePlan(profile, seat, bothPartners: false);
    }

    /// <summary>The profile partner holding a seat's answers, or <see langword="null"/> when that seat's answers are not in the profile.</summary>
    public PartnerId? PartnerOf(Seat seat) => BothPartners
        ? (seat == Seat.A ? PartnerId.PartnerA : PartnerId.PartnerB)
        : (seat == _firstInProfile ? PartnerId.PartnerA : null);

    /// <summary>
    /// The seat a profile partner's slot stands for. In a plan from one partner's answers the empty
    /// partner B slot is the other seat: the library's items for it (such as a safety screening for
    /// the partner who did not answer) are for that partner.
    /// </summary>
    public Seat? SeatOf(ItemAudience audience) => audience switch
    {
        ItemAudience.PartnerA => BothPartners ? Seat.A : _firstInProfile,
        ItemAudience.PartnerB => BothPartners ? Seat.B : Other(_firstInProfile),
        _ => null,
    };

    private static Seat Other(Seat seat) => seat == Seat.A ? Seat.B : Seat.A;

    /// <summary>The couple's shared view.</summary>
    public RecommendationPlan ForCouple(IRecommendationEngine engine) => engine.Recommend(Profile).ForAudience(Audience.Couple);

    /// <summary>A seat's private view, or <see langword="null"/> when that seat's answers are not in the profile.</summary>
    public RecommendationPlan? ForSeat(IRecommendationEngine engine, Seat seat) => PartnerOf(seat) switch
    {
        PartnerId.PartnerA => engine.Recommend(Profile).ForAudience(Audience.PartnerA),
        PartnerId.PartnerB => engine.Recommend(Profile).ForAudience(Audience.PartnerB),
        _ => null,
    };
}
