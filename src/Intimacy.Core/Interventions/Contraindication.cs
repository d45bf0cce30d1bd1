using System.Linq.Expressions;
using Intimacy.Core.Catalog;
using Intimacy.Core.Profiles;
using Intimacy.Core.Sources;
using Intimacy.Core.Specifications;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Core.Interventions;

/// <summary>
/// A circumstance in which some interventions must not be offered, with the specification that
/// detects it in a <see cref="CoupleProfile"/>. A closed set of static instances.
/// </summary>
/// <remarks>
/// Each <see cref="AppliesTo"/> fires only on known answers that show the circumstance; an unknown
/// answer is not evidence. Two deliberate exceptions: <see cref="SafetyNotScreened"/>, whose subject
/// is exactly that the safety answers are unknown, and <see cref="UndisclosedAffair"/>, which needs a
/// reported breach but then reads an unanswered disclosure or end question as unresolved rather than
/// as fine. In a one-respondent profile only partner A's answers can show anything, except that
/// <see cref="SafetyNotScreened"/> counts the missing partner as not screened, as the safety table's row 6 does.
/// </remarks>
public sealed class Contraindication : ICatalogItem
{
    private Contraindication(
        string slug, string name, string description, Expression<Func<CoupleProfile, bool>> appliesTo, params SourceReference[] sources)
    {
        Id = "contraindication." + slug;
        Name = name;
        Description = description;
        AppliesTo = new Specification<CoupleProfile>(appliesTo, Id, description);
        Sources = Array.AsReadOnly(sources);
    }

    /// <summary>
    /// <c>contraindication.violence</c>: a partner reports violence, fear of the other, coercive
    /// control, or any sign of imminent danger (threats to kill, strangulation, a weapon, escalation).
    /// Holds back every joint item, and the items in which one partner forgives or shows appreciation
    /// to the other.
    /// </summary>
    public static Contraindication Violence { get; } = new(
        "violence",
        "Violence, fear or coercive control",
        "A partner reports physical violence, being afraid of the other partner, controlling behaviour, or a sign of acute danger. Joint exercises and conjoint therapy wait until a specialist has assessed each partner alone, and no partner is asked to forgive the other or offer warmth meanwhile; safety work comes first.",
        PartnerConditions.AnyPartner(r => r.Safety != null && (
            r.Safety.ExperiencesViolence == true || r.Safety.FearsPartner == true || r.Safety.CoerciveControl == true
            || r.Safety.ThreatsToKill == true || r.Safety.Strangulation == true || r.Safety.Weapon == true
            || r.Safety.ViolenceEscalating == true)),
        StithMcCollumRosen2011.At("Screening before conjoint treatment; conjoint work only after specialist assessment"));

    /// <summary>
    /// <c>contraindication.safety-not-screened</c>: a respondent has not answered the core safety
    /// questions (violence, fear of the partner, coercive control), or partner B did not answer at
    /// all (a one-respondent profile), so that partner was not screened either.
    /// </summary>
    public static Contraindication SafetyNotScreened { get; } = new(
        "safety-not-screened",
        "Safety not yet screened",
        "At least one partner has not been asked, or has not answered, whether there is violence, fear of the partner or controlling behaviour; a partner who gave no answers at all counts too. Conjoint therapy should wait for a private safety screening, since violence is common among couples seeking help and often goes unasked.",
        ExpressionCombiner.OrElse(
            p => p.PartnerB == null,
            PartnerConditions.AnyPartner(r => r.Safety == null
                || r.Safety.ExperiencesViolence == null || r.Safety.FearsPartner == null || r.Safety.CoerciveControl == null)),
        StithMcCollumRosen2011.At("Routine separate screening of each partner before conjoint work"),
        JoseOLeary2009.At("About half or more of couples in clinic samples report partner aggression"));

    /// <summary>
    /// <c>contraindication.self-harm-risk</c>: a partner reports thoughts, a plan, intent or a recent
    /// attempt of self-harm, or scores above zero on PHQ-9 item 9 (with item 9 left out, a PHQ-9 total
    /// above 24, which the other eight items cannot reach, counts as that).
    /// </summary>
    public static Contraindication SelfHarmRisk { get; } = new(
        "self-harm-risk",
        "Risk of self-harm",
        "A partner has thoughts of harming themselves, a plan, an intention or a recent attempt, or answered above zero on the PHQ-9 self-harm item (a PHQ-9 total above 24 counts too when that item was left out, since the other items cannot reach it). An urgent individual assessment comes before demanding couple or sexual work.",
        PartnerConditions.AnyPartner(r =>
            (r.Safety != null && (r.Safety.SelfHarmThoughts == true || r.Safety.SelfHarmPlan == true
                || r.Safety.SelfHarmIntent == true || r.Safety.RecentSelfHarmAttempt == true))
            || (r.WellbeingScores != null && (r.WellbeingScores.Phq9Item9 > 0
                || (r.WellbeingScores.Phq9Item9 == null && r.WellbeingScores.Phq9 > 24)))),
        Simon2013.At("Any item 9 response above zero calls for a risk assessment"),
        Louzon2016.At("Item 9 and later suicide among VA patients"));

    /// <summary>
    /// <c>contraindication.undisclosed-affair</c>: a partner reports a breach of trust or of the
    /// couple's agreement that is not known to be both disclosed and ended. Once a breach is reported,
    /// an unanswered disclosure or end question counts as unresolved, as in the safety table's row 4.
    /// </summary>
    public static Contraindication UndisclosedAffair { get; } = new(
        "undisclosed-affair",
        "Undisclosed or ongoing affair",
        "A partner reports an affair, or a step outside the couple's own agreement, that is not known to be both told to the other partner and over; an unanswered question counts as not yet. Couples therapy waits until it is disclosed and ended; in the meantime individual counselling is the route.",
        PartnerConditions.AnyPartner(r => r.Trust != null && r.Trust.BreachOccurred == true
            && !(r.Trust.Disclosed == true && r.Trust.Ended == true)),
        DohertyHarris2017.At("Special topics: affairs and couples on the brink"),
        RebuildEmotional.At("Common causes: trust violations"));

    /// <summary><c>contraindication.active-substance-misuse</c>: a partner reports misusing alcohol or drugs.</summary>
    public static Contraindication ActiveSubstanceMisuse { get; } = new(
        "active-substance-misuse",
        "Active substance misuse",
        "A partner currently misuses alcohol or drugs. Treatment for the substance problem comes first; behavioural couples therapy designed for substance use is the couple option that fits alongside it.",
        PartnerConditions.AnyPartner(r => r.Health != null && r.Health.SubstanceMisuse == true),
        OFarrellFalsStewart2006.At("Behavioural couples therapy alongside individual treatment"));

    /// <summary>
    /// <c>contraindication.one-partner-unwilling</c>: a partner is leaning out of the relationship or
    /// does not want to work on it together.
    /// </summary>
    public static Contraindication OnePartnerUnwilling { get; } = new(
        "one-partner-unwilling",
        "One partner unwilling or leaning out",
        "A partner is thinking of ending the relationship or does not want to work on it together. Joint therapy and any sexual exercise need both partners' free agreement; discernment counselling suits couples with mixed agendas.",
        PartnerConditions.AnyPartner(r => r.Commitment != null
            && (r.Commitment.LeaningOut == true || r.Commitment.WillingToWorkTogether == false)),
        DohertyHarris2017.At("Mixed-agenda couples: discernment before couples therapy"),
        MastersJohnson1970.At("Sensate focus needs both partners' agreement at each stage", EvidenceLevel.PractitionerAdvice));

    /// <summary>
    /// <c>contraindication.untreated-pain</c>: a partner has pain during sex that is not known to be
    /// under treatment.
    /// </summary>
    public static Contraindication UntreatedPain { get; } = new(
        "untreated-pain",
        "Untreated pain during sex",
        "A partner has pain during sex and it is not known to be under a health professional's care. Sexual exercises wait for a medical assessment, and nobody should continue through pain.",
        PartnerConditions.AnyPartner(r => r.Health != null && r.Health.PainDuringSex == true && r.Health.PainBeingTreated != true),
        Rosen2000.At("FSFI pain domain"),
        MastersJohnson1970.At("Physical causes are examined before sensate focus begins", EvidenceLevel.PractitionerAdvice));

    /// <summary>Every contraindication, in declaration order.</summary>
    public static IReadOnlyList<Contraindication> All { get; } = Array.AsReadOnly(
        [Violence, SafetyNotScreened, SelfHarmRisk, UndisclosedAffair, ActiveSubstanceMisuse, OnePartnerUnwilling, UntreatedPain]);

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>Detects the circumstance in a profile; named after <see cref="Id"/>.</summary>
    public Specification<CoupleProfile> AppliesTo { get; }

    /// <inheritdoc />
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>Finds a contraindication by id.</summary>
    /// <param name="id">An id such as <c>contraindication.violence</c>.</param>
    /// <param name="contraindication">The contraindication, when found.</param>
    /// <returns>True when a contraindication has that id.</returns>
    public static bool TryFromId(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Contraindication? contraindication)
    {
        contraindication = All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));
        return contraindication is not null;
    }

    /// <summary>Returns the id.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
