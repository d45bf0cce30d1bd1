using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Specifications;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Rules;

/// <summary>
/// Base of the rules that detect a catalog warning sign with the sign's own specification and record
/// it as a finding about the couple.
/// </summary>
/// <remarks>
/// The finding rests on the answers that establish the sign, not on every answer the specification reads:
/// on one partner's when that partner's answers show the sign on their own (its id then names that partner,
/// e.g. <c>sign.little-affection:partnerA</c>), on both partners' when it takes both. When each partner's
/// answers show it on their own, it rests on the answers more people may see; where those are each partner's
/// own private answers, neither set is seen more widely, and each partner gets a finding resting on their own
/// answers, so that neither partner's view depends on what the other answered in private.
/// <para>
/// Whether one partner's answers establish the sign is read from the sign's specification with the other
/// partner's answers left out, which is sound only for a specification that never takes an unknown answer as
/// evidence of the sign. The library vouches for that for its own sign rules only: an app's rule derived from
/// this class records the sign on both partners' answers (partner A's in a one-respondent profile), as before.
/// </para>
/// </remarks>
public abstract class WarningSignRule : Rule
{
    private FindingCode? _code;
    private IReadOnlyList<Citation>? _citations;
    private readonly FindingCache _findings = new();
    private bool _builtIn;
    private OnePartnerReadings? _readings;
    private string? _ruleName;

    /// <summary>The sign this rule detects.</summary>
    protected abstract WarningSign Sign { get; }

    /// <summary>The answers the sign's specification reads, for both partners.</summary>
    protected abstract InputSet Inputs { get; }

    /// <inheritdoc />
    public override void Define()
    {
        _code ??= new FindingCode(Sign.Id);
        _citations ??= Citations.Of(Sign);

        // The built-in sign rules decide presence with the catalog's own specifications (see the remarks).
        _builtIn = GetType().Assembly == typeof(WarningSignRule).Assembly;
        Couple couple = null!;

        When()
            .Match(() => couple, c => IsPresent(c.Profile, c.Thresholds));
        Then()
            .Do(ctx => Record(ctx, couple));
    }

    /// <summary>Inserts the finding, or one per partner, resting on the answers that establish the sign.</summary>
    private void Record(IContext context, Couple couple)
    {
        // The name never changes; asking the context for it on every firing costs two interface calls.
        var ruleName = _ruleName ??= context.Rule.Name;
        var profile = couple.Profile;
        if (profile.PartnerB is null)
        {
            // One respondent: the answers that show the sign are partner A's.
            context.Insert(FindingFor(ruleName, couple, PartnerId.PartnerA));
            return;
        }

        var readings = ReadingsFor(couple.Thresholds);
        var byA = readings is not null && readings.HoldsOnAnswersOf(PartnerId.PartnerA, profile);
        var byB = readings is not null && readings.HoldsOnAnswersOf(PartnerId.PartnerB, profile);
        if (!(byA && byB))
        {
            context.Insert(FindingFor(ruleName, couple, byA ? PartnerId.PartnerA : byB ? PartnerId.PartnerB : null));
            return;
        }

        // Either partner's answers are enough: rest on those more people may see.
        var a = Privacy.Of(profile, Inputs.For(PartnerId.PartnerA));
        var b = Privacy.Of(profile, Inputs.For(PartnerId.PartnerB));
        if (a == b)
        {
            // Seen alike (both shared): the finding cites everything that shows it.
            context.Insert(FindingFor(ruleName, couple, null));
        }
        else if (Covers(a, b))
        {
            context.Insert(FindingFor(ruleName, couple, PartnerId.PartnerA, a));
        }
        else if (Covers(b, a))
        {
            context.Insert(FindingFor(ruleName, couple, PartnerId.PartnerB, b));
        }
        else
        {
            // Each partner's own private answers: one finding each, so neither view rests on the other's.
            context.Insert(FindingFor(ruleName, couple, PartnerId.PartnerA, a));
            context.Insert(FindingFor(ruleName, couple, PartnerId.PartnerB, b));
        }
    }

    /// <summary>
    /// The finding resting on one partner's answers (<paramref name="restsOn"/>) or, when null, on both partners';
    /// <paramref name="disclosure"/> is that of those answers when the caller has already worked it out.
    /// </summary>
    private Finding FindingFor(string ruleName, Couple couple, PartnerId? restsOn, Disclosure? disclosure = null)
    {
        var inputs = restsOn is { } partner ? Inputs.For(partner) : Inputs.Both;
        if (_findings.TryGet(couple.Thresholds, restsOn, disclosure ?? Privacy.Of(couple.Profile, inputs), out var finding))
        {
            return finding;
        }

        finding = Explain.CoupleFinding(
            ruleName, couple.Profile, _code!, FindingKind.WarningSign, Sign.Name, inputs, _citations!,
            Sign.IndicatesProfessionalHelp ? Indicator.Warning : Indicator.Info, ThresholdText(couple.Thresholds), Sign.Id);
        return _findings.Add(couple.Thresholds, restsOn, restsOn is { } one ? finding with { Id = _code!.IdFor(one) } : finding);
    }

    /// <summary>The one-partner readings of the specification in force, or null for an app's rule.</summary>
    private OnePartnerReadings? ReadingsFor(Thresholds thresholds)
    {
        if (!_builtIn)
        {
            return null;
        }

        var detection = Detection(thresholds);
        var readings = _readings;
        if (readings is null || !ReferenceEquals(readings.Specification, detection))
        {
            // Built once per specification (the thresholds' own are fixed per engine); a lost race builds it twice.
            readings = new OnePartnerReadings(detection);
            _readings = readings;
        }

        return readings;
    }

    private static bool Covers(Disclosure wider, Disclosure narrower) =>
        (wider.PartnerA || !narrower.PartnerA) && (wider.PartnerB || !narrower.PartnerB);

    /// <summary>The specification that decides whether the sign is present: by default the catalog's.</summary>
    /// <param name="thresholds">The thresholds in force.</param>
    /// <returns>The specification.</returns>
    internal virtual Specification<CoupleProfile> Detection(Thresholds thresholds) => Sign.Detection;

    /// <summary>Whether the sign is present; by default the catalog specification decides.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="thresholds">The thresholds in force.</param>
    /// <returns>Whether the sign is present.</returns>
    protected virtual bool IsPresent(CoupleProfile profile, Thresholds thresholds) => Detection(thresholds).IsSatisfiedBy(profile);

    /// <summary>The threshold the sign depends on, in words, or null.</summary>
    /// <param name="thresholds">The thresholds in force.</param>
    /// <returns>The text.</returns>
    protected virtual string? ThresholdText(Thresholds thresholds) => null;
}
