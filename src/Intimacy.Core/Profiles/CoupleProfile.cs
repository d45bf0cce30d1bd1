using System.Runtime.CompilerServices;

namespace Intimacy.Core.Profiles;

/// <summary>
/// What is known about a couple: shared facts about the relationship and each partner's own
/// answers. A profile from one partner only is valid.
/// </summary>
/// <remarks>
/// The people described are adults of any gender and orientation, monogamous or by agreement not.
/// Unknown answers are <see langword="null"/> and are never read as "fine". Build one with
/// <see cref="CoupleProfileBuilder"/> or read one with <see cref="Serialization.ProfileJson"/>; check it
/// with <see cref="Validation.ProfileValidator"/>. <see cref="object.ToString"/> never prints answers.
/// </remarks>
public sealed record CoupleProfile
{
    /// <summary>The profile format version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>
    /// The profile format version; must be <see cref="CurrentSchemaVersion"/>. JSON that leaves it out is
    /// read as the current version.
    /// </summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Facts about the relationship as a whole.</summary>
    public RelationshipFacts? Relationship { get; init; }

    /// <summary>The first (or only) respondent.</summary>
    public required PartnerResponse PartnerA { get; init; }

    /// <summary>The second respondent, or <see langword="null"/> when only one partner answered.</summary>
    public PartnerResponse? PartnerB { get; init; }

    /// <summary>Whether both partners answered.</summary>
    public bool HasBothPartners => PartnerB is not null;

    /// <summary>Returns a partner's answers, or <see langword="null"/> for a partner who did not answer.</summary>
    /// <param name="partner">Which partner.</param>
    /// <returns>The partner's response, if any.</returns>
    public PartnerResponse? Partner(PartnerId partner) => partner == PartnerId.PartnerA ? PartnerA : PartnerB;

    /// <summary>
    /// Says who owns the answer at a JSON path (such as <c>$.partnerB.safety.fearsPartner</c>) and
    /// who may see it. <c>$</c>, <c>$.schemaVersion</c>, <c>$.hasBothPartners</c> and paths under
    /// <c>$.relationship</c> belong to the couple.
    /// </summary>
    /// <param name="path">A JSON path into this profile, as used in findings and validation errors.</param>
    /// <returns>The owner (null for couple-level facts) and the visibility in force.</returns>
    /// <remarks>
    /// A path that names a partner but no known section is treated as private to that partner, and
    /// any other path it does not recognise (another spelling such as <c>$.PartnerA</c> or
    /// <c>$['partnerA']</c>, a misspelt root) as private with no owner, visible to neither partner, so
    /// an unexpected path can never leak.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public AnswerOwnership GetOwnership(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        // What a path means depends on its text alone, except for a partner's section, whose visibility the partner
        // sets: the text is read once and kept, and only that visibility is read here.
        var route = PathRoute.Of(path);
        return route.Section == PartnerResponse.Section.None
            ? route.Ownership
            : new AnswerOwnership(route.Ownership.Owner, Partner(route.Ownership.Owner!.Value)?.VisibilityOf(route.Section) ?? route.Ownership.Visibility);
    }

    /// <summary>
    /// What a path's text says of its ownership (see <see cref="GetOwnership"/>): the ownership itself, or for a path into
    /// a partner's section, the owner, the section's default visibility and the section. The last paths read
    /// are kept by their string's identity (the rules use the same strings every time), a fixed number of them.
    /// </summary>
    private sealed class PathRoute
    {
        private const int Probes = 8;

        private static readonly PathRoute?[] Kept = new PathRoute?[2048];

        private PathRoute(string path, AnswerOwnership ownership, PartnerResponse.Section section = PartnerResponse.Section.None)
        {
            Path = path;
            Ownership = ownership;
            Section = section;
        }

        public string Path { get; }

        /// <summary>The ownership, or for a partner's section the owner and the section's default visibility.</summary>
        public AnswerOwnership Ownership { get; }

        /// <summary>The section whose visibility is in force, for a path into a partner's section; otherwise <see cref="PartnerResponse.Section.None"/>.</summary>
        public PartnerResponse.Section Section { get; }

        public static PathRoute Of(string path)
        {
            // Open addressing over a few slots from the string's own: the first empty one takes a new path, and when
            // none is, the path's own slot does. Slots are written whole and read whole: a lost race only costs
            // reading the text again.
            var mask = Kept.Length - 1;
            var home = RuntimeHelpers.GetHashCode(path) & mask;
            var slot = home;
            for (var probe = 0; probe < Probes; probe++, slot = (slot + 1) & mask)
            {
                var kept = Volatile.Read(ref Kept[slot]);
                if (kept is null)
                {
                    break;
                }

                if (ReferenceEquals(kept.Path, path))
                {
                    return kept;
                }
            }

            var route = Read(path);
            Volatile.Write(ref Kept[Kept[slot] is null ? slot : home], route);
            return route;
        }

        private static PathRoute Read(string path)
        {
            var span = path.AsSpan();
            if (span is "$")
            {
                return new(path, new AnswerOwnership(null, Visibility.Shared));
            }

            if (span.StartsWith("$.", StringComparison.Ordinal))
            {
                span = span[2..];
            }

            if (span is "schemaVersion" or "hasBothPartners"
                || (span.StartsWith(ProfileSections.Relationship, StringComparison.Ordinal)
                    && (span.Length == ProfileSections.Relationship.Length || span[ProfileSections.Relationship.Length] == '.')))
            {
                return new(path, new AnswerOwnership(null, Visibility.Shared));
            }

            PartnerId owner;
            if (span.StartsWith("partnerA", StringComparison.Ordinal))
            {
                owner = PartnerId.PartnerA;
            }
            else if (span.StartsWith("partnerB", StringComparison.Ordinal))
            {
                owner = PartnerId.PartnerB;
            }
            else
            {
                // Not a path this format has: visible to no partner.
                return new(path, new AnswerOwnership(null, Visibility.Private));
            }

            span = span["partnerA".Length..];
            if (span.Length == 0)
            {
                // Whether a partner answered at all is known to both.
                return new(path, new AnswerOwnership(owner, Visibility.Shared));
            }

            if (span[0] != '.')
            {
                return new(path, new AnswerOwnership(owner, Visibility.Private));
            }

            span = span[1..];
            var dot = span.IndexOf('.');
            var sectionName = dot < 0 ? span : span[..dot];
            if (sectionName is "ageYears")
            {
                return new(path, new AnswerOwnership(owner, Visibility.Shared));
            }

            if (ProfileSections.DefaultVisibility(sectionName) is not { } defaultVisibility)
            {
                // An unexpected path can never leak: treat it as private to its owner.
                return new(path, new AnswerOwnership(owner, Visibility.Private));
            }

            return new(path, new AnswerOwnership(owner, defaultVisibility), PartnerResponse.SectionOf(sectionName));
        }
    }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(CoupleProfile));
}
