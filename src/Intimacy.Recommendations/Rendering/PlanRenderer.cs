using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Shared;

namespace Intimacy.Recommendations.Rendering;

/// <summary>
/// Writes a plan for people to read, as Markdown or as plain text for terminals: safety notices on
/// top, then the urgent lane, the phases in stage order, the support track, what was held back and
/// why, and the findings; every item with its reasons (rules, thresholds, answers) and sources.
/// </summary>
/// <remarks>
/// Both methods render <see cref="RecommendationPlan.ForAudience"/> of the plan for the audience
/// given, never more: a partner's or the couple's text leaves out whatever rests on answers they may
/// not see. The output is deterministic, uses "\n" line ends and does not depend on the culture.
/// </remarks>
public static class PlanRenderer
{
    /// <summary>Writes the audience's view of a plan as Markdown.</summary>
    /// <param name="plan">The plan, normally the clinician's view the engine returns.</param>
    /// <param name="audience">Who will read it.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The plan is already another partner's view, which cannot be widened.</exception>
    public static string ToMarkdown(RecommendationPlan plan, Audience audience) => Build(plan, audience).ToMarkdown();

    /// <summary>Writes the audience's view of a plan as plain text, wrapped for an 80-column terminal.</summary>
    /// <param name="plan">The plan, normally the clinician's view the engine returns.</param>
    /// <param name="audience">Who will read it.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The plan is already another partner's view, which cannot be widened.</exception>
    public static string ToPlainText(RecommendationPlan plan, Audience audience) => Build(plan, audience).ToPlainText();

    private static TextDocument Build(RecommendationPlan plan, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var view = plan.ForAudience(audience);
        var doc = new TextDocument();
        doc.Heading(1, PlanWords.ViewTitle(audience));
        doc.Paragraphs("Decision support and education: not a diagnosis, and not a service for emergencies. Each step says why it is suggested and where the advice comes from.");

        WriteNotices(doc, view.Notices);
        WriteLane(doc, "Urgent: before anything else", view.Urgent);
        foreach (var phase in view.Phases)
        {
            WriteLane(doc, string.Create(CultureInfo.InvariantCulture, $"Step {PlanWords.StepNumber(phase.Stage)}: {PlanWords.Stage(phase.Stage)}"), phase.Items);
        }

        WriteLane(doc, "Support: professional, medical and other help", view.Support);
        if (!view.AllItems.Any())
        {
            doc.Paragraphs("No steps are suggested in this view of the plan.");
        }

        WriteWithheld(doc, view.Withheld);
        WriteFindings(doc, view.Findings);

        doc.Rule();
        doc.Paragraphs(string.Create(
            CultureInfo.InvariantCulture,
            $"Plan format {view.SchemaVersion}; library {MarkdownText.Inline(view.Stamp.LibraryVersion)}; rule set {MarkdownText.Inline(Short(view.Stamp.RuleSetHash))}; options {MarkdownText.Inline(Short(view.Stamp.OptionsHash))}."));
        return doc;
    }

    private static void WriteNotices(TextDocument doc, IReadOnlyList<SafetyNotice> notices)
    {
        if (notices.Count == 0)
        {
            return;
        }

        doc.Heading(2, "Safety first");
        foreach (var notice in Distinct(notices))
        {
            doc.Bullet("**" + MarkdownText.Inline(notice.Text) + "**");
        }
    }

    private static void WriteLane(TextDocument doc, string title, IReadOnlyList<PlanItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        doc.Heading(2, title);
        for (var i = 0; i < items.Count; i++)
        {
            WriteItem(doc, i + 1, items[i]);
        }
    }

    private static void WriteItem(TextDocument doc, int number, PlanItem item)
    {
        doc.Heading(3, string.Create(CultureInfo.InvariantCulture, $"{number}. {MarkdownText.Inline(item.Title)}"));
        doc.Paragraphs(PlanWords.Placement(item));
        doc.Paragraphs(MarkdownText.Block(item.Detail));
        if (item.Contacts.Count > 0)
        {
            doc.Paragraphs("**Who to contact:**");
            foreach (var contact in item.Contacts)
            {
                doc.Bullet(PlanWords.Contact(contact));
            }
        }

        doc.Paragraphs("**Why:**");
        foreach (var reason in item.Reasons)
        {
            doc.Bullet(PlanWords.Reason(reason));
        }

        doc.Paragraphs("**Sources:**");
        foreach (var citation in item.Sources)
        {
            doc.Bullet(PlanWords.Citation(citation));
        }
    }

    private static void WriteWithheld(TextDocument doc, IReadOnlyList<WithheldItem> withheld)
    {
        if (withheld.Count == 0)
        {
            return;
        }

        doc.Heading(2, "Held back for now");
        doc.Paragraphs("These steps were considered but are on hold, for the reasons given.");
        foreach (var item in withheld)
        {
            doc.Bullet("**" + MarkdownText.Inline(item.Title) + "**, held back by " + MarkdownText.Code(item.HeldBy) + ":");
            foreach (var reason in item.Reasons)
            {
                doc.Bullet(PlanWords.Reason(reason), 1);
            }
        }
    }

    private static void WriteFindings(TextDocument doc, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        doc.Heading(2, "What the answers show");
        foreach (var finding in findings)
        {
            doc.Bullet(PlanWords.Finding(finding));
        }
    }

    /// <summary>The same notice can come once per partner; it is shown once.</summary>
    internal static IEnumerable<SafetyNotice> Distinct(IReadOnlyList<SafetyNotice> notices) =>
        notices.DistinctBy(n => (n.GateId, n.Text));

    private static string Short(string hash) => hash.Length <= 12 ? hash : hash[..12];
}
