using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Safety;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;

namespace Intimacy.Recommendations.Planning;

/// <summary>
/// The interventions an engine can recommend, by id, with the text and citations each plan item
/// needs precomputed once so that building a plan does not rebuild them.
/// </summary>
internal sealed class InterventionIndex
{
    private readonly Dictionary<string, Entry> _entries;

    // Every candidate's id is looked up once per evaluation: a frozen copy of the table answers faster.
    private readonly FrozenDictionary<string, Entry> _lookup;

    // The same entries by the identity of their id's string, tried first: the built-in rules propose (and the veto
    // requires) interventions by the catalog's own id strings, so most lookups need neither hashing the text nor
    // comparing it. Open addressing, at most half full, so a probe always ends at an empty slot; never changed after
    // construction, so it is safe to read from many threads.
    private readonly string?[] _byIdentity;
    private readonly Entry?[] _byIdentityEntries;

    public InterventionIndex(IEnumerable<Intervention> interventions)
    {
        _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var intervention in interventions)
        {
            if (!_entries.TryAdd(intervention.Id, new Entry(intervention, _entries.Count)))
            {
                throw new ArgumentException($"The intervention id '{intervention.Id}' is registered twice.", nameof(interventions));
            }
        }

        // Plans order items by id (ordinal) among equal priorities: ranks compare as ints instead of strings.
        var rank = 0;
        foreach (var entry in _entries.Values.OrderBy(e => e.Intervention.Id, StringComparer.Ordinal))
        {
            entry.IdRank = rank++;
        }

        _lookup = _entries.ToFrozenDictionary(StringComparer.Ordinal);

        var size = 4;
        while (size < _entries.Count * 2)
        {
            size *= 2;
        }

        _byIdentity = new string?[size];
        _byIdentityEntries = new Entry?[size];
        foreach (var (id, entry) in _entries)
        {
            var slot = RuntimeHelpers.GetHashCode(id) & (size - 1);
            while (_byIdentity[slot] is not null)
            {
                slot = (slot + 1) & (size - 1);
            }

            _byIdentity[slot] = id;
            _byIdentityEntries[slot] = entry;
        }
    }

    public int Count => _entries.Count;

    public IEnumerable<Intervention> All => _entries.Values.Select(e => e.Intervention);

    public bool TryGet(string id, out Entry entry) => _lookup.TryGetValue(id, out entry!);

    /// <summary>The entry of an intervention a rule proposed; the error names the rule when it is known.</summary>
    public Entry Get(string id, string? ruleName = null) => FindByIdentity(id) ?? (_lookup.TryGetValue(id, out var entry)
        ? entry
        : throw new InvalidOperationException(
            $"{(ruleName is null ? "A rule" : $"The rule '{ruleName}'")} proposed the intervention '{id}', which is not in the catalog; register it with AddInterventions."));

    /// <summary>The entry whose id is this very string instance, or null (the id may still be known as text).</summary>
    private Entry? FindByIdentity(string id)
    {
        var keys = _byIdentity;
        var mask = keys.Length - 1;
        for (var slot = RuntimeHelpers.GetHashCode(id) & mask; keys[slot] is { } key; slot = (slot + 1) & mask)
        {
            if (ReferenceEquals(key, id))
            {
                return _byIdentityEntries[slot];
            }
        }

        return null;
    }

    internal sealed class Entry
    {
        public Entry(Intervention intervention, int ordinal)
        {
            Intervention = intervention;
            Ordinal = ordinal;
            IsMedical = intervention.Kind == InterventionKind.Medical;
            IsSexTherapy = intervention is { Kind: InterventionKind.ProfessionalTherapy, IsSexual: true };
            IsScreening = intervention.Id == Interventions.SafetyScreening.Id || intervention.Id == Interventions.SpecialistScreening.Id;
            IsJointProfessional = intervention is { Actor: InterventionActor.CoupleTogether, Kind: InterventionKind.ProfessionalTherapy };
            IsEmergency = intervention.Id == Interventions.EmergencyServices.Id;
            IsGenericCouplesTherapy = IsJointProfessional && !intervention.IsSexual
                && intervention.Id != Interventions.BehaviouralCouplesTherapy.Id && intervention.Id != Interventions.DiscernmentCounselling.Id;

            // An intervention's contraindications never change: what the veto needs of them is worked out once.
            Contraindications = [.. intervention.Contraindications];
            KnownContraindications = [.. Contraindications.Select(ContraindicationPaths.Find)];
            HoldsSafetyNotScreened = Array.IndexOf(Contraindications, Contraindication.SafetyNotScreened) >= 0;
            IsOtherPartnersSafety = SafetyVeto.IsOtherPartnersSafety(intervention.Id);

            // Immutable, so that every item of the intervention keeps this list rather than a copy of its own.
            Citations = ReadOnly.Of([.. intervention.Sources.Select(Citation.From)]);
            Summary = MakeSummary(intervention);
            ContactKind = ContactKindOf(intervention.Id);
            Detail = MakeDetail(intervention);
        }

        public Intervention Intervention { get; }

        private static CrisisKind? ContactKindOf(string id) =>
            id == Interventions.EmergencyServices.Id ? CrisisKind.Emergency
            : id == Interventions.UrgentMentalHealthAssessment.Id || id == Interventions.CrisisLine.Id ? CrisisKind.SelfHarm
            : id == Interventions.SafetyPlanning.Id || id == Interventions.SafetyAdvocacy.Id ? CrisisKind.DomesticViolence
            : null;

        /// <summary>The entry's position in the index, from 0: a dense key for per-evaluation tables.</summary>
        public int Ordinal { get; }

        /// <summary>The intervention's contraindications, in its order.</summary>
        public Contraindication[] Contraindications { get; }

        /// <summary>What the library knows of each of <see cref="Contraindications"/> (at the same position), or null for an app's own.</summary>
        public ContraindicationPaths.Known?[] KnownContraindications { get; }

        /// <summary>Whether the intervention carries <see cref="Contraindication.SafetyNotScreened"/>.</summary>
        public bool HoldsSafetyNotScreened { get; }

        /// <summary>One of the other partner's own safety items, which row 1 leaves in place (see <see cref="SafetyVeto"/>).</summary>
        public bool IsOtherPartnersSafety { get; }

        /// <summary>The position of the intervention's id among all ids in ordinal order, from 0.</summary>
        public int IdRank { get; internal set; }

        /// <summary>A medical route (ranked above sex therapy by the veto).</summary>
        public bool IsMedical { get; }

        /// <summary>Sex therapy: a sexual professional therapy, the built-in sex therapy or an app's own (ranked below medical routes by the veto).</summary>
        public bool IsSexTherapy { get; }

        /// <summary>A safety or specialist screening (ranked above joint professional routes by the veto).</summary>
        public bool IsScreening { get; }

        /// <summary>A professional route the couple attend together.</summary>
        public bool IsJointProfessional { get; }

        /// <summary>Emergency services (row 1's item, ranked above every other item by the veto).</summary>
        public bool IsEmergency { get; }

        /// <summary>
        /// Generic couples therapy, which row 4 holds back: every joint professional route, an app's own included,
        /// except sexual ones (sex therapy) and row 4's own specialist routes (behavioural couples therapy, discernment counselling).
        /// </summary>
        public bool IsGenericCouplesTherapy { get; }

        // The reason a contraindication gives for holding this item back depends only on the contraindication,
        // on whose answers it cites (both partners', partner A's or partner B's) and on who may see them, so each
        // is made once: twelve per contraindication.
        private Reason?[]? _heldBack;

        /// <summary>
        /// The reason the intervention's <paramref name="index"/>th contraindication holds it back, citing
        /// <paramref name="paths"/> (<paramref name="cites"/>: 0 both partners' answers, 1 partner A's, 2 partner B's), for this disclosure.
        /// </summary>
        public Reason HeldBack(int index, int cites, IReadOnlyList<string>? paths, Disclosure disclosure, Func<Contraindication, IReadOnlyList<string>?, Disclosure, Reason> create)
        {
            var slots = _heldBack ??= new Reason?[Contraindications.Length * 12];
            var slot = (index * 12) + (cites * 4) + GateGroups.Slot(disclosure);
            return slots[slot] ??= create(Contraindications[index], paths, disclosure);
        }

        public IReadOnlyList<Citation> Citations { get; }

        /// <summary>The crisis contacts an item of this intervention carries, if any: worked out once from its id.</summary>
        public CrisisKind? ContactKind { get; }

        public string Summary { get; }

        public string Detail { get; }

        private static string MakeSummary(Intervention intervention)
        {
            var description = intervention.Description;
            var end = description.IndexOf(". ", StringComparison.Ordinal);
            var firstSentence = end < 0 ? description.TrimEnd('.') : description[..end];
            // Under 140 characters (CDS Hooks cards), cut at a word where it must be.
            return Rendering.PlanWords.Shorten(intervention.Name + ": " + firstSentence + ".", 140);
        }

        private static string MakeDetail(Intervention intervention)
        {
            var text = new System.Text.StringBuilder(intervention.Description);
            if (intervention.Dose is { } dose)
            {
                text.Append("\n\n**How much:** ").Append(dose.Summary);
            }

            if (intervention.Caution is { } caution)
            {
                text.Append("\n\n**Please note:** ").Append(caution);
            }

            // The built-in items' cautions say this in their own words; an app's caution is its own text, which the
            // library cannot read for it, so app items get the library's fixed wording as well (docs/safety.md, Wording).
            if (!BuiltIn.Contains(intervention))
            {
                if (intervention.IsSexual)
                {
                    text.Append("\n\n**Consent:** ").Append(SexualConsent);
                }

                if (intervention.Kind == InterventionKind.Medical)
                {
                    text.Append("\n\n**Medicines:** ").Append(MedicineWording);
                }
            }

            return text.ToString();
        }

        /// <summary>What every app sexual item says, whatever its own caution.</summary>
        internal const string SexualConsent = "Only when both of you want to, each time. Either of you may pause or stop at any moment, "
            + "neither presses the other, and the partner who wants less is never asked to give in.";

        /// <summary>What every app medical item says, whatever its own caution.</summary>
        internal const string MedicineWording = "Talk with the doctor or prescriber about any medicine; never start, stop or change one on your own.";

        private static readonly HashSet<Intervention> BuiltIn = new(Interventions.All, ReferenceEqualityComparer.Instance);
    }
}
