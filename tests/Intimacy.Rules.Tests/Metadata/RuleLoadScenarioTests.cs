using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Metadata;

/// <summary>Loading rules into a repository (the NRules "rules load" scenarios).</summary>
public class RuleLoadScenarioTests
{
    public sealed class ThrowsInConstructorRule : Rule
    {
        public ThrowsInConstructorRule() => throw new InvalidOperationException("cannot be created");

        public override void Define()
        {
        }
    }

    public sealed class EmptyRule : Rule
    {
        public override void Define()
        {
        }
    }

    public sealed class NoActionRule : Rule
    {
        public override void Define() => When().Match<Item>();
    }

    public sealed class LoadableRule : Rule
    {
        public override void Define()
        {
            When().Match<Item>();
            Then().Do(ctx => ctx.Halt());
        }
    }

    [Name("Tagged for loading"), Tag("load-test")]
    public sealed class TaggedLoadableRule : Rule
    {
        public override void Define()
        {
            When().Match<Item>();
            Then().Do(ctx => ctx.Halt());
        }
    }

    [Fact]
    public void AnAssemblyWithoutRules_LoadsNoRules()
    {
        var fromAssembly = new RuleRepository();
        fromAssembly.Load(x => x.From(typeof(string).Assembly));
        fromAssembly.GetRuleSets().SelectMany(s => s.Rules).Should().BeEmpty();
    }

    [Fact]
    public void AnExplicitTypeThatIsNotARule_IsRefused_WhereNRulesSkipsIt()
    {
        // A documented difference (docs/rules-engine.md, Porting to and from NRules): NRules loads nothing for it.
        var fromTypes = new RuleRepository();

        fromTypes.Invoking(r => r.Load(x => x.From(typeof(string)))).Should().Throw<ArgumentException>()
            .WithMessage("*System.String is not a concrete class deriving from*");
    }

    public sealed class OnlyUndoRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Undo(ctx => GC.KeepAlive(item));
        }
    }

    [Fact]
    public void ARuleBuiltWithoutAMatchAction_IsRefused()
    {
        var builder = new Intimacy.Rules.RuleModel.Builders.RuleBuilder();
        builder.Name("no action");
        builder.LeftHandSide().Pattern(typeof(Item), "item");

        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>().WithMessage("*'no action'*no action that runs when it matches*");
    }

    [Theory]
    [InlineData(typeof(EmptyRule))]
    [InlineData(typeof(NoActionRule))]
    [InlineData(typeof(OnlyUndoRule))]
    public void ARuleWithoutConditionsOrActions_IsRefused_NamingItsType(Type type)
    {
        var repository = new RuleRepository();

        repository.Invoking(r => r.Load(x => x.NestedTypes().From(type)))
            .Should().Throw<RuleDefinitionException>().Which.RuleType.Should().Be(type);
    }

    [Fact]
    public void ARuleThatCannotBeCreated_IsRefused_NamingItsType()
    {
        var repository = new RuleRepository();

        repository.Invoking(r => r.Load(x => x.NestedTypes().From(typeof(ThrowsInConstructorRule))))
            .Should().Throw<RuleActivationException>().Which.RuleType.Should().Be(typeof(ThrowsInConstructorRule));
    }

    [Fact]
    public void RuleSets_AreNamedDefaultUnlessNamed()
    {
        var named = new RuleRepository();
        named.Load(x => x.NestedTypes().From(typeof(LoadableRule).Assembly).Where(r => r.RuleType == typeof(LoadableRule)).To("Test"));
        named.GetRuleSets().Single().Name.Should().Be("Test");

        var unnamed = new RuleRepository();
        unnamed.Load(x => x.NestedTypes().From(typeof(LoadableRule).Assembly).Where(r => r.RuleType == typeof(LoadableRule)));
        unnamed.GetRuleSets().Single().Name.Should().Be("default");
    }

    [Fact]
    public void FilteringByNameOrTag_KeepsTheMatchingRules()
    {
        var byName = new RuleRepository();
        byName.Load(x => x.NestedTypes().From(typeof(LoadableRule).Assembly).Where(r => r.Name.EndsWith("+" + nameof(LoadableRule), StringComparison.Ordinal)));
        byName.GetRuleSets().SelectMany(s => s.Rules).Should().ContainSingle().Which.Name.Should().Be(typeof(LoadableRule).FullName);

        var byTag = new RuleRepository();
        byTag.Load(x => x.NestedTypes().From(typeof(LoadableRule).Assembly).Where(r => r.IsTagged("load-test")));
        byTag.GetRuleSets().SelectMany(s => s.Rules).Should().ContainSingle().Which.Name.Should().Be("Tagged for loading");
    }
}
