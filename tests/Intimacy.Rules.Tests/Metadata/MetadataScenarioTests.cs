using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Metadata;

/// <summary>
/// Rule metadata from attributes, inherited attributes, custom tag attributes and calls in <c>Define</c> (the NRules
/// "rule metadata" scenarios).
/// </summary>
public class MetadataScenarioTests
{
    public sealed class AreaTagAttribute() : TagAttribute("area");

    [Tag("parent"), Tag("parent-metadata")]
    [Priority(200)]
    public abstract class ParentRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => GC.KeepAlive(item));
        }
    }

    [Name("With metadata"), Description("Described")]
    [AreaTag, Tag("metadata")]
    [Priority(100)]
    public sealed class WithMetadataRule : ParentRule;

    [Tag("child")]
    public sealed class ChildRule : ParentRule;

    [Priority(500)]
    public sealed class ChildWithPriorityRule : ParentRule;

    [Name("Declared name")]
    [Priority(500)]
    public sealed class OverriddenInDefineRule : ParentRule
    {
        public override void Define()
        {
            Name("Name from Define");
            Priority(1000);
            base.Define();
        }
    }

    public sealed class PlainRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => GC.KeepAlive(item));
        }
    }

    private static IRuleDefinition Load(Type type)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(type));
        return repository.GetRules().Single();
    }

    [Fact]
    public void Attributes_GiveNameDescriptionTagsPriorityAndType_ACustomTagAttributeIncluded()
    {
        var rule = Load(typeof(WithMetadataRule));

        rule.Name.Should().Be("With metadata");
        rule.Description.Should().Be("Described");
        rule.Tags.Should().Contain(["area", "metadata"]);
        rule.Priority.Should().Be(100);
        rule.Properties[RuleProperties.ClrType].Should().Be(typeof(WithMetadataRule));
    }

    [Fact]
    public void ParentAttributes_AreInherited_TagsAddedAndPriorityKeptUnlessOverridden()
    {
        var child = Load(typeof(ChildRule));
        child.Tags.Should().BeEquivalentTo("child", "parent", "parent-metadata");
        child.Priority.Should().Be(200);

        Load(typeof(ChildWithPriorityRule)).Priority.Should().Be(500);
    }

    [Fact]
    public void NameAndPriorityInDefine_WinOverAttributes()
    {
        var rule = Load(typeof(OverriddenInDefineRule));

        rule.Name.Should().Be("Name from Define");
        rule.Priority.Should().Be(1000);
    }

    [Fact]
    public void NoAttributes_FullTypeNameEmptyDescriptionNoTagsPriorityZero()
    {
        var rule = Load(typeof(PlainRule));

        rule.Name.Should().Be(typeof(PlainRule).FullName);
        rule.Description.Should().BeEmpty();
        rule.Tags.Should().BeEmpty();
        rule.Priority.Should().Be(0);
    }
}
