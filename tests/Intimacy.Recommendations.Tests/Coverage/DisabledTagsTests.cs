using System.Linq.Expressions;
using CustomRules;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.RuleModel.Builders;

namespace Intimacy.Recommendations.Tests.Coverage;

/// <summary>
/// <see cref="RecommendationOptions.DisabledTags"/> takes only tags some rule carries, exactly as spelt, so a typo
/// cannot leave a family that was meant to be off switched on.
/// </summary>
public class DisabledTagsTests
{
    [Theory]
    [InlineData("sexaul")]
    [InlineData("Sexual")]
    [InlineData("sexual ")]
    public void Build_WithATagNoRuleCarries_ThrowsListingTheSwitchableTags(string tag)
    {
        var act = () => new RecommendationEngineBuilder().Configure(o => o.DisabledTags.Add(tag)).Build();

        var message = act.Should().Throw<ArgumentException>().Which.Message;
        message.Should().Contain($"'{tag}'");
        foreach (var known in RuleTags.Switchable)
        {
            message.Should().Contain(known);
        }

        message.Should().NotContain("'safety'", "safety is not among the tags that can be switched off");
    }

    [Fact]
    public void Build_WithAWronglyCasedTag_SuggestsTheTag()
    {
        var act = () => new RecommendationEngineBuilder().Configure(o => o.DisabledTags.Add("Sexual")).Build();

        act.Should().Throw<ArgumentException>().WithMessage("*'Sexual' (did you mean 'sexual'?)*");
    }

    [Fact]
    public void Build_WithTagsNoRuleCarries_ThrowsAnUnknownRuleTagException_ListingThemAndTheSwitchableTags()
    {
        var act = () => new RecommendationEngineBuilder()
            .AddRules(typeof(ClinicGroupRule))
            .AddInterventions(ExampleClinic.CouplesGroup)
            .Configure(o => o.DisabledTags.UnionWith(["sexaul", RuleTags.Sexual, "Sexual"]))
            .Build();

        var error = act.Should().Throw<UnknownRuleTagException>().Which;
        error.Should().BeAssignableTo<ArgumentException>("callers that catch ArgumentException keep working");
        error.ParamName.Should().Be("options");
        error.UnknownTags.Should().Equal("Sexual", "sexaul");
        error.SwitchableTags.Should().Contain(RuleTags.Switchable).And.Contain("app-example-clinic").And.NotContain(RuleTags.Safety)
            .And.OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        error.Message.Should().Be(
            "DisabledTags has tags that no rule carries: 'Sexual' (did you mean 'sexual'?), 'sexaul'; the tags that can be switched off (case-sensitive) are "
            + string.Join(", ", error.SwitchableTags) + ". (Parameter 'options')");
    }

    [Fact]
    public void Build_WithOneTagNoRuleCarries_SaysATag()
    {
        var act = () => new RecommendationEngineBuilder().Configure(o => o.DisabledTags.Add(" medical")).Build();

        var error = act.Should().Throw<UnknownRuleTagException>().Which;
        error.UnknownTags.Should().Equal(" medical");
        error.SwitchableTags.Should().BeEquivalentTo(RuleTags.Switchable);
        error.Message.Should().StartWith("DisabledTags has a tag that no rule carries: ' medical' (did you mean 'medical'?); the tags that can be switched off (case-sensitive) are ");
    }

    [Fact]
    public void UnknownRuleTagException_OrdersItsLists_AndWordsItsMessageAsTheEngineDoes()
    {
        var error = new UnknownRuleTagException(["zeta", "Alpha", "zeta"], ["beta", "alpha", "beta"]);

        error.UnknownTags.Should().Equal("Alpha", "zeta");
        error.SwitchableTags.Should().Equal("alpha", "beta");
        error.ParamName.Should().Be("options");
        error.Message.Should().Be(
            "DisabledTags has tags that no rule carries: 'Alpha' (did you mean 'alpha'?), 'zeta'; the tags that can be switched off (case-sensitive) are alpha, beta. (Parameter 'options')");
    }

    [Fact]
    public void UnknownRuleTagException_RefusesNullLists_AndNullTags()
    {
        FluentActions.Invoking(() => new UnknownRuleTagException(null!, [])).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("unknownTags");
        FluentActions.Invoking(() => new UnknownRuleTagException([], null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("switchableTags");
        FluentActions.Invoking(() => new UnknownRuleTagException(["a", null!], [])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("unknownTags");
        FluentActions.Invoking(() => new UnknownRuleTagException(["a"], [null!])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("switchableTags");
    }

    [Fact]
    public void UnknownRuleTagException_WithAMessageOnly_HasEmptyLists()
    {
        var error = new UnknownRuleTagException("custom", new InvalidOperationException("cause"));

        error.Message.Should().Be("custom");
        error.InnerException.Should().BeOfType<InvalidOperationException>();
        error.UnknownTags.Should().BeEmpty();
        error.SwitchableTags.Should().BeEmpty();
        new UnknownRuleTagException().UnknownTags.Should().BeEmpty();
    }

    [Fact]
    public void Build_WithEveryBuiltInSwitchableTag_Succeeds()
    {
        var engine = new RecommendationEngineBuilder().Configure(o => o.DisabledTags.UnionWith(RuleTags.Switchable)).Build();

        engine.Rules.Should().OnlyContain(r => r.IsSafety);
    }

    [Fact]
    public void Build_WithAnAppRuleClassTag_SwitchesTheAppRuleOff()
    {
        var engine = new RecommendationEngineBuilder()
            .AddRules(typeof(ClinicGroupRule))
            .AddInterventions(ExampleClinic.CouplesGroup)
            .Configure(o => o.DisabledTags.Add("app-example-clinic"))
            .Build();

        engine.Rules.Should().NotContain(r => r.Name == "App.ExampleClinic.CouplesGroup");
    }

    [Fact]
    public void Build_WithAnAppTagButWithoutTheAppRule_Throws()
    {
        var act = () => new RecommendationEngineBuilder().Configure(o => o.DisabledTags.Add("app-example-clinic")).Build();

        act.Should().Throw<ArgumentException>().WithMessage("*'app-example-clinic'*");
    }

    [Fact]
    public void Build_WithARuntimeRuleTag_SwitchesTheRuntimeRuleOff()
    {
        var builder = new RuleBuilder();
        builder.Name("App.Runtime.Noop");
        builder.Tags(["app-runtime"]);
        builder.LeftHandSide().Pattern(typeof(CoupleProfile), "profile");
        Expression<Action<IContext, CoupleProfile>> nothing = (ctx, profile) => Nothing(profile);
        builder.RightHandSide().Action(nothing);

        var engine = new RecommendationEngineBuilder().AddRules([builder.Build()]).Configure(o => o.DisabledTags.Add("app-runtime")).Build();

        engine.Rules.Should().NotContain(r => r.Name == "App.Runtime.Noop");
    }

    [Fact]
    public void Safety_IsStillRejected()
    {
        var act = () => new RecommendationEngineBuilder().Configure(o => o.DisabledTags.Add(RuleTags.Safety)).Build();

        act.Should().Throw<ArgumentException>().WithMessage("Safety rules cannot be switched off*");
    }

    [Fact]
    public void NullOrBlankTags_AreRejectedWhenAdded()
    {
        var options = new RecommendationOptions();

        options.Invoking(o => o.DisabledTags.Add(null!)).Should().Throw<ArgumentNullException>();
        options.Invoking(o => o.DisabledTags.Add(" ")).Should().Throw<ArgumentException>();
        options.Invoking(o => ((ICollection<string>)o.DisabledTags).Add("")).Should().Throw<ArgumentException>();
        options.Invoking(o => o.DisabledTags.UnionWith([RuleTags.Sexual, "\t"])).Should().Throw<ArgumentException>();
        options.Invoking(o => o.DisabledTags.SymmetricExceptWith([" "])).Should().Throw<ArgumentException>();
        options.DisabledTags.Should().NotContain(t => string.IsNullOrWhiteSpace(t));
    }

    private static void Nothing(CoupleProfile profile) => ArgumentNullException.ThrowIfNull(profile);
}
