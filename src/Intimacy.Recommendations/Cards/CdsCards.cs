using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Intimacy.Core;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Rendering;
using Intimacy.Recommendations.Safety;
using Intimacy.Shared;

namespace Intimacy.Recommendations.Cards;

/// <summary>
/// Turns a plan into HL7 CDS Hooks cards: one card per safety notice, then one per item in reading
/// order (urgent lane, phases in stage order, support track), except that every critical card comes
/// first (critical notices, then the critical items), so a client that shows only the first cards, or
/// shows them in order, never puts a warning above an emergency. Each card has a deterministic
/// <c>uuid</c>, a <c>summary</c> under 140 characters, an <c>indicator</c>, a <c>source</c> (the item's
/// first citation, or the library) and a Markdown <c>detail</c> with what to do, how much, cautions,
/// the reasons (rule names, answers, thresholds) and the sources.
/// </summary>
/// <remarks>
/// Cards are made from <see cref="RecommendationPlan.ForAudience"/> of the plan for the audience given,
/// so a partner's or the couple's cards hold nothing that rests on answers they may not see. Only
/// <see cref="Audience.Clinician"/> gets cards for everything.
/// </remarks>
public static class CdsCards
{
    /// <summary>Card summaries are shorter than this, as CDS Hooks asks.</summary>
    public const int SummaryLimit = 140;

    private static readonly JsonSerializerOptions IndentedOptions = new(CdsHooksJsonContext.Default.Options) { WriteIndented = true };

    /// <summary>Makes the cards of the audience's view of a plan.</summary>
    /// <param name="plan">The plan, normally the clinician's view the engine returns.</param>
    /// <param name="audience">Who will see the cards.</param>
    /// <param name="encounterKey">
    /// An optional value of the host's (an encounter or request id, say) mixed into every card uuid, so
    /// that cards for different encounters with the same plan get different ids. It is hashed, never shown.
    /// </param>
    /// <returns>The cards: critical notices and items first, then the other notices, then the other items in reading order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The plan is already another partner's view, which cannot be widened.</exception>
    public static IReadOnlyList<CdsCard> Create(RecommendationPlan plan, Audience audience, string? encounterKey = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var view = plan.ForAudience(audience);
        var ids = new CardIds(view.Stamp, audience, encounterKey);
        var cards = new List<CdsCard>();
        foreach (var notice in PlanRenderer.Distinct(view.Notices))
        {
            cards.Add(NoticeCard(view, notice, ids.Next("notice|" + notice.GateId)));
        }

        foreach (var item in view.AllItems)
        {
            cards.Add(ItemCard(item, ids.Next(FormattableString.Invariant($"item|{item.InterventionId}|{item.Audience}|{item.Track}"))));
        }

        // Stable: critical cards keep their order among themselves, and so does the rest.
        return [.. cards.Where(c => c.Indicator == Indicator.Critical), .. cards.Where(c => c.Indicator != Indicator.Critical)];
    }

    /// <summary>Makes the CDS Hooks response for the audience's view of a plan.</summary>
    /// <param name="plan">The plan, normally the clinician's view the engine returns.</param>
    /// <param name="audience">Who will see the cards.</param>
    /// <param name="encounterKey">An optional host value mixed into every card uuid; see <see cref="Create"/>.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The plan is already another partner's view, which cannot be widened.</exception>
    public static CdsHooksResponse CreateResponse(RecommendationPlan plan, Audience audience, string? encounterKey = null) =>
        new(Create(plan, audience, encounterKey));

    /// <summary>Writes a CDS Hooks response as JSON.</summary>
    /// <param name="response">The response.</param>
    /// <param name="indented">Whether to indent the output for people to read.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    public static string Serialize(CdsHooksResponse response, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(response);
        return indented
            ? JsonSerializer.Serialize(response, (JsonTypeInfo<CdsHooksResponse>)IndentedOptions.GetTypeInfo(typeof(CdsHooksResponse)))
            : JsonSerializer.Serialize(response, CdsHooksJsonContext.Default.CdsHooksResponse);
    }

    private static CdsCard NoticeCard(RecommendationPlan view, SafetyNotice notice, string uuid)
    {
        var findings = view.Findings.Where(f => f.Code == notice.GateId).ToList();
        var citations = findings.SelectMany(f => f.Sources).DistinctBy(c => (c.SourceId, c.Locator)).ToList();
        var detail = new StringBuilder(MarkdownText.Inline(notice.Text))
            .Append("\n\n**Safety rule:** ").Append(MarkdownText.Code(notice.GateId)).Append("; it shapes the rest of the plan and no option can switch it off.");
        if (findings.Count > 0)
        {
            detail.Append("\n\n**Why:**");
            foreach (var finding in findings)
            {
                detail.Append("\n- ").Append(PlanWords.Finding(finding));
            }
        }

        AppendSources(detail, citations);
        return new CdsCard
        {
            Uuid = uuid,
            Summary = PlanWords.Shorten(MarkdownText.PlainLine(notice.Text), SummaryLimit),
            Detail = detail.ToString(),
            Indicator = IndicatorOf(notice.GateId),
            Source = SourceOf(citations),
            Links = LinksOf(citations, []),
        };
    }

    private static CdsCard ItemCard(PlanItem item, string uuid)
    {
        var detail = new StringBuilder(MarkdownText.Block(item.Detail.Trim())).Append("\n\n").Append(PlanWords.Placement(item));
        if (item.Contacts.Count > 0)
        {
            detail.Append("\n\n**Who to contact:**");
            foreach (var contact in item.Contacts)
            {
                detail.Append("\n- ").Append(PlanWords.Contact(contact));
            }
        }

        detail.Append("\n\n**Why:**");
        foreach (var reason in item.Reasons)
        {
            detail.Append("\n- ").Append(PlanWords.Reason(reason));
        }

        AppendSources(detail, item.Sources);
        var summary = item.Audience == ItemAudience.Couple ? item.Summary : "For " + PlanWords.ItemAudience(item.Audience) + ": " + item.Summary;
        return new CdsCard
        {
            Uuid = uuid,
            Summary = PlanWords.Shorten(MarkdownText.PlainLine(summary), SummaryLimit),
            Detail = detail.ToString(),
            Indicator = item.Indicator,
            Source = SourceOf(item.Sources),
            Links = LinksOf(item.Sources, item.Contacts),
        };
    }

    private static void AppendSources(StringBuilder detail, IReadOnlyList<Citation> citations)
    {
        if (citations.Count == 0)
        {
            return;
        }

        detail.Append("\n\n**Sources:**");
        foreach (var citation in citations)
        {
            detail.Append("\n- ").Append(PlanWords.Citation(citation));
        }
    }

    private static Indicator IndicatorOf(string gateId)
    {
        foreach (var gate in SafetyGates.All)
        {
            if (SafetyGates.Id(gate) == gateId)
            {
                return gate is SafetyGate.ImminentDanger or SafetyGate.ViolenceOrCoercion or SafetyGate.SelfHarmRisk ? Indicator.Critical : Indicator.Warning;
            }
        }

        // A notice this library does not know still concerns safety: never shown as mere information.
        return Indicator.Warning;
    }

    // CDS Hooks requires a source label and a link label: a blank name from an app falls back to the library or the address.
    private static CdsSource SourceOf(IReadOnlyList<Citation> citations) =>
        citations.Count > 0 && MarkdownText.PlainLine(citations[0].Label) is { Length: > 0 } label
            ? new CdsSource(label, MarkdownText.WebAddress(citations[0].Url))
            : new CdsSource("Intimacy.Core rule set " + IntimacyCoreInfo.Version.Split('+')[0]);

    private static CdsLink Link(string? label, Uri url) =>
        new(MarkdownText.PlainLine(label) is { Length: > 0 } line ? line : CdsUriConverter.Text(url), url);

    // One link per url as written (every link is of type absolute): a client shows each link as a button or an
    // underlined label, and two that open the same address only make the reader wonder which to use. The first
    // contact or source with the address gives the label; the detail still names every contact and source.
    // Compared as the written text, not with Uri equality, which ignores the fragment: two contacts at
    // different anchors of one page keep a link each.
    private static List<CdsLink>? LinksOf(IReadOnlyList<Citation> citations, IReadOnlyList<CrisisContact> contacts)
    {
        var links = new List<CdsLink>();
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var contact in contacts)
        {
            if (MarkdownText.WebAddress(contact.Url) is { } url && written.Add(CdsUriConverter.Text(url)))
            {
                links.Add(Link(contact.Name, url));
            }
        }

        foreach (var citation in citations)
        {
            if (MarkdownText.WebAddress(citation.Url) is { } url && written.Add(CdsUriConverter.Text(url)))
            {
                links.Add(Link(citation.Label, url));
            }
        }

        return links.Count == 0 ? null : links;
    }

    /// <summary>
    /// Card ids: SHA-256 of the plan stamp, the audience, the host's key and the card's own key, laid out
    /// as an RFC 9562 version-8 UUID. A repeated key gets a running number, so ids are unique within a response.
    /// </summary>
    private sealed class CardIds(PlanStamp stamp, Audience audience, string? encounterKey)
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public string Next(string key)
        {
            var occurrence = _seen.TryGetValue(key, out var count) ? count + 1 : 0;
            _seen[key] = occurrence;
            var text = string.Join('\n', "intimacy-core/cds-card/v1", stamp.LibraryVersion, stamp.RuleSetHash, stamp.OptionsHash,
                stamp.SchemaVersion.ToString(CultureInfo.InvariantCulture), audience.ToString(), encounterKey ?? string.Empty, key,
                occurrence.ToString(CultureInfo.InvariantCulture));
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
            hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
            var hex = Convert.ToHexStringLower(hash[..16]);
            return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
        }
    }
}
