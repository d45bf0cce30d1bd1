using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Planning;

namespace Intimacy.Recommendations.Tests.Engine;

/// <summary>
/// The planner's tables, which the engine keeps with each spare rule session for the host's life: an ordinary evaluation
/// hands its drafts and lists on to the next one, and an outsized one (app rules that made thousands of items, findings or
/// reasons) lets go of what it grew. The engine-wide measure of the same is <see cref="OutsizedEvaluationTests"/>.
/// </summary>
public class WorkingPlanTablesTests
{
    /// <summary>The built-in catalog and an app's few thousand items.</summary>
    private static readonly InterventionIndex Index = new([.. Interventions.All, .. GroupEvenings.Make("intervention.test-tables-", 3_000)]);

    [Fact]
    public void AfterAnOrdinaryEvaluation_TheNextReusesItsDraftsAndTheListsKeepTheirRoom()
    {
        var tables = new WorkingPlanTables(Index.Count);
        var first = Evaluation(tables, drafts: 40, reasonsEach: 5);
        var room = (tables.InOrder.Capacity, tables.Findings.Capacity);
        tables.Recycle();

        var next = Evaluation(tables, drafts: 40, reasonsEach: 5);

        next.Should().OnlyContain(d => first.Contains(d), "an ordinary evaluation's drafts serve the next one");
        (tables.InOrder.Capacity, tables.Findings.Capacity).Should().Be(room);
    }

    [Fact]
    public void AfterAnEvaluationWithThousandsOfItemsAndFindings_TheTablesKeepAFewHundredDraftsAndTheirListsStartingRoom()
    {
        var tables = new WorkingPlanTables(Index.Count);
        var first = Evaluation(tables, drafts: Index.Count, reasonsEach: 1, findings: 5_000);
        tables.Recycle();

        tables.InOrder.Capacity.Should().Be(48, "the drafts' list grown to thousands starts again with its ordinary room");
        tables.Findings.Capacity.Should().Be(32, "so does the findings' list");
        var next = Evaluation(tables, drafts: 400, reasonsEach: 1);
        next.Count(first.Contains).Should().Be(WorkingPlanTables.KeptDrafts, "no more drafts are kept than ordinary evaluations could use");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ADraftGivenHundredsOfReasons_OrHundredsFoldedIntoOne_IsNotKept(bool folded)
    {
        var tables = new WorkingPlanTables(Index.Count);
        var first = Evaluation(tables, drafts: 10, reasonsEach: 2);
        var outsized = first.ElementAt(3);
        for (var i = 0; i < 500; i++)
        {
            if (folded)
            {
                outsized.Fold(0, Reason("The same reason again."));
            }
            else
            {
                outsized.AddReason(Reason($"Reason {i} of many."), 40, Indicator.Info);
            }
        }

        tables.Recycle();
        var next = Evaluation(tables, drafts: 10, reasonsEach: 2);

        next.Should().NotContain(outsized, "a draft with room for hundreds of reasons goes with the evaluation that grew it");
        next.Count(first.Contains).Should().Be(9, "the ordinary drafts are kept");
    }

    /// <summary>What an evaluation does to the tables: drafts for the first interventions, each with its reasons, and the plan's findings.</summary>
    private static HashSet<Draft> Evaluation(WorkingPlanTables tables, int drafts, int reasonsEach, int findings = 10)
    {
        var made = new HashSet<Draft>(ReferenceEqualityComparer.Instance);
        foreach (var intervention in Index.All.Take(drafts))
        {
            var draft = tables.NewDraft(Index.Get(intervention.Id), ItemAudience.Couple);
            for (var i = 0; i < reasonsEach; i++)
            {
                draft.AddReason(Reason($"Reason {i}."), 40, Indicator.Info);
            }

            made.Add(draft);
        }

        for (var i = 0; i < findings; i++)
        {
            tables.Findings.Add(new Finding { Id = $"app.finding-{i}", Code = "app.test", Kind = FindingKind.Dyadic, Title = "A finding", RuleName = "App.Test" });
        }

        return made;
    }

    private static Reason Reason(string text) => new() { RuleName = "App.Test", Text = text };
}
