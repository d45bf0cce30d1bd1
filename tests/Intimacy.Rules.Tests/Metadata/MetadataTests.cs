using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Metadata;

public class MetadataTests
{
    [Name("Preferred customers")]
    [Description("Flags preferred customers")]
    [Tag("customers")]
    [Tag("core")]
    [Priority(5)]
    public sealed class TaggedRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.IsPreferred);
            Then().Do(ctx => GC.KeepAlive(customer));
        }
    }

    [Tag("experimental")]
    public sealed class UntaggedCoreRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => GC.KeepAlive(item));
        }
    }

    public sealed class NamedInDefineRule : Rule
    {
        public override void Define()
        {
            Name("Set in Define");
            Priority(-3);
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => GC.KeepAlive(item));
        }
    }

    [Fact]
    public void Factory_ListsRulesWithTheirMetadata()
    {
        var factory = RuleSession.Factory(typeof(TaggedRule), typeof(NamedInDefineRule));

        var rules = factory.Rules;

        rules.Should().HaveCount(2);
        var tagged = rules[0];
        tagged.Name.Should().Be("Preferred customers");
        tagged.Description.Should().Be("Flags preferred customers");
        tagged.Tags.Should().BeEquivalentTo("customers", "core");
        tagged.Priority.Should().Be(5);
        tagged.Repeatability.Should().Be(RuleRepeatability.Repeatable);
        tagged.Properties[RuleProperties.ClrType].Should().Be(typeof(TaggedRule));
        rules[1].Name.Should().Be("Set in Define");
        rules[1].Priority.Should().Be(-3);
    }

    [Fact]
    public void Load_WhereIsTagged_KeepsOnlyTaggedRules()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(TaggedRule), typeof(UntaggedCoreRule)).Where(rule => rule.IsTagged("core")));

        repository.GetRules().Select(r => r.Name).Should().Equal("Preferred customers");
    }

    [Fact]
    public void Load_FromTypesWithANull_ThrowsNamingTheArgument()
    {
        var repository = new RuleRepository();

        var act = () => repository.Load(x => x.From(typeof(TaggedRule), null!));

        act.Should().Throw<ArgumentException>().WithMessage("*null*").Which.ParamName.Should().Be("types");
    }

    [Fact]
    public void Load_FromAssembly_FindsNestedRulesWhenAsked()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(MetadataTests).Assembly).NestedTypes().Where(rule => rule.IsTagged("experimental")));

        repository.GetRules().Should().ContainSingle().Which.Name.Should().EndWith(nameof(UntaggedCoreRule));
    }

    [Fact]
    public void Load_FromAssembly_SkipsNestedRulesByDefault()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(MetadataTests).Assembly).Where(rule => rule.IsTagged("experimental")));

        repository.GetRules().Should().BeEmpty();
    }

    [Fact]
    public void Load_ToNamedRuleSet_GroupsRules()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(TaggedRule)).To("customers"));
        repository.Load(x => x.From(typeof(UntaggedCoreRule)));

        repository.GetRuleSets().Select(s => s.Name).Should().Equal("customers", "default");
    }

    [Fact]
    public void FiringCounts_CountPerRuleName()
    {
        var session = RuleSession.Create(typeof(TaggedRule), typeof(UntaggedCoreRule));
        session.InsertAll([new Customer("a", true), new Customer("b", true), new Item("x")]);
        session.Fire();

        var counts = session.GetFiringCounts();

        counts.Should().HaveCount(2);
        counts["Preferred customers"].Should().Be(2);
        session.GetFiringCount("Preferred customers").Should().Be(2);
        session.GetFiringCount("unknown").Should().Be(0);
    }

    [Fact]
    public void FiringCounts_NothingFired_Empty()
    {
        var session = RuleSession.Create(typeof(TaggedRule));

        session.GetFiringCounts().Should().BeEmpty();
    }

    [Fact]
    public void CopyFiringCounts_FollowsTheFactorysRuleOrder()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(TaggedRule), typeof(UntaggedCoreRule)));
        var factory = repository.Compile();
        var session = factory.CreateSession();
        session.InsertAll([new Customer("a", true), new Customer("b", true), new Item("x")]);
        session.Fire();

        var counts = new int[factory.Rules.Count + 1];
        session.CopyFiringCounts(counts);

        counts[..factory.Rules.Count].Should().Equal(factory.Rules.Select(r => session.GetFiringCount(r.Name)));
        counts.Sum().Should().Be(session.GetFiringCounts().Values.Sum()).And.BeGreaterThan(0);
    }

    [Fact]
    public void CopyFiringCounts_NothingFired_Zeros_AndTooShortIsRefused()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(TaggedRule), typeof(UntaggedCoreRule)));
        var session = repository.Compile().CreateSession();
        var counts = new[] { 7, 7 };

        session.CopyFiringCounts(counts);

        counts.Should().Equal(0, 0);
        var shortOne = () => session.CopyFiringCounts(new int[1]);
        shortOne.Should().Throw<ArgumentException>();
    }
}
