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
        });
        Each(errors, "$.findings", plan.Findings, static (e, path, finding) =>
        {
            Each(e, path + ".inputPaths", finding.InputPaths, static (_, _, _) => { });
            Each(e, path + ".sources", finding.Sources, static (_, _, _) => { });
        });
        return errors;
    }

    private static void CheckItem(List<ValidationError> errors, string path, PlanItem item)
    {
        if (item.Summary.Length >= 140)
        {
            errors.Add(new ValidationError(path + ".summary", ValidationCodes.Range, "must be shorter than 140 characters."));
        }

        NonEmpty(errors, path + ".reasons", item.Reasons, "a reason");
        NonEmpty(errors, path + ".sources", item.Sources, "a source");
        Each(errors, path + ".reasons", item.Reasons, CheckReason);
        Each(errors, path + ".sources", item.Sources, static (_, _, _) => { });
        Each(errors, path + ".contacts", item.Contacts, static (_, _, _) => { });
    }

    private static void CheckReason(List<ValidationError> errors, string path, Reason reason)
    {
        Each(errors, path + ".findingIds", reason.FindingIds, static (_, _, _) => { });
        Each(errors, path + ".inputPaths", reason.InputPaths, static (_, _, _) => { });
    }

    private static void NonEmpty<T>(List<ValidationError> errors, string path, IReadOnlyList<T> list, string what)
    {
        if (list.Count == 0)
        {
            errors.Add(new ValidationError(path, ValidationCodes.Required, $"must hold at least {what}."));
        }
    }

    private static void Each<T>(List<ValidationError> errors, string path, IReadOnlyList<T> list, Action<List<ValidationError>, string, T> check)
    {
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
