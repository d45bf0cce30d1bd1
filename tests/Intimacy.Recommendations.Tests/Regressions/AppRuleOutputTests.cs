using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules;
using Intimacy.Recommendations.Tests.Scenarios;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found by writing an app against the packages: a candidate or finding an app rule built with a missing member
/// (a null reason, a null title) or an undefined enum value was accepted, and the evaluation then failed with a
/// bare <see cref="NullReferenceException"/>, or the plan came back but could not be rendered or read back from
/// its own JSON. Candidates are now checked where the rule makes them, findings where they enter the plan.
/// </summary>
public class AppRuleOutputTests
{
    private static readonly Reason AReason = new() { RuleName = "App.Rule", Text = "Because." };

    public static TheoryData<string, Func<Candidate>> BadCandidates => new()
    {
        { "InterventionId", () => new Candidate(null!, 50, ItemAudience.Couple, AReason) },
        { "InterventionId", () => new Candidate(" ", 50, ItemAudience.Couple, AReason) },
        { "Reason", () => new Candidate("intervention.weekly-check-in", 50, ItemAudience.Couple, null!) },
        { "Reason", () => new Candidate("intervention.weekly-check-in", 50, ItemAudience.Couple, AReason with { Text = null! }) },
        { "Reason", () => new Candidate("intervention.weekly-check-in", 50, ItemAudience.Couple, AReason with { RuleName = null! }) },
        { "Reason", () => new Candidate("intervention.weekly-check-in", 50, ItemAudience.Couple, AReason with { InputPaths = null! }) },
        { "Reason", () => new Candidate("intervention.weekly-check-in", 50, ItemAudience.Couple, AReason with { FindingIds = [null!] }) },
        { "Audience", () => new Candidate("intervention.weekly-check-in", 50, (ItemAudience)42, AReason) },
        { "Indicator", () => new Candidate("intervention.weekly-check-in", 50, ItemAudience.Couple, AReason, (Indicator)9) },
        { "Reason", () => new Candidate("intervention.weekly-check-in", 50, ItemAudience.Couple, AReason) with { Reason = null! } },
    };

    [Theory]
    [MemberData(nameof(BadCandidates))]
    public void ACandidateWithAMissingOrUndefinedMember_IsRefusedWhereItIsMade_NamingTheMember(string member, Func<Candidate> make)
    {
        var act = () => make();

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(member);
    }

    [Fact]
    public void ACandidateOutsideThePriorityRange_IsAcceptedAndClamped()
    {
        var engine = new RecommendationEngineBuilder().AddRules(typeof(LoudCandidate)).Build();

        var item = engine.Recommend(Couples.Both()).AllItems.Single(i => i.InterventionId == "intervention.weekly-check-in");

        item.Priority.Should().Be(100);
    }

    [Fact]
    public void AnAppRuleMakingABadCandidate_FailsTheEvaluation_NamingTheRuleAndTheMember()
    {
        var engine = new RecommendationEngineBuilder().AddRules(typeof(NullReasonCandidate)).Build();

        var act = () => engine.Recommend(Couples.Both());

        act.Should().Throw<RuleRhsExpressionEvaluationException>()
            .Where(e => e.RuleName == "App.NullReasonCandidate")
            .WithInnerException<ArgumentNullException>().Which.ParamName.Should().Be("Reason");
    }

    public static TheoryData<string, Func<Finding, Finding>> BadFindings => new()
    {
        { "Id", f => f with { Id = null! } },
        { "Code", f => f with { Code = " " } },
        { "Title", f => f with { Title = null! } },
        { "RuleName", f => f with { RuleName = null! } },
        { "InputPaths", f => f with { InputPaths = null! } },
        { "InputPaths", f => f with { InputPaths = [null!] } },
        { "Sources", f => f with { Sources = null! } },
        { "Sources", f => f with { Sources = [null!] } },
        { "Kind", f => f with { Kind = (FindingKind)77 } },
        { "Indicator", f => f with { Indicator = (Indicator)9 } },
        { "Subject", f => f with { Subject = (PartnerId)5 } },
    };

    [Theory]
    [MemberData(nameof(BadFindings))]
    public void AFindingWithAMissingOrUndefinedMember_FailsTheEvaluation_NamingTheRuleAndTheMember(string member, Func<Finding, Finding> spoil)
    {
        BadFinding.Spoil = spoil;
        var engine = new RecommendationEngineBuilder().AddRules(typeof(BadFinding)).Build();

        var act = () => engine.Recommend(Couples.Both());

        // A finding without a rule name cannot name its rule; it is named by its id instead.
        act.Should().Throw<InvalidOperationException>()
            .WithMessage(member == "RuleName" ? "*'app.finding:partnerA'*RuleName*" : member == "Id" ? "*'App.BadFinding'*Id*" : $"*'App.BadFinding'*'app.finding:partnerA'*{member}*");
    }

    [Fact]
    public void AWellFormedAppFinding_StillReachesThePlan_AndReadsBack()
    {
        BadFinding.Spoil = f => f;
        var engine = new RecommendationEngineBuilder().AddRules(typeof(BadFinding)).Build();

        var plan = engine.Recommend(Couples.Both());

        plan.Findings.Should().ContainSingle(f => f.Id == "app.finding:partnerA");
        PlanJson.Serialize(PlanJson.Deserialize(PlanJson.Serialize(plan))).Should().Be(PlanJson.Serialize(plan));
    }

    /// <summary>Proposes the weekly check-in with a priority above the range.</summary>
    [Name("App.LoudCandidate")]
    public sealed class LoudCandidate : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            Respondent respondent = null!;
            When().Match(() => respondent, r => r.Partner == PartnerId.PartnerA);
            Then().Do(ctx => ctx.Insert(new Candidate("intervention.weekly-check-in", 500, ItemAudience.Couple, new Reason { RuleName = ctx.Rule.Name, Text = "Loud." })));
        }
    }

    /// <summary>Proposes an item without a reason.</summary>
    [Name("App.NullReasonCandidate")]
    public sealed class NullReasonCandidate : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            Respondent respondent = null!;
            When().Match(() => respondent, r => r.Partner == PartnerId.PartnerA);
            Then().Do(ctx => ctx.Insert(new Candidate("intervention.weekly-check-in", 50, ItemAudience.Couple, null!)));
        }
    }

    /// <summary>Records a finding about partner A, spoilt by the test.</summary>
    [Name("App.BadFinding")]
    public sealed class BadFinding : Rule
    {
        public static Func<Finding, Finding> Spoil { get; set; } = f => f;

        /// <inheritdoc />
        public override void Define()
        {
            Respondent respondent = null!;
            When().Match(() => respondent, r => r.Partner == PartnerId.PartnerA);
            Then().Do(ctx => ctx.Insert(Make(ctx.Rule.Name)));
        }

        private static Finding Make(string ruleName) => Spoil(new Finding
            {
                Id = "app.finding:partnerA",
                Code = "app.finding",
                Kind = FindingKind.WarningSign,
                Title = "An app's finding",
                RuleName = ruleName,
                Subject = PartnerId.PartnerA,
                InputPaths = ["$.partnerA.view.affection"],
                Sources = [],
                Disclosure = Disclosure.Shared,
            });
    }
}
