using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;

namespace WebQuestionnaire.Couples;

/// <summary>
/// Turns a session's saved answers into the library's profile and plan. Plans are computed on every
/// request and never stored.
/// </summary>
/// <remarks>
/// <para>
/// In a plan from one partner's answers ("Use my answers only") the partner who chose it fills the
/// profile's partner A slot, whichever seat they hold; <see cref="PartnerOf"/> and <see cref="SeatOf"/>
/// keep track.
/// </para>
/// <para>
/// The other seat is always in the partner B slot, with a placeholder age and nothing but the safety
/// answers they have saved so far (none, some or all; what is missing stays unknown). The library's
/// veto then applies every safety gate those answers trigger to every view, as it does for a plan
/// from both, and keeps what rests on them out of the couple's and the chooser's views. The slot is
/// filled the same way whether or not the other partner saved anything, so neither page can tell how
/// far they got; only the library's own, documented signal remains (joint items a gate holds back
/// are missing, without a word why). The other partner's view of this profile is never shown: their
/// own page shows what their answers call for from their answers alone (<see cref="OwnAnswersOf"/>).
/// </para>
/// <para>
/// Because the other seat is in the profile, the library does not read it as a plan where only one
/// partner answered, and what it says to such a plan about the partner who did not answer (its notice
/// and the private safety screening it asks for them, docs/safety.md row 6) would rest on that
/// partner's private, missing screen. So the couple's and the chooser's views also carry what the
/// library says in a profile of the chooser's answers alone about the other partner
/// (<see cref="WithOneRespondentReminder"/>): it rests on the chooser's answers only, so it is the same
/// whatever the other partner saved.
/// </para>
/// </remarks>
internal sealed class CouplePlan
{
    /// <summary>
    /// The adult age that stands in while a partner's age is not saved or not used (the other seat in a
    /// plan from one partner's answers); no rule reads the age, only validation does.
    /// </summary>
    internal const int PlaceholderAge = 18;

    private readonly Seat _firstInProfile;

    /// <summary>In a plan from one partner's answers, the chooser's answers alone (no partner B); otherwise <see langword="null"/>.</summary>
    private readonly CoupleProfile? _chooserAlone;

    private CouplePlan(CoupleProfile profile, Seat firstInProfile, bool bothPartners, CoupleProfile? chooserAlone = null)
    {
        Profile = profile;
        _firstInProfile = firstInProfile;
        BothPartners = bothPartners;
        _chooserAlone = chooserAlone;
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
            var other = session.AnswersOf(Other(solo));
            var one = CoupleProfileBuilder.Create()
                .WithPartnerA(only.AgeYears!.Value, only.Fill)
                .WithPartnerB(PlaceholderAge, other.FillSafety)
                .Build();
            var alone = CoupleProfileBuilder.Create().WithPartnerA(only.AgeYears!.Value, only.Fill).Build();
            return new CouplePlan(one, solo, bothPartners: false, alone);
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
    /// The seat a profile partner's slot stands for. In a plan from one partner's answers the partner B
    /// slot, which holds at most the other seat's safety answers, is the other seat: the library's items
    /// for it are for that partner.
    /// </summary>
    public Seat? SeatOf(ItemAudience audience) => audience switch
    {
        ItemAudience.PartnerA => BothPartners ? Seat.A : _firstInProfile,
        ItemAudience.PartnerB => BothPartners ? Seat.B : Other(_firstInProfile),
        _ => null,
    };

    private static Seat Other(Seat seat) => seat == Seat.A ? Seat.B : Seat.A;

    /// <summary>The couple's shared view (with the library's one-respondent reminder in a plan from one partner's answers).</summary>
    public RecommendationPlan ForCouple(IRecommendationEngine engine) => WithOneRespondentReminder(engine, engine.Recommend(Profile).ForAudience(Audience.Couple));

    /// <summary>A seat's private view, or <see langword="null"/> when that seat's answers are not in the profile.</summary>
    public RecommendationPlan? ForSeat(IRecommendationEngine engine, Seat seat) => PartnerOf(seat) switch
    {
        PartnerId.PartnerA => WithOneRespondentReminder(engine, engine.Recommend(Profile).ForAudience(Audience.PartnerA)),
        PartnerId.PartnerB => engine.Recommend(Profile).ForAudience(Audience.PartnerB),
        _ => null,
    };

    /// <summary>
    /// In a plan from one partner's answers, adds to a view what the library's same view of the chooser's
    /// answers alone says about the partner who did not answer: the notices the view lacks (by gate) and
    /// the support items for that partner (its partner B), each placed among the view's items by the
    /// priority the library gave it. Nothing else of that plan is taken: what the other partner's saved
    /// answers hold back stays held back. A plan from both partners' answers is returned as it is.
    /// </summary>
    private RecommendationPlan WithOneRespondentReminder(IRecommendationEngine engine, RecommendationPlan view)
    {
        if (_chooserAlone is null)
        {
            return view;
        }

        var alone = engine.Recommend(_chooserAlone).ForAudience(view.Audience);
        var notices = alone.Notices.Where(n => view.Notices.All(shown => shown.GateId != n.GateId)).DistinctBy(n => n.GateId);
        var support = view.Support.ToList();
        foreach (var item in alone.Support.Where(i => i.Audience == ItemAudience.PartnerB))
        {
            if (!support.Any(shown => shown.InterventionId == item.InterventionId && shown.Audience == item.Audience))
            {
                var at = support.FindIndex(shown => shown.Priority < item.Priority);
                support.Insert(at < 0 ? support.Count : at, item);
            }
        }

        return view with { Notices = [.. view.Notices, .. notices], Support = support };
    }
}
