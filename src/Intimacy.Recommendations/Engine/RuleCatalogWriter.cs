using System.Globalization;
using System.Text;
using Intimacy.Recommendations.Options;
using Intimacy.Shared;

namespace Intimacy.Recommendations.Engine;

/// <summary>
/// Writes an engine's rule catalog as Markdown: the rule count, every rule grouped by family (safety,
/// the detection families, the recommendation families) with its priority, tags and description,
/// and the table of adjustable thresholds. <c>docs/rules.md</c> is this output for
/// <see cref="RecommendationEngine.CreateDefault"/>.
/// </summary>
/// <remarks>The output is deterministic (ordinal order, invariant culture, "\n" line ends) so it can be compared with a committed file.</remarks>
public static class RuleCatalogWriter
{
    private const string OtherLayer = "other";

    private static readonly Family[] Families =
    [
        new(RuleTags.Safety, RuleTags.Safety, "Safety gates", "One rule per row of the safety table in `docs/safety.md`. They read constants rather than options and can never be switched off; the final veto enforces the table after every rule has run, whatever any rule proposed."),
        new(RuleTags.Detection, RuleTags.WarningSigns, "Warning signs", "One rule per warning sign of the catalog, using the sign's own specification; unknown answers never count as the sign."),
        new(RuleTags.Detection, RuleTags.Barriers, "Barriers (causes)", "Causes that the answers show or suggest, one rule per barrier, recorded for the partner who answered."),
        new(RuleTags.Detection, RuleTags.Instruments, "Questionnaires", "Published cut-offs read in the right direction, taken from the options so that a changed threshold shows up in every reason."),
        new(RuleTags.Detection, RuleTags.Dyadic, "Comparing the partners", "Findings only visible side by side: disagreement, desire discrepancy, PAIR gaps, one partner leaning out."),
        new(RuleTags.Detection, RuleTags.Escalation, "Help tried so far", "What the couple has already tried and whether it helped."),
        new(RuleTags.Recommendation, RuleTags.Emotional, "Emotional foundation", "Steps that rebuild safety, appreciation and conversation first."),
        new(RuleTags.Recommendation, RuleTags.Affection, "Non-sexual affection", "Touch and closeness without a sexual aim."),
        new(RuleTags.Recommendation, RuleTags.Sexual, "Sexual reconnection", "Steps for the sexual relationship, always with both partners' consent."),
        new(RuleTags.Recommendation, RuleTags.SharedExperiences, "Shared experiences", "Time together, novelty and shared activities."),
        new(RuleTags.Recommendation, RuleTags.Wellbeing, "Stress and self-care", "Relief for stress, exhaustion and caring loads."),
        new(RuleTags.Recommendation, RuleTags.Professional, "Professional help", "Therapy and counselling routes, for one partner or both."),
        new(RuleTags.Recommendation, RuleTags.Medical, "Medical referral", "A doctor or prescriber first where a physical cause is possible."),
        new(RuleTags.Recommendation, RuleTags.Escalation, "Escalation", "Stronger advice to seek help when self-help has not been enough."),
        new(RuleTags.Recommendation, RuleTags.Maintenance, "Maintenance and resources", "Keeping what works and where to read more."),
    ];

    /// <summary>Writes the rule catalog of an engine.</summary>
    /// <param name="engine">The engine whose compiled rules and options to describe.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public static string Write(IRecommendationEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var groups = engine.Rules.GroupBy(FamilyOf).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Name, StringComparer.Ordinal).ToList());
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');

        Line("# Rule catalog");
        Line();
        Line("<!-- Generated from RecommendationEngine.CreateDefault() by Intimacy.Recommendations.Engine.RuleCatalogWriter. Do not edit by hand:");
        Line("     run `UPDATE_SNAPSHOTS=1 dotnet test tests/Intimacy.Recommendations.Tests -c Release` and commit the result. -->");
        Line();
        Line("Every rule the engine compiles, in three layers. Safety rules record the rows of the safety table; detection rules");
        Line("turn answers into findings; recommendation rules turn findings into candidate steps, each with a priority and a");
        Line("reason. The engine then applies the safety veto and stages the plan. Higher priorities fire first. Any family");
        Line("except safety can be switched off through `RecommendationOptions.DisabledTags`, by its tag below spelt exactly:");
        Line("building an engine rejects a tag that no rule carries. The layer tags `" + RuleTags.Detection + "` and `" + RuleTags.Recommendation + "` switch off a");
        Line("whole layer at once (every detection or every recommendation rule; the safety rules stay).");
        Line();
        var safety = engine.Rules.Count(r => r.IsSafety);
        var detection = engine.Rules.Count(r => !r.IsSafety && r.Tags.Contains(RuleTags.Detection));
        var recommendation = engine.Rules.Count(r => !r.IsSafety && r.Tags.Contains(RuleTags.Recommendation));
        var other = engine.Rules.Count - safety - detection - recommendation;
        Line(Invariant($"**{engine.Rules.Count} rules**: {safety} safety, {detection} detection, {recommendation} recommendation{(other > 0 ? Invariant($", {other} other") : string.Empty)}; {engine.Rules.Count(r => r.IsBuiltIn)} built in, {engine.Rules.Count(r => !r.IsBuiltIn)} added by the app."));
        Line();
        Line($"Rule-set hash (stamped on every plan): `{engine.RuleSetHash}`.");
        Line();
        Line("| Layer | Family | Tag | Rules |");
        Line("|---|---|---|---|");
        foreach (var (family, rules) in Ordered(groups))
        {
            Line(Invariant($"| {LayerName(family.Layer)} | [{Cell(family.Title)}](#{Anchor(family.Title)}) | {CodeCell(family.Tag)} | {rules.Count} |"));
        }

        string? layer = null;
        foreach (var (family, rules) in Ordered(groups))
        {
            if (family.Layer != layer)
            {
                layer = family.Layer;
                Line();
                Line("## " + LayerHeading(layer));
            }

            Line();
            Line("### " + MarkdownText.Inline(family.Title));
            Line();
            Line(Invariant($"{family.Blurb} {rules.Count} {(rules.Count == 1 ? "rule" : "rules")}."));
            Line();
            Line("| Rule | Priority | Tags | What it does |");
            Line("|---|---|---|---|");
            foreach (var rule in rules)
            {
                var origin = rule.IsBuiltIn ? string.Empty : " (app)";
                var tags = string.Join(", ", rule.Tags.Select(CodeCell));
                Line(Invariant($"| {CodeCell(rule.Name)}{origin} | {rule.Priority} | {tags} | {Cell(rule.Description)} |"));
            }
        }

        WriteThresholds(md, engine);
        return md.ToString();
    }

    private static void WriteThresholds(StringBuilder md, IRecommendationEngine engine)
    {
        var options = engine.Options;
        md.Append("\n## Thresholds\n\n")
            .Append("The adjustable numbers the detection rules read, from `RecommendationOptions.Thresholds`. A literature default is a\n")
            .Append("published cut-off, cited by its source id (see `docs/domain.md`); a project default is this project's choice where\n")
            .Append("the literature gives no number. Safety gates read none of these. Change them in the `AddIntimacyCore(o => ...)` or\n")
            .Append("`Configure(o => ...)` delegate (for configuration, bind it there: `section.Bind(o)`) or with `SetThreshold(name, value)`,\n")
            .Append("within the accepted range (a value outside it throws where it is set); every reason then quotes the value in force.\n\n")
            .Append("| Option | Default | In force | Basis | Source | Accepted range | What it decides |\n")
            .Append("|---|---|---|---|---|---|---|\n");
        foreach (var d in RecommendationOptions.Thresholds)
        {
            var source = d.SourceId is null ? "none"
                : engine.Catalog.TryGetSource(d.SourceId, out var s) ? $"`{d.SourceId}` ({Cell(s.ToString())})" : $"`{d.SourceId}`";
            var basis = d.Basis == ThresholdBasis.Literature ? "literature" : "project default";
            md.Append(Invariant($"| `{d.Name}` | {d.DefaultValue} | {options.GetThreshold(d.Name)} | {basis} | {source} | {d.Minimum} to {d.Maximum} | {Cell(d.Description)} |\n"));
        }
    }

    private static IEnumerable<(Family Family, List<RuleInfo> Rules)> Ordered(Dictionary<Family, List<RuleInfo>> groups)
    {
        foreach (var family in Families)
        {
            if (groups.TryGetValue(family, out var rules))
            {
                yield return (family, rules);
            }
        }

        foreach (var (family, rules) in groups.Where(g => Array.IndexOf(Families, g.Key) < 0).OrderBy(g => g.Key.Layer, StringComparer.Ordinal).ThenBy(g => g.Key.Tag, StringComparer.Ordinal))
        {
            yield return (family, rules);
        }
    }

    private static Family FamilyOf(RuleInfo rule)
    {
        if (rule.IsSafety)
        {
            return Families[0];
        }

        var layer = rule.Tags.Contains(RuleTags.Detection) ? RuleTags.Detection
            : rule.Tags.Contains(RuleTags.Recommendation) ? RuleTags.Recommendation
            : OtherLayer;
        foreach (var tag in rule.Tags)
        {
            foreach (var family in Families)
            {
                if (family.Layer == layer && family.Tag == tag)
                {
                    return family;
                }
            }
        }

        var first = rule.Tags.FirstOrDefault(t => t != layer) ?? "untagged";
        return new Family(layer, first, "Other rules tagged " + first, "Rules outside the built-in families, usually added by the app.");
    }

    private static string LayerName(string layer) => layer switch
    {
        RuleTags.Safety => "safety",
        RuleTags.Detection => "detection",
        RuleTags.Recommendation => "recommendation",
        _ => "other",
    };

    private static string LayerHeading(string layer) => layer switch
    {
        RuleTags.Safety => "Safety",
        RuleTags.Detection => "Detection: from answers to findings",
        RuleTags.Recommendation => "Recommendation: from findings to candidate steps",
        _ => "Other rules",
    };

    // GitHub's heading anchors: lower case, spaces to hyphens, punctuation other than hyphens dropped.
    private static string Anchor(string title) =>
        new([.. title.ToLowerInvariant().Replace(' ', '-').Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);

    // An app's rule names, tags and descriptions are text: escaped as Markdown, on one line, with the table's pipes
    // escaped too.
    private static string Cell(string text) => MarkdownText.Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    // A pipe ends a cell even inside a code span, and viewers differ on whether "\|" there shows the backslash:
    // a name with a pipe is written as escaped text instead.
    private static string CodeCell(string text) => text.Contains('|', StringComparison.Ordinal) ? Cell(text) : MarkdownText.Code(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Family(string Layer, string Tag, string Title, string Blurb);
}
