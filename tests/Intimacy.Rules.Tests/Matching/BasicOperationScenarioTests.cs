using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Matching;

/// <summary>
/// One pattern under the basic operations, null and unknown facts included (the NRules "one fact" scenarios), and rules
/// alike but for the alias one condition reads (the NRules "node sharing, non-equivalent expressions" scenarios).
/// </summary>
public class BasicOperationScenarioTests
{
    public sealed class PositiveRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then().Do(ctx => GC.KeepAlive(item));
        }
    }

    private static ISession NewSession() => RuleSession.Create(typeof(PositiveRule));

    [Fact]
    public void InsertRetractInsert_FiresOnce()
    {
        var session = NewSession();
        var item = new Item("a", 1);
        session.Insert(item);
        session.Retract(item);
        session.Insert(item);

        session.Fire().Should().Be(1);
    }

    [Fact]
    public void ModifiedThenRetracted_DoesNotFire()
    {
        var session = NewSession();
        var item = new Item("a", 1);
        session.Insert(item);
        item.Value = 0;
        session.Retract(item);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void Null_IsRefusedByInsertUpdateAndRetract()
    {
        var session = NewSession();

        session.Invoking(s => s.Insert(null!)).Should().Throw<ArgumentNullException>();
        session.Invoking(s => s.Update(null!)).Should().Throw<ArgumentNullException>();
        session.Invoking(s => s.Retract(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void DuplicateOrUnknownFacts_ThrowOrReturnFalse()
    {
        var session = NewSession();
        var item = new Item("a", 1);
        session.Insert(item);

        session.Invoking(s => s.Insert(item)).Should().Throw<ArgumentException>();
        session.TryInsert(item).Should().BeFalse();
        session.Invoking(s => s.Update(new Item("b"))).Should().Throw<ArgumentException>();
        session.TryUpdate(new Item("b")).Should().BeFalse();
        session.Invoking(s => s.Retract(new Item("b"))).Should().Throw<ArgumentException>();
        session.TryRetract(new Item("b")).Should().BeFalse();
    }

    public sealed class Reference(Customer target)
    {
        public Customer Target { get; } = target;

        public Customer KeyFor(Customer customer) => customer;
    }

    public sealed class ThisRule : Rule
    {
        public override void Define()
        {
            Customer one = null!;
            Customer other = null!;
            Reference reference = null!;
            When()
                .Match(() => one, c => c.Name == "this")
                .Match(() => other, c => c.Name == "other")
                .Match(() => reference, r => r.Target == one);
            Then().Do(ctx => GC.KeepAlive(reference));
        }
    }

    public sealed class OtherRule : Rule
    {
        public override void Define()
        {
            Customer one = null!;
            Customer other = null!;
            Reference reference = null!;
            When()
                .Match(() => one, c => c.Name == "this")
                .Match(() => other, c => c.Name == "other")
                .Match(() => reference, r => r.Target == other);
            Then().Do(ctx => GC.KeepAlive(reference));
        }
    }

    public sealed class ThisGroupRule : Rule
    {
        public override void Define()
        {
            Customer one = null!;
            Customer other = null!;
            IGrouping<Customer, Reference> references = null!;
            When()
                .Match(() => one, c => c.Name == "this")
                .Match(() => other, c => c.Name == "other")
                .Query(() => references, q => q.Match<Reference>().GroupBy(r => r.KeyFor(one)).Where(g => g.All(r => r.Target == g.Key)));
            Then().Do(ctx => GC.KeepAlive(references));
        }
    }

    public sealed class OtherGroupRule : Rule
    {
        public override void Define()
        {
            Customer one = null!;
            Customer other = null!;
            IGrouping<Customer, Reference> references = null!;
            When()
                .Match(() => one, c => c.Name == "this")
                .Match(() => other, c => c.Name == "other")
                .Query(() => references, q => q.Match<Reference>().GroupBy(r => r.KeyFor(other)).Where(g => g.All(r => r.Target == g.Key)));
            Then().Do(ctx => GC.KeepAlive(references));
        }
    }

    [Theory]
    [InlineData("this")]
    [InlineData("other")]
    public void RulesThatDifferOnlyInTheAliasRead_EachFiresForItsOwnAlias(string target)
    {
        var session = RuleSession.Create(typeof(ThisRule), typeof(OtherRule), typeof(ThisGroupRule), typeof(OtherGroupRule));
        var one = new Customer("this");
        var other = new Customer("other");
        session.Insert(one);
        session.Insert(other);
        session.Insert(new Reference(target == "this" ? one : other));

        session.Fire();

        var counts = session.GetFiringCounts();
        int Count(Type rule) => counts.TryGetValue(rule.FullName!, out var n) ? n : 0;
        var forThis = target == "this" ? 1 : 0;
        new[] { Count(typeof(ThisRule)), Count(typeof(OtherRule)), Count(typeof(ThisGroupRule)), Count(typeof(OtherGroupRule)) }
            .Should().Equal(forThis, 1 - forThis, forThis, 1 - forThis);
    }
}
