using System.Reflection;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Scanning;

public class RuleTypeScannerTests
{
    private static readonly Assembly TestAssembly = typeof(RuleTypeScannerTests).Assembly;

    [Fact]
    public void Assembly_FindsThePublicTopLevelRuleClasses_OrderedByFullName()
    {
        var found = new RuleTypeScanner().Assembly(TestAssembly).GetRuleTypes();

        found.Should().Contain([typeof(ScannedRuleA), typeof(ScannedRuleB), typeof(DerivedScannedRule)])
            .And.NotContain([typeof(AbstractScannedRule), typeof(GenericScannedRule<>), typeof(InternalScannedRule), typeof(NestedScannedRule), typeof(NotARule)])
            .And.OnlyContain(t => RuleTypeScanner.IsRuleType(t) && t.IsPublic)
            .And.OnlyHaveUniqueItems()
            .And.BeInAscendingOrder(t => t.FullName, StringComparer.Ordinal);
    }

    [Fact]
    public void PrivateTypesAndNestedTypes_WidenAssemblyScans_WhenCalledBeforeOrAfterAssembly()
    {
        var before = new RuleTypeScanner().PrivateTypes().NestedTypes().Assembly(TestAssembly).GetRuleTypes();
        var after = new RuleTypeScanner().Assembly(TestAssembly).PrivateTypes().NestedTypes().GetRuleTypes();

        before.Should().Contain([typeof(InternalScannedRule), typeof(NestedScannedRule), typeof(ScannedRuleA)])
            .And.NotContain([typeof(AbstractScannedRule), typeof(GenericScannedRule<>), typeof(NotARule)])
            .And.BeInAscendingOrder(t => t.FullName, StringComparer.Ordinal);
        after.Should().Equal(before);
    }

    [Fact]
    public void PrivateTypesAndNestedTypes_CanBeSwitchedOffAgain()
    {
        var found = new RuleTypeScanner().PrivateTypes().NestedTypes().PrivateTypes(false).NestedTypes(false).Assembly(TestAssembly).GetRuleTypes();

        found.Should().Equal(new RuleTypeScanner().Assembly(TestAssembly).GetRuleTypes());
    }

    [Fact]
    public void Type_KeepsTheRuleClassesAsGiven_InTheGivenOrder_AndSkipsTheRest()
    {
        var found = new RuleTypeScanner()
            .Type(typeof(ScannedRuleB), typeof(NotARule), typeof(AbstractScannedRule), typeof(GenericScannedRule<>), typeof(ScannedRuleA))
            .Type(typeof(GenericScannedRule<Item>), typeof(InternalScannedRule), typeof(NestedScannedRule), typeof(IScannedMarker), typeof(Rule))
            .GetRuleTypes();

        // Types named one by one are not filtered by visibility or nesting, as with IRuleLoadSpec.From(types).
        found.Should().Equal(typeof(ScannedRuleB), typeof(ScannedRuleA), typeof(GenericScannedRule<Item>), typeof(InternalScannedRule), typeof(NestedScannedRule));
    }

    [Fact]
    public void TypesAndAssemblies_TakeSequences()
    {
        var scanner = new RuleTypeScanner()
            .Types(new List<Type> { typeof(ScannedRuleB), typeof(NotARule), typeof(ScannedRuleA) })
            .Assemblies(new List<Assembly> { TestAssembly });

        scanner.GetRuleTypes().Should().Equal(new RuleTypeScanner().Type(typeof(ScannedRuleB), typeof(ScannedRuleA)).Assembly(TestAssembly).GetRuleTypes());
    }

    [Fact]
    public void GetRuleTypes_ListsTheGivenTypesFirst_ThenTheScannedOnes_EachOnce()
    {
        var found = new RuleTypeScanner().Assembly(TestAssembly, TestAssembly).Type(typeof(ScannedRuleB), typeof(ScannedRuleB)).GetRuleTypes();
        var scanned = new RuleTypeScanner().Assembly(TestAssembly).GetRuleTypes();

        found[0].Should().Be(typeof(ScannedRuleB));
        found.Skip(1).Should().Equal(scanned.Where(t => t != typeof(ScannedRuleB)));
    }

    [Fact]
    public void GetRuleTypes_IsTheSameOnEveryCall_AndOnEveryScanner_AndReturnsAFreshArray()
    {
        var scanner = new RuleTypeScanner().Assembly(TestAssembly).Type(typeof(ScannedRuleA));
        var first = scanner.GetRuleTypes();
        var second = scanner.GetRuleTypes();

        second.Should().Equal(first).And.NotBeSameAs(first);
        new RuleTypeScanner().Assembly(TestAssembly).Type(typeof(ScannedRuleA)).GetRuleTypes().Should().Equal(first);
        new RuleTypeScanner().GetRuleTypes().Should().BeEmpty();
    }

    [Theory]
    [InlineData(typeof(ScannedRuleA), true)]
    [InlineData(typeof(DerivedScannedRule), true)]
    [InlineData(typeof(InternalScannedRule), true)]
    [InlineData(typeof(NestedScannedRule), true)]
    [InlineData(typeof(GenericScannedRule<Item>), true)]
    [InlineData(typeof(AbstractScannedRule), false)]
    [InlineData(typeof(GenericScannedRule<>), false)]
    [InlineData(typeof(Rule), false)]
    [InlineData(typeof(NotARule), false)]
    [InlineData(typeof(IScannedMarker), false)]
    [InlineData(typeof(int), false)]
    public void IsRuleType_IsTrueForConcreteClassesDerivingFromRule(Type type, bool expected)
    {
        RuleTypeScanner.IsRuleType(type).Should().Be(expected);
    }

    [Fact]
    public void NullArguments_AreRefused_NamingTheArgument()
    {
        var scanner = new RuleTypeScanner();

        FluentActions.Invoking(() => scanner.Assembly(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("assemblies");
        FluentActions.Invoking(() => scanner.Assemblies(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("assemblies");
        FluentActions.Invoking(() => scanner.Type(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("types");
        FluentActions.Invoking(() => scanner.Types(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("types");
        FluentActions.Invoking(() => RuleTypeScanner.IsRuleType(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("type");
    }

    [Fact]
    public void NullElements_AreRefused_NamingTheArgument_AndNothingIsAdded()
    {
        var scanner = new RuleTypeScanner();

        FluentActions.Invoking(() => scanner.Assembly(TestAssembly, null!)).Should().Throw<ArgumentException>().WithMessage("*null*").Which.ParamName.Should().Be("assemblies");
        FluentActions.Invoking(() => scanner.Assemblies([TestAssembly, null!])).Should().Throw<ArgumentException>().WithMessage("*null*").Which.ParamName.Should().Be("assemblies");
        FluentActions.Invoking(() => scanner.Type(typeof(ScannedRuleA), null!)).Should().Throw<ArgumentException>().WithMessage("*null*").Which.ParamName.Should().Be("types");
        FluentActions.Invoking(() => scanner.Types([typeof(ScannedRuleA), null!])).Should().Throw<ArgumentException>().WithMessage("*null*").Which.ParamName.Should().Be("types");
        scanner.GetRuleTypes().Should().BeEmpty();
    }

    [Fact]
    public void LoadFromTypes_RefusesWhatTheScannerDoesNotCountAsARuleClass()
    {
        var repository = new RuleRepository();

        var act = () => repository.Load(x => x.From(typeof(ScannedRuleA), typeof(AbstractScannedRule)));

        act.Should().Throw<ArgumentException>().WithMessage($"*{nameof(AbstractScannedRule)}*not a concrete class*").Which.ParamName.Should().Be("types");
    }

    [Fact]
    public void LoadFromAssembly_LoadsWhatTheScannerFinds_InItsOrder()
    {
        var expected = new RuleTypeScanner().Assembly(TestAssembly).GetRuleTypes().Select(t => new RuleMetadata(t).Name);
        var repository = new RuleRepository();

        repository.Load(x => x.From(TestAssembly));

        repository.GetRules().Select(r => r.Name).Should().Equal(expected);
    }

    public sealed class NestedScannedRule : AbstractScannedRule;
}

/// <summary>Matches any item and does nothing; the scanner tests care only about the classes.</summary>
public abstract class AbstractScannedRule : Rule
{
    public override void Define()
    {
        Item item = null!;
        When().Match(() => item);
        Then().Do(ctx => GC.KeepAlive(item));
    }
}

public sealed class ScannedRuleA : AbstractScannedRule;

public class ScannedRuleB : AbstractScannedRule;

public sealed class DerivedScannedRule : ScannedRuleB;

public class GenericScannedRule<T> : AbstractScannedRule;

internal sealed class InternalScannedRule : AbstractScannedRule;

public class NotARule;

public interface IScannedMarker;
