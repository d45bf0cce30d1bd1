using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Serialization;

/// <summary>
/// What System.Text.Json cannot check when it reads a plan: null entries inside lists, the format
/// version, and the promises the plan types make (summaries under 140 characters, every item with
/// a reason and a source, every withheld item with a reason).
/// </summary>
internal static class PlanChecks
{
    /// <summary>An item's summary is shorter than this many characters (a CDS Hooks card's summary is).</summary>
    public const int SummaryLimit = 140;

    /// <summary>The top of the priority scale, which starts at 0.</summary>
    public const int PriorityLimit = 100;

    /// <summary>The audiences a view entry (an item's or a withheld item's) may name: every one but the clinician's, whose view is the entry itself.</summary>
    public static IReadOnlyList<Audience> ViewAudiences { get; } = [Audience.Couple, Audience.PartnerA, Audience.PartnerB];

    public static List<ValidationError> Check(RecommendationPlan plan)
    {
        var errors = new List<ValidationError>();
        if (plan.SchemaVersion != RecommendationPlan.CurrentSchemaVersion)
        {
            errors.Add(new ValidationError("$.schemaVersion", ValidationCodes.SchemaVersion, Invariant($"must be {RecommendationPlan.CurrentSchemaVersion}, the plan format this library reads.")));
        }

        if (plan.Stamp.SchemaVersion != plan.SchemaVersion)
        {
            errors.Add(new ValidationError("$.stamp.schemaVersion", ValidationCodes.SchemaVersion, "must equal the plan's schemaVersion."));
        }

        Each(errors, "$.notices", plan.Notices, static (_, _, _) => { });
        Each(errors, "$.urgent", plan.Urgent, CheckItem);
        Each(errors, "$.phases", plan.Phases, static (e, path, phase) => Each(e, path + ".items", phase.Items, CheckItem));
        Each(errors, "$.support", plan.Support, CheckItem);
        Each(errors, "$.withheld", plan.Withheld, static (e, path, withheld) =>
        {
            NonEmpty(e, path + ".reasons", withheld.Reasons, "a reason");
            Each(e, path + ".reasons", withheld.Reasons, CheckReason);
            if (withheld.Views is { } views)
            {
                Each(e, path + ".views", views, static (e2, p2, view) => CheckViewAudience(e2, p2, view.Audience));
                Distinct(e, path + ".views", views, static v => v.Audience);
            }
        });
        Each(errors, "$.findings", plan.Findings, static (e, path, finding) =>
        {
            Each(e, path + ".inputPaths", finding.InputPaths, static (_, _, _) => { });
            Each(e, path + ".sources", finding.Sources, CheckCitation);
        });
        if (plan.Audience != Audience.Clinician)
        {
            CheckVisibleToAudience(errors, plan);
        }

        return errors;
    }

    /// <summary>
    /// A view holds only what its audience may see (<see cref="RecommendationPlan.ForAudience"/> makes it so): JSON that
    /// labels a fuller plan as a narrower view is refused, so no one renders another partner's disclosure under the label.
    /// </summary>
    private static void CheckVisibleToAudience(List<ValidationError> errors, RecommendationPlan plan)
    {
        var audience = plan.Audience;

        // A list left out is reported by Check; there is nothing in it to hide.
        var notices = plan.Notices ?? [];
        var phases = plan.Phases ?? [];
        var withheldItems = plan.Withheld ?? [];
        var findings = plan.Findings ?? [];
        void Hidden(string path) => errors.Add(new ValidationError(
            path, ValidationCodes.Combination, Invariant($"is not visible to the plan's audience ({audience}); a view holds only what its audience may see.")));
        void Reasons(string path, IReadOnlyList<Reason>? reasons)
        {
            reasons ??= [];
            for (var i = 0; i < reasons.Count; i++)
            {
                if (reasons[i] is { } reason && !reason.Disclosure.IsVisibleTo(audience))
                {
                    Hidden(Invariant($"{path}.reasons[{i}]"));
                }
            }
        }

        void Items(string path, IReadOnlyList<PlanItem>? items)
        {
            items ??= [];
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is not { } item)
                {
                    continue;
                }

                var itemPath = Invariant($"{path}[{i}]");
                if (!item.Disclosure.IsVisibleTo(audience))
                {
                    Hidden(itemPath);
                }

                Reasons(itemPath, item.Reasons);
            }
        }

        for (var i = 0; i < notices.Count; i++)
        {
            if (notices[i] is { } notice && !notice.Disclosure.IsVisibleTo(audience))
            {
                Hidden(Invariant($"$.notices[{i}]"));
            }
        }

        Items("$.urgent", plan.Urgent);
        for (var p = 0; p < phases.Count; p++)
        {
            if (phases[p] is { } phase)
            {
                Items(Invariant($"$.phases[{p}].items"), phase.Items);
            }
        }

        Items("$.support", plan.Support);
        for (var i = 0; i < withheldItems.Count; i++)
        {
            if (withheldItems[i] is not { } withheld)
            {
                continue;
            }

            var path = Invariant($"$.withheld[{i}]");
            if (!withheld.Disclosure.IsVisibleTo(audience))
            {
                Hidden(path);
            }

            Reasons(path, withheld.Reasons);
        }

        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i] is { } finding && !finding.Disclosure.IsVisibleTo(audience))
            {
                Hidden(Invariant($"$.findings[{i}]"));
            }
        }
    }

    private static void CheckItem(List<ValidationError> errors, string path, PlanItem item)
    {
        // Characters as JSON Schema's maxLength counts them (Unicode code points), not UTF-16 code units: an emoji is one.
        if (item.Summary.EnumerateRunes().Count() >= SummaryLimit)
        {
            errors.Add(new ValidationError(path + ".summary", ValidationCodes.Range, Invariant($"must be shorter than {SummaryLimit} characters.")));
        }

        CheckPriority(errors, path, item.Priority);

        NonEmpty(errors, path + ".reasons", item.Reasons, "a reason");
        NonEmpty(errors, path + ".sources", item.Sources, "a source");
        Each(errors, path + ".reasons", item.Reasons, CheckReason);
        Each(errors, path + ".sources", item.Sources, CheckCitation);
        Each(errors, path + ".contacts", item.Contacts, static (_, _, _) => { });
        if (item.Views is { } views)
        {
            Each(errors, path + ".views", views, static (e, p, view) =>
            {
                CheckViewAudience(e, p, view.Audience);
                CheckPriority(e, p, view.Priority);
            });
            Distinct(errors, path + ".views", views, static v => v.Audience);
        }
    }

    private static void CheckPriority(List<ValidationError> errors, string path, int priority)
    {
        if (priority is < 0 or > PriorityLimit)
        {
            errors.Add(new ValidationError(path + ".priority", ValidationCodes.Range, Invariant($"must be from 0 to {PriorityLimit}.")));
        }
    }

    // A view entry is for a narrower audience than the clinician, whose view is the item itself; one per audience.
    private static void CheckViewAudience(List<ValidationError> errors, string path, Audience audience)
    {
        if (!ViewAudiences.Contains(audience))
        {
            errors.Add(new ValidationError(path + ".audience", ValidationCodes.Range, "must be couple, partnerA or partnerB."));
        }
    }

    private static void Distinct<T>(List<ValidationError> errors, string path, IReadOnlyList<T?> views, Func<T, Audience> audienceOf)
        where T : class
    {
        if (views.OfType<T>().GroupBy(audienceOf).Any(g => g.Count() > 1))
        {
            errors.Add(new ValidationError(path, ValidationCodes.Range, "must name each audience at most once."));
        }
    }

    // A source's address is an absolute http(s) one (Source says so); the reader's Uri takes any text, even relative.
    private static void CheckCitation(List<ValidationError> errors, string path, Citation citation)
    {
        if (citation.Url is { } url && !(url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add(new ValidationError(path + ".url", ValidationCodes.Range, "must be an absolute http or https address, or null."));
        }
    }

    private static void CheckReason(List<ValidationError> errors, string path, Reason reason)
    {
        Each(errors, path + ".findingIds", reason.FindingIds, static (_, _, _) => { });
        Each(errors, path + ".inputPaths", reason.InputPaths, static (_, _, _) => { });
    }

    private static void NonEmpty<T>(List<ValidationError> errors, string path, IReadOnlyList<T>? list, string what)
    {
        if (list is { Count: 0 })
        {
            errors.Add(new ValidationError(path, ValidationCodes.Required, $"must hold at least {what}."));
        }
    }

    private static void Each<T>(List<ValidationError> errors, string path, IReadOnlyList<T>? list, Action<List<ValidationError>, string, T> check)
    {
        // The source-generated reader leaves a list that the JSON leaves out null (PlanLists.Own keeps it so): refuse it.
        if (list is null)
        {
            errors.Add(new ValidationError(path, ValidationCodes.Required, "is required but missing."));
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var itemPath = Invariant($"{path}[{i}]");
            if (list[i] is null)
            {
                errors.Add(new ValidationError(itemPath, ValidationCodes.Required, "cannot be null."));
                continue;
            }

            check(errors, itemPath, list[i]);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
