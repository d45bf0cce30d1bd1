using System.Globalization;
using System.Text;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Sources;
using Intimacy.Shared;

namespace Intimacy.Recommendations.Rendering;

/// <summary>
/// The words the renderers and CDS Hooks cards share: names of stages, audiences and evidence levels,
/// and one-line explanations of reasons, findings and citations in inline Markdown, with the text they
/// carry from apps, hosts and rules escaped (see <see cref="MarkdownText"/>).
/// </summary>
internal static class PlanWords
{
    /// <summary>The staged phases in the order a plan presents them.</summary>
    public static IReadOnlyList<PlanStage> PhaseOrder { get; } =
        [PlanStage.EmotionalFoundation, PlanStage.NonSexualAffection, PlanStage.SexualReconnection, PlanStage.Maintenance];

    public static string Stage(PlanStage stage) => stage switch
    {
        PlanStage.Urgent => "Urgent",
        PlanStage.EmotionalFoundation => "Emotional foundation",
        PlanStage.NonSexualAffection => "Non-sexual affection",
        PlanStage.SexualReconnection => "Sexual reconnection",
        PlanStage.Maintenance => "Maintenance",
        PlanStage.Support => "Support",
        _ => stage.ToString(),
    };

    /// <summary>The 1-based step number of a phase stage, fixed whatever stages a plan leaves out.</summary>
    public static int StepNumber(PlanStage stage)
    {
        for (var i = 0; i < PhaseOrder.Count; i++)
        {
            if (PhaseOrder[i] == stage)
            {
                return i + 1;
            }
        }

        return 0;
    }

    public static string ItemAudience(ItemAudience audience) => audience switch
    {
        Intimacy.Core.Plans.ItemAudience.Couple => "both partners together",
        Intimacy.Core.Plans.ItemAudience.PartnerA => "partner A",
        Intimacy.Core.Plans.ItemAudience.PartnerB => "partner B",
        _ => audience.ToString(),
    };

    public static string ViewTitle(Audience audience) => audience switch
    {
        Audience.Couple => "Plan for the couple",
        Audience.PartnerA => "Plan for partner A",
        Audience.PartnerB => "Plan for partner B",
        Audience.Clinician => "Plan for clinical review",
        _ => "Plan",
    };

    public static string Indicator(Indicator indicator) => indicator switch
    {
        Intimacy.Core.Plans.Indicator.Critical => "critical",
        Intimacy.Core.Plans.Indicator.Warning => "warning",
        _ => "info",
    };

    public static string Evidence(EvidenceLevel evidence) => evidence switch
    {
        EvidenceLevel.PractitionerAdvice => "practitioner advice",
        EvidenceLevel.ObservationalStudy => "observational study",
        EvidenceLevel.Trial => "trial",
        EvidenceLevel.MetaAnalysis => "meta-analysis",
        EvidenceLevel.Guideline => "guideline",
        EvidenceLevel.TechnicalStandard => "technical standard",
        _ => evidence.ToString(),
    };

    /// <summary>A reason in one line: its text, then the rule, the threshold and the answers it rests on.</summary>
    public static string Reason(Reason reason)
    {
        var text = new StringBuilder(MarkdownText.Inline(reason.Text));
        text.Append(" (rule ").Append(MarkdownText.Code(reason.RuleName));
        if (!string.IsNullOrWhiteSpace(reason.Threshold))
        {
            text.Append("; threshold: ").Append(MarkdownText.Inline(reason.Threshold));
        }

        AppendPaths(text, reason.InputPaths);
        return text.Append(')').ToString();
    }

    /// <summary>A finding in one line: title, urgency, rule, threshold and answers.</summary>
    public static string Finding(Finding finding)
    {
        var text = new StringBuilder("**").Append(MarkdownText.Inline(finding.Title)).Append("** (")
            .Append(Indicator(finding.Indicator))
            .Append("; rule ").Append(MarkdownText.Code(finding.RuleName));
        if (!string.IsNullOrWhiteSpace(finding.Threshold))
        {
            text.Append("; threshold: ").Append(MarkdownText.Inline(finding.Threshold));
        }

        AppendPaths(text, finding.InputPaths);
        return text.Append(')').ToString();
    }

    /// <summary>A citation in one line: label, the part meant, the evidence level and the address.</summary>
    public static string Citation(Citation citation)
    {
        var text = new StringBuilder(MarkdownText.Inline(citation.Label));
        if (!string.IsNullOrWhiteSpace(citation.Locator))
        {
            text.Append(", ").Append(MarkdownText.Inline(citation.Locator));
        }

        text.Append(" (").Append(Evidence(citation.Evidence)).Append(')');
        if (citation.Url is { } url)
        {
            text.Append(' ').Append(MarkdownText.Address(url.OriginalString));
        }

        return text.ToString();
    }

    /// <summary>A crisis contact in one line.</summary>
    public static string Contact(CrisisContact contact)
    {
        var text = new StringBuilder("**").Append(MarkdownText.Inline(contact.Name)).Append("**: ").Append(MarkdownText.Inline(contact.Instructions));
        if (!string.IsNullOrWhiteSpace(contact.Phone))
        {
            text.Append(" Phone: ").Append(MarkdownText.Inline(contact.Phone)).Append('.');
        }

        if (!string.IsNullOrWhiteSpace(contact.Url))
        {
            text.Append(' ').Append(MarkdownText.Address(contact.Url));
        }

        return text.ToString();
    }

    /// <summary>Where an item sits and how urgent it is, in one line.</summary>
    public static string Placement(PlanItem item) => string.Create(
        CultureInfo.InvariantCulture,
        $"For {ItemAudience(item.Audience)}; {Indicator(item.Indicator)}; priority {item.Priority}.");

    /// <summary>
    /// Cuts text to fewer than <paramref name="limit"/> UTF-16 code units at a word boundary, or, in a long
    /// run without spaces, between whole characters (never inside a surrogate pair or a combining sequence).
    /// </summary>
    public static string Shorten(string text, int limit)
    {
        text = text.Trim();
        if (text.Length < limit)
        {
            return text;
        }

        const string Ellipsis = "...";
        var room = limit - 1 - Ellipsis.Length;
        var cut = text.LastIndexOf(' ', room);
        var kept = (cut > room / 2 ? text[..cut] : text[..OutsideEscape(text, WholeCharacters(text, room))]).TrimEnd(' ', ',', ';', ':', '.');
        return kept + Ellipsis;
    }

    /// <summary>
    /// <paramref name="end"/>, or the start of the six-character <c>\uXXXX</c> escape of an unseen character
    /// (see <see cref="MarkdownText.PlainLine"/>) that it would cut, so a shortened text never ends in half an escape.
    /// </summary>
    private static int OutsideEscape(string text, int end)
    {
        for (var start = Math.Max(0, end - 5); start < end; start++)
        {
            if (text[start] == '\\' && start + 6 <= text.Length && text[start + 1] == 'u' && IsHex(text.AsSpan(start + 2, 4)))
            {
                return start;
            }
        }

        return end;
    }

    private static bool IsHex(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length of the longest prefix of whole text elements that fits in <paramref name="room"/> code units.</summary>
    internal static int WholeCharacters(string text, int room)
    {
        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > room)
            {
                break;
            }

            end = next;
        }

        return end;
    }

    private static void AppendPaths(StringBuilder text, IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return;
        }

        // Every answer the rule reads, given or not: "read" says so.
        text.Append("; answers read: ");
        for (var i = 0; i < paths.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(MarkdownText.Code(paths[i]));
        }
    }
}
