using System.Text.RegularExpressions;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Tests.Scenarios;
using Intimacy.Rules;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Engine;

/// <summary>
/// When an app rule fails, the engine's error names the rule and the expression, never the facts it matched: the
/// profile, its sections and the engine's own facts print no answer, so the whole exception (message, <c>ToString()</c>,
/// inner exceptions) can be logged. What the app's own code puts in its own exception is the app's.
/// </summary>
public class AppRuleFailureMessageTests
{
    private static readonly CoupleProfile Marked = Couples.Both(
        a => a.View(v => v with { SexPerYear = 863, DistanceMonths = 577 }).WellbeingScores(w => w with { Fsfi = 23.4567, FsfiSexuallyActive = true }),
        b => b.View(v => v with { SexPerYear = 864 }));

    // Partner A's answers make the condition divide by zero (863 - 577 - 286); the rule's own code names none of them.
    private static readonly string[] Markers = ["863", "864", "577", "23.4567", "23,4567", "SexPerYear =", "Fsfi ="];

    public sealed class FailsInCondition : Rule
    {
        public override void Define()
        {
            Respondent respondent = null!;
            CoupleProfile profile = null!;
            When()
                .Match(() => profile)
                .Match(() => respondent, r => 1 / (r.Response.View!.SexPerYear!.Value - (r.Response.View.DistanceMonths ?? 0) - 286) > 0);
            Then().Do(ctx => ctx.Halt());
        }
    }

    public sealed class FailsInAction : Rule
    {
        public override void Define()
        {
            Couple couple = null!;
            CoupleProfile profile = null!;
            When().Match(() => couple).Match(() => profile);
            Then().Do(ctx => Fail(couple, profile));
        }

        private static void Fail(Couple couple, CoupleProfile profile) =>
            throw new InvalidOperationException("The app's rule failed on " + couple + " and " + profile + " and " + profile.PartnerA.View + " and " + profile.PartnerA.WellbeingScores + ".");
    }

    [Theory]
    [InlineData(typeof(FailsInCondition))]
    [InlineData(typeof(FailsInAction))]
    public void AnAppRuleFailure_NamesTheRule_AndPrintsNoAnswer_EvenWhereTheAppPrintsTheFacts(Type rule)
    {
        var engine = new RecommendationEngineBuilder().AddRules([rule]).Build();

        var act = () => engine.Recommend(Marked);

        var error = act.Should().Throw<RuleExecutionException>().Which;
        var text = string.Empty;
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            text += e.Message + "|" + e + "|" + string.Join(",", e.Data.Values.Cast<object?>()) + "|";
        }

        text.Should().Contain(rule.Name);

        // The stack trace's numbers are the runtime's and the source's, not answers: a compiled condition's frame
        // (lambda_method28638) or a line number may contain a marker's digits depending on what ran before.
        text = Regex.Replace(text, @"lambda_method\d+|:line \d+", "#");
        Markers.Where(m => text.Contains(m, StringComparison.Ordinal)).Should().BeEmpty("the error was: " + text);
    }
}
