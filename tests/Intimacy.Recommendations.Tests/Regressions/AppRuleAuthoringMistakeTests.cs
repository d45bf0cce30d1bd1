using System.Linq.Expressions;
using System.Reflection;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.RuleModel.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Mistakes an app developer makes adding rules to the recommendation engine, and how each is reported: as early as it
/// can be known (the AddRules call, Build, else the evaluation), naming the rule or type and what is wrong.
/// </summary>
public class AppRuleAuthoringMistakeTests
{
    private static readonly CoupleProfile Profile = CoupleProfileBuilder.Create().WithPartnerA(40).Build();

    [Theory]
    [InlineData(typeof(string))]
    [InlineData(typeof(AbstractAppRule))]
    public void AddRulesWithATypeThatIsNotARuleClass_IsRefusedByTheCall_NamingTheType(Type type)
    {
        var act = () => new RecommendationEngineBuilder().AddRules(type);

        act.Should().Throw<ArgumentException>().WithMessage($"{type}*is not a rule class*deriving from*Rule*")
            .Which.ParamName.Should().Be("ruleTypes");
    }

    [Fact]
    public void AddRulesWithATypeThatIsNotARuleClass_ThroughTheContainer_IsRefusedByTheCall()
    {
        var services = new ServiceCollection();

        var act = () => services.AddIntimacyCore().AddRules(typeof(string));

        act.Should().Throw<ArgumentException>().WithMessage("System.String is not a rule class*");
    }

    [Fact]
    public void AddRulesWithNull_IsRefusedByTheCall()
    {
        var builder = new RecommendationEngineBuilder();

        builder.Invoking(b => b.AddRules((Type[])null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("ruleTypes");
        builder.Invoking(b => b.AddRules((Type)null!)).Should().Throw<ArgumentException>().WithMessage("The element at index 0 is null*");
        builder.Invoking(b => b.AddRules((Assembly)null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("assembly");
        builder.Invoking(b => b.AddRules((IEnumerable<IRuleDefinition>)null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("rules");
    }

    [Fact]
    public void AppRuleWithoutParameterlessConstructor_FailsBuild_SayingWhatToDo()
    {
        var act = () => new RecommendationEngineBuilder().AddRules(typeof(NeedsAService)).Build();

        act.Should().Throw<RuleActivationException>().WithMessage($"*no parameterless constructor*{nameof(NeedsAService)}*");
    }

    [Fact]
    public void AppRuleWhoseServiceIsNotRegistered_FailsWhenTheEngineIsResolved_NamingTheRuleAndTheService()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore().AddRules(typeof(NeedsAService));

        var act = () => services.BuildServiceProvider().GetRequiredService<IRecommendationEngine>();

        act.Should().Throw<RuleActivationException>().WithMessage($"*{nameof(NeedsAService)}*Unable to resolve service for type*{nameof(ClinicDirectory)}*");
    }

    [Fact]
    public void AppRuleNamedLikeABuiltInRule_FailsBuild_NamingTheName()
    {
        var act = () => new RecommendationEngineBuilder().AddRules(typeof(BuiltInNamed)).Build();

        act.Should().Throw<ArgumentException>().WithMessage("Two rules are named 'Detect.Barrier.RoutineAndBoredom'; rule names must be unique*");
    }

    [Fact]
    public void RuntimeAppRuleNamedLikeABuiltInRule_FailsBuild_NamingTheName()
    {
        var builder = new RuleBuilder();
        builder.Name("Detect.Barrier.RoutineAndBoredom");
        builder.LeftHandSide().Pattern(typeof(CoupleProfile), "profile");
        builder.RightHandSide().Action((Expression<Action<IContext>>)(ctx => ctx.Halt()));

        var act = () => new RecommendationEngineBuilder().AddRules([builder.Build()]).Build();

        act.Should().Throw<ArgumentException>().WithMessage("Two rules are named 'Detect.Barrier.RoutineAndBoredom'*");
    }

    [Fact]
    public void AppRuleProposingAnUnknownIntervention_FailsTheEvaluation_NamingTheRuleAndTheId()
    {
        var act = () => new RecommendationEngineBuilder().AddRules(typeof(ProposeUnknown)).Build().Recommend(Profile);

        act.Should().Throw<InvalidOperationException>().WithMessage("The rule 'App.ProposeUnknown' proposed the intervention 'intervention.nowhere', which is not in the catalog; register it with AddInterventions.");
    }

    [Theory]
    [InlineData("", "app.finding", "Id")]
    [InlineData("app.finding", "", "Code")]
    public void AppFindingWithAnEmptyIdOrCode_FailsTheEvaluation_NamingTheRuleAndTheMember(string id, string code, string member)
    {
        EmptyFinding.Id = id;
        EmptyFinding.Code = code;
        var engine = new RecommendationEngineBuilder().AddRules(typeof(EmptyFinding)).Build();

        var act = () => engine.Recommend(Profile);

        act.Should().Throw<InvalidOperationException>().WithMessage($"The rule 'App.EmptyFinding' inserted a finding*whose {member} is missing*");
    }

    [Fact]
    public void CandidatePriorityOutsideTheRange_IsKept_AndCountsAsItsNearerEnd_AsDocumented()
    {
        var candidate = new Candidate("intervention.x", 500, ItemAudience.Couple, new Reason { RuleName = "App.Rule", Text = "Why." });

        candidate.Priority.Should().Be(500, "the documented contract: a value outside 0-100 counts as its nearer end when ranked, and is not an error");
    }

    [Fact]
    public void AppRuleTaggedSafety_IsAccepted_StaysOnWhateverTheOptions_AndIsNotABuiltInSafetyRule()
    {
        var engine = new RecommendationEngineBuilder().AddRules(typeof(SafetyTagged)).Build();

        var rule = engine.Rules.Single(r => r.Name == "App.SafetyTagged");
        rule.IsSafety.Should().BeTrue();
        rule.IsBuiltIn.Should().BeFalse();
        engine.Invoking(e => e.Recommend(Profile)).Should().NotThrow();
    }

    [Fact]
    public void DisablingAnUnknownTag_FailsBuild_WithTheTypedException_SuggestingTheTagMeant()
    {
        var act = () => new RecommendationEngineBuilder().Configure(o => o.DisabledTags.Add("Sexual ")).Build();

        var error = act.Should().Throw<UnknownRuleTagException>().Which;
        error.Message.Should().Contain("'Sexual '").And.Contain("did you mean 'sexual'?");
        error.UnknownTags.Should().Equal("Sexual ");
    }

    /// <summary>Not creatable: the container must pass it a service.</summary>
    public sealed class ClinicDirectory
    {
    }

    /// <summary>A rule class that cannot be created (abstract).</summary>
    public abstract class AbstractAppRule : InsertingRule
    {
    }

    /// <summary>Needs a service, so only the container can create it.</summary>
    [Name("App.NeedsAService")]
    public sealed class NeedsAService(ClinicDirectory directory) : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() => directory is null ? [] : [];
    }

    /// <summary>Takes a built-in rule's name.</summary>
    [Name("Detect.Barrier.RoutineAndBoredom")]
    public sealed class BuiltInNamed : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() => [];
    }

    /// <summary>Proposes an id no catalog has.</summary>
    [Name("App.ProposeUnknown")]
    public sealed class ProposeUnknown : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() =>
            [new Candidate("intervention.nowhere", 50, ItemAudience.Couple, new Reason { RuleName = "App.ProposeUnknown", Text = "Nowhere." })];
    }

    /// <summary>Inserts a finding with the id and code the test sets (tests of this class do not run in parallel).</summary>
    [Name("App.EmptyFinding")]
    public sealed class EmptyFinding : InsertingRule
    {
        public static string Id { get; set; } = "app.finding";

        public static string Code { get; set; } = "app.finding";

        /// <inheritdoc />
        protected override IEnumerable<object> Facts() =>
        [
            new Finding
            {
                Id = Id, Code = Code, Title = "Title", RuleName = "App.EmptyFinding", Kind = FindingKind.Barrier,
                Indicator = Indicator.Info, InputPaths = [], Sources = [],
            },
        ];
    }

    /// <summary>Claims the safety tag.</summary>
    [Name("App.SafetyTagged")]
    [Tag(RuleTags.Safety)]
    public sealed class SafetyTagged : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() => [];
    }
}
