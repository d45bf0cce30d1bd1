using Intimacy.Core.Plans;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;

namespace CustomRules;

/// <summary>
/// The app's own rule: when a responding partner's answers show the couple drifting apart (living
/// like housemates, or distance that persists), propose the clinic's couples group. It only
/// proposes; the library's safety veto still decides whether a joint item may be shown.
/// </summary>
[Name("App.ExampleClinic.CouplesGroup")]
[Description("Drifting apart (parallel lives or lasting distance) suggests the example clinic's couples group.")]
[Tag("app-example-clinic")]
[Priority(10)]
public sealed class ClinicGroupRule : Rule
{
    private static readonly HashSet<string> DriftCodes =
    [
        WarningSigns.ParallelLives.Id,
        WarningSigns.PersistentEmotionalDistance.Id,
    ];

    /// <inheritdoc />
    public override void Define()
    {
        Respondent respondent = null!;
        Finding finding = null!;

        When()
            .Match(() => respondent)
            .Match(() => finding,
                f => DriftCodes.Contains(f.Code),
                f => f.Subject == null || f.Subject == respondent.Partner);
        Then()
            .Do(ctx => Propose(ctx, finding));
    }

    private static void Propose(IContext context, Finding finding)
    {
        // The reason inherits the finding's inputs and disclosure, so privacy filtering treats the
        // app's item exactly like a built-in one.
        var reason = new Reason
        {
            RuleName = context.Rule.Name,
            Text = $"{finding.Title}: the clinic's group gives a couple guided practice in reconnecting alongside others.",
            FindingIds = [finding.Id],
            InputPaths = finding.InputPaths,
            Threshold = finding.Threshold,
            Disclosure = finding.Disclosure,
        };
        context.Insert(new Candidate(ExampleClinic.CouplesGroup.Id, 58, ItemAudience.Couple, reason));
    }
}
