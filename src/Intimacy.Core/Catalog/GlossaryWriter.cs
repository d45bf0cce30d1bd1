using System.Globalization;
using System.Text;
using Intimacy.Core.Barriers;
using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Sources;
using Escape = Intimacy.Shared.MarkdownText;

namespace Intimacy.Core.Catalog;

/// <summary>
/// Writes a catalog as a Markdown glossary: dimensions, barriers by family, warning signs,
/// interventions by stage, contraindications and sources. <c>docs/domain.md</c> is this output for
/// <see cref="IntimacyCatalog.Default"/>.
/// </summary>
/// <remarks>The output is deterministic (catalog order, invariant culture, "\n" line ends) so it can be compared with a committed file.</remarks>
public static class GlossaryWriter
{
    /// <summary>Writes the glossary of <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog to describe.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static string Write(IntimacyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var md = new MarkdownText();

        md.Line("# Domain glossary");
        md.Line();
        md.Line("<!-- Generated from IntimacyCatalog.Default by Intimacy.Core.Catalog.GlossaryWriter. Do not edit by hand:");
        md.Line("     run `UPDATE_SNAPSHOTS=1 dotnet test tests/Intimacy.Core.Tests -c Release` and commit the result. -->");
        md.Line();
        md.Line("The vocabulary of Intimacy.Core: the dimensions of intimacy, the barriers that wear it down, the warning signs a");
        md.Line("couple can notice, the interventions a plan can offer, and the contraindications that hold interventions back.");
        md.Line("Every item has a stable id and cites its sources; the full references are listed at the end.");
        md.Line();
        md.Line(Counts(catalog));
        md.Line();

        WriteDimensions(md, catalog);
        WriteBarriers(md, catalog);
        WriteWarningSigns(md, catalog);
        WriteInterventions(md, catalog);
        WriteContraindications(md, catalog);
        WriteSources(md, catalog);
        return md.ToString();
    }

    private static string Counts(IntimacyCatalog catalog) => string.Create(
        CultureInfo.InvariantCulture,
        $"{catalog.Dimensions.Count} dimensions, {catalog.Barriers.Count} barriers, {catalog.WarningSigns.Count} warning signs, {catalog.Interventions.Count} interventions, {catalog.Contraindications.Count} contraindications, {catalog.Sources.Count} sources.");

    private static void WriteDimensions(MarkdownText md, IntimacyCatalog catalog)
    {
        md.Line("## Dimensions");
        md.Line();
        md.Line("Each dimension is mapped to the PAIR inventory's five scales (Schaefer & Olson 1981) and to the seeds' three kinds of");
        md.Line("intimacy (emotional, physical, intellectual). Non-sexual affection and sex are separate here because repair brings");
        md.Line("affection back first; PAIR's sexual scale covers both.");
        md.Line();
        md.Line("| Dimension | Id | PAIR scale | Seeds' kind | Meaning |");
        md.Line("|---|---|---|---|---|");
        foreach (var d in catalog.Dimensions)
        {
            md.Line($"| {Cell(d.Name)} | `{d.Id}` | {d.Pair?.ToString() ?? "none"} | {d.SeedType?.ToString() ?? "none"} | {Cell(d.Description)} |");
        }

        md.Line();
        foreach (var d in catalog.Dimensions)
        {
            md.Line($"- {Text(d.Name)}: {Citations(d.Sources)}");
        }

        md.Line();
    }

    private static void WriteBarriers(MarkdownText md, IntimacyCatalog catalog)
    {
        md.Line("## Barriers");
        md.Line();
        md.Line("Causes that get in the way of intimacy, grouped by family.");
        md.Line();
        foreach (var family in Enum.GetValues<BarrierFamily>())
        {
            var members = catalog.Barriers.Where(b => b.Family == family).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            md.Line($"### {FamilyName(family)}");
            md.Line();
            foreach (var b in members)
            {
                md.Line($"- **{Text(b.Name)}** (`{b.Id}`): {Text(b.Description)}");
                md.Line($"  Dimensions: {Dimensions(b.Dimensions)}. Sources: {Citations(b.Sources)}");
            }

            md.Line();
        }
    }

    private static void WriteWarningSigns(MarkdownText md, IntimacyCatalog catalog)
    {
        md.Line("## Warning signs");
        md.Line();
        md.Line("Symptoms a couple can notice. Each is detected in a profile by a specification that fires only on known answers;");
        md.Line("an unknown answer is neither \"fine\" nor evidence of the sign.");
        md.Line();
        foreach (var s in catalog.WarningSigns)
        {
            var help = s.IndicatesProfessionalHelp ? " A reason to seek professional help." : string.Empty;
            md.Line($"- **{Text(s.Name)}** (`{s.Id}`): {Text(s.Description)}{help}");
            md.Line($"  Detected when: {Text(s.Detection.Name)}. Dimensions: {Dimensions(s.Dimensions)}. Sources: {Citations(s.Sources)}");
            foreach (var fact in s.Facts)
            {
                md.Line($"  Fact: {Text(fact.Text)} ({Citation(fact.Source)})");
            }
        }

        md.Line();
    }

    private static void WriteInterventions(MarkdownText md, IntimacyCatalog catalog)
    {
        md.Line("## Interventions");
        md.Line();
        md.Line("Grouped by plan stage. The four main stages run in order (emotional foundation, non-sexual affection, sexual");
        md.Line("reconnection, maintenance); urgent safety routes come before everything, and support routes run alongside any stage.");
        md.Line();
        foreach (var stage in StageOrder)
        {
            var members = catalog.Interventions.Where(i => i.Stage == stage).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            md.Line($"### {StageName(stage)}");
            md.Line();
            foreach (var i in members)
            {
                md.Line($"- **{Text(i.Name)}** (`{i.Id}`): {Text(i.Description)}");
                md.Line($"  {KindName(i.Kind)}; {ActorName(i.Actor)}{(i.IsSexual ? "; sexual" : string.Empty)}.");
                if (i.Dose is { } dose)
                {
                    md.Line($"  Dose: {Text(dose.Summary)}.");
                }

                if (i.Caution is { } caution)
                {
                    md.Line($"  Caution: {Text(caution)}");
                }

                if (i.AddressesBarriers.Count > 0)
                {
                    md.Line($"  Addresses: {string.Join(", ", i.AddressesBarriers.Select(b => $"`{b.Id}`"))}.");
                }

                if (i.Contraindications.Count > 0)
                {
                    md.Line($"  Not while: {string.Join(", ", i.Contraindications.Select(c => $"`{c.Id}`"))}.");
                }

                md.Line($"  Dimensions: {Dimensions(i.Dimensions)}. Sources: {Citations(i.Sources)}");
            }

            md.Line();
        }
    }

    private static void WriteContraindications(MarkdownText md, IntimacyCatalog catalog)
    {
        md.Line("## Contraindications");
        md.Line();
        md.Line("Circumstances that hold interventions back. Each is detected in a profile from known answers, with three");
        md.Line("exceptions: `contraindication.safety-not-screened` fires on missing answers, because its subject is that");
        md.Line("safety is unknown; `contraindication.undisclosed-affair`, once a breach is reported, reads an unanswered");
        md.Line("disclosure or end question as unresolved; and `contraindication.untreated-pain`, once pain during sex is");
        md.Line("reported, reads an unanswered question about its treatment as untreated.");
        md.Line();
        foreach (var c in catalog.Contraindications)
        {
            var held = catalog.Interventions.Where(i => i.Contraindications.Contains(c)).Select(i => $"`{i.Id}`").ToArray();
            md.Line($"- **{Text(c.Name)}** (`{c.Id}`): {Text(c.Description)}");
            md.Line($"  Holds back {held.Length} interventions: {(held.Length == 0 ? "none" : string.Join(", ", held))}.");
            md.Line($"  Sources: {Citations(c.Sources)}");
        }

        md.Line();
    }

    private static void WriteSources(MarkdownText md, IntimacyCatalog catalog)
    {
        md.Line("## Sources");
        md.Line();
        md.Line("Seed articles are the five public articles the project started from; the rest are published works. A URL is given");
        md.Line("only where it has been checked.");
        md.Line();
        md.Line("| Id | Author | Year | Title | Published in | Kind | Evidence | URL |");
        md.Line("|---|---|---|---|---|---|---|---|");
        foreach (var s in catalog.Sources)
        {
            var year = s.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d.";
            md.Line($"| `{s.Id}` | {Cell(s.Author ?? "not named")} | {year} | {Cell(s.Title)} | {Cell(s.PublishedIn ?? "")} | {KindName(s.Kind)} | {EvidenceName(s.Evidence)} | {(s.Url is null ? "" : Escape.Address(s.Url.ToString()).Replace("|", "\\|", StringComparison.Ordinal))} |");
        }
    }

    private static readonly PlanStage[] StageOrder =
        [PlanStage.Urgent, PlanStage.EmotionalFoundation, PlanStage.NonSexualAffection, PlanStage.SexualReconnection, PlanStage.Maintenance, PlanStage.Support];

    private static string Dimensions(IEnumerable<IntimacyDimension> dimensions) => string.Join(", ", dimensions.Select(d => Text(d.Name.ToLowerInvariant())));

    private static string Citations(IEnumerable<SourceReference> references) => string.Join("; ", references.Select(Citation)) + ".";

    private static string Citation(SourceReference reference)
        => $"`{reference.Source.Id}`, {Text(reference.Locator)} ({EvidenceName(reference.Evidence)})";

    // A catalog extended by an app (WithInterventions and the like) holds the app's text: shown as text, on one line.
    private static string Text(string text) => Escape.Inline(text);

    private static string Cell(string text) => Escape.Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string FamilyName(BarrierFamily family) => family switch
    {
        BarrierFamily.Psychological => "Psychological",
        BarrierFamily.Relational => "Relational",
        BarrierFamily.MentalHealth => "Mental health",
        BarrierFamily.Health => "Health",
        BarrierFamily.LifeAndRoutine => "Life and routine",
        _ => family.ToString(),
    };

    private static string StageName(PlanStage stage) => stage switch
    {
        PlanStage.Urgent => "Urgent: safety and emergency routes",
        PlanStage.EmotionalFoundation => "Stage 1: emotional foundation",
        PlanStage.NonSexualAffection => "Stage 2: non-sexual affection",
        PlanStage.SexualReconnection => "Stage 3: sexual reconnection",
        PlanStage.Maintenance => "Stage 4: maintenance",
        PlanStage.Support => "Support track: professional, medical and resource routes",
        _ => stage.ToString(),
    };

    private static string KindName(InterventionKind kind) => kind switch
    {
        InterventionKind.SelfGuidedExercise => "Self-guided exercise",
        InterventionKind.SharedActivity => "Shared activity",
        InterventionKind.ProfessionalTherapy => "Professional therapy",
        InterventionKind.Medical => "Medical",
        InterventionKind.Safety => "Safety",
        InterventionKind.Resource => "Resource",
        _ => kind.ToString(),
    };

    private static string KindName(SourceKind kind) => kind switch
    {
        SourceKind.SeedArticle => "seed article",
        SourceKind.PeerReviewedPaper => "peer-reviewed paper",
        SourceKind.Book => "book",
        SourceKind.Guideline => "guideline",
        SourceKind.InstrumentManual => "instrument manual",
        SourceKind.TechnicalSpecification => "technical specification",
        _ => kind.ToString(),
    };

    private static string ActorName(InterventionActor actor) => actor switch
    {
        InterventionActor.CoupleTogether => "the couple together",
        InterventionActor.OnePartner => "one partner (each may do it individually)",
        _ => actor.ToString(),
    };

    private static string EvidenceName(EvidenceLevel level) => level switch
    {
        EvidenceLevel.PractitionerAdvice => "practitioner advice",
        EvidenceLevel.ObservationalStudy => "observational study",
        EvidenceLevel.Trial => "trial",
        EvidenceLevel.MetaAnalysis => "meta-analysis",
        EvidenceLevel.Guideline => "guideline",
        EvidenceLevel.TechnicalStandard => "technical standard",
        _ => level.ToString(),
    };

    private sealed class MarkdownText
    {
        private readonly StringBuilder _text = new();

        public void Line(string line = "") => _text.Append(line).Append('\n');

        public override string ToString() => _text.ToString();
    }
}
