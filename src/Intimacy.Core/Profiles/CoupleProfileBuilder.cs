using Intimacy.Core.Validation;

namespace Intimacy.Core.Profiles;

/// <summary>A fluent builder for <see cref="CoupleProfile"/>, for apps and tests.</summary>
/// <example>
/// <code>
/// var profile = CoupleProfileBuilder.Create()
///     .WithRelationship(r =&gt; r with { LengthYears = 9 })
///     .WithPartnerA(38, a =&gt; a.View(v =&gt; v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }))
///     .WithPartnerB(41)
///     .Build();
/// </code>
/// </example>
public sealed class CoupleProfileBuilder : ICoupleProfileStart, ICoupleProfileBuilder
{
    private RelationshipFacts? _relationship;
    private PartnerResponse? _partnerA;
    private PartnerResponse? _partnerB;

    private CoupleProfileBuilder()
    {
    }

    /// <summary>Starts a new profile.</summary>
    /// <returns>The first step, which asks for partner A.</returns>
    public static ICoupleProfileStart Create() => new CoupleProfileBuilder();

    /// <inheritdoc />
    public ICoupleProfileBuilder WithPartnerA(int ageYears, Action<IPartnerResponseBuilder>? answers = null)
    {
        _partnerA = PartnerResponseBuilder.Build(ageYears, answers);
        return this;
    }

    /// <inheritdoc />
    public ICoupleProfileBuilder WithPartnerB(int ageYears, Action<IPartnerResponseBuilder>? answers = null)
    {
        _partnerB = PartnerResponseBuilder.Build(ageYears, answers);
        return this;
    }

    /// <inheritdoc />
    public ICoupleProfileBuilder WithRelationship(Func<RelationshipFacts, RelationshipFacts> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        _relationship = edit(_relationship ?? new RelationshipFacts());
        return this;
    }

    /// <inheritdoc />
    public CoupleProfile Build()
    {
        var profile = BuildUnvalidated();
        ProfileValidator.ThrowIfInvalid(profile);
        return profile;
    }

    /// <inheritdoc />
    public CoupleProfile BuildUnvalidated() => new()
    {
        Relationship = _relationship,
        PartnerA = _partnerA!,
        PartnerB = _partnerB,
    };

    private sealed class PartnerResponseBuilder : IPartnerResponseBuilder
    {
        private PartnerResponse _response;

        private PartnerResponseBuilder(int ageYears) => _response = new PartnerResponse { AgeYears = ageYears };

        public static PartnerResponse Build(int ageYears, Action<IPartnerResponseBuilder>? answers)
        {
            var builder = new PartnerResponseBuilder(ageYears);
            answers?.Invoke(builder);
            return builder._response;
        }

        public IPartnerResponseBuilder View(Func<RelationshipView, RelationshipView> edit)
            => Edit(r => r with { View = Apply(edit, r.View) });

        public IPartnerResponseBuilder Life(Func<LifeCircumstances, LifeCircumstances> edit)
            => Edit(r => r with { Life = Apply(edit, r.Life) });

        public IPartnerResponseBuilder Health(Func<HealthStatus, HealthStatus> edit)
            => Edit(r => r with { Health = Apply(edit, r.Health) });

        public IPartnerResponseBuilder Personal(Func<PersonalBarriers, PersonalBarriers> edit)
            => Edit(r => r with { Personal = Apply(edit, r.Personal) });

        public IPartnerResponseBuilder Trauma(Func<TraumaHistory, TraumaHistory> edit)
            => Edit(r => r with { Trauma = Apply(edit, r.Trauma) });

        public IPartnerResponseBuilder Trust(Func<TrustBreach, TrustBreach> edit)
            => Edit(r => r with { Trust = Apply(edit, r.Trust) });

        public IPartnerResponseBuilder Commitment(Func<Commitment, Commitment> edit)
            => Edit(r => r with { Commitment = Apply(edit, r.Commitment) });

        public IPartnerResponseBuilder Safety(Func<SafetyScreen, SafetyScreen> edit)
            => Edit(r => r with { Safety = Apply(edit, r.Safety) });

        public IPartnerResponseBuilder History(Func<HelpHistory, HelpHistory> edit)
            => Edit(r => r with { History = Apply(edit, r.History) });

        public IPartnerResponseBuilder RelationshipScores(Func<RelationshipScores, RelationshipScores> edit)
            => Edit(r => r with { RelationshipScores = Apply(edit, r.RelationshipScores) });

        public IPartnerResponseBuilder WellbeingScores(Func<WellbeingScores, WellbeingScores> edit)
            => Edit(r => r with { WellbeingScores = Apply(edit, r.WellbeingScores) });

        private static T Apply<T>(Func<T, T> edit, T? current)
            where T : class, new()
        {
            ArgumentNullException.ThrowIfNull(edit);
            return edit(current ?? new T()) ?? throw new InvalidOperationException("A section edit returned null; return the edited section.");
        }

        private PartnerResponseBuilder Edit(Func<PartnerResponse, PartnerResponse> change)
        {
            _response = change(_response);
            return this;
        }
    }
}
