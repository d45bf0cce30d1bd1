using System.Linq.Expressions;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Errors;

/// <summary>
/// A group-by joined to a pattern whose key selector throws for a while, and a <c>Let</c> that throws for a while (the
/// NRules "aggregate evaluation exception" and "binding evaluation exception" scenarios), with the error handled or not.
/// </summary>
public class AggregateErrorScenarioTests
{
    public sealed class Left(string key)
    {
        public string Key { get; } = key;

        public override string ToString() => Key;
    }

    public sealed class Right(string group, string key)
    {
        public string Group { get; } = group;

        public string Key { get; } = key;
    }

    public sealed class Switch
    {
        public bool Throws { get; set; }

        public string KeyOf(Right right) => Throws ? throw new InvalidOperationException("grouping failed") : right.Group;
    }

    public sealed class GroupedRule(Switch @switch, List<(Left Left, int Count)> fired) : Rule
    {
        public override void Define()
        {
            Left left = null!;
            IEnumerable<Right> group = null!;
            When()
                .Match(() => left)
                .Query(() => group, q => q
                    .Match<Right>(r => r.Key == left.Key)
                    .GroupBy(r => @switch.KeyOf(r))
                    .Select(g => g.AsEnumerable()));
            Then().Do(ctx => Record(left, group));
        }

        private void Record(Left left, IEnumerable<Right> group) => fired.Add((left, group.Count()));
    }

    private static (ISession Session, Switch Switch, List<(Left Left, int Count)> Fired) NewSession(bool handled = true)
    {
        var @switch = new Switch();
        var fired = new List<(Left, int)>();
        var session = RuleSession.Factory(new GroupedRule(@switch, fired)).CreateSession();
        if (handled)
        {
            session.Events.LhsExpressionFailedEvent += (_, e) => e.IsHandled = true;
        }

        return (session, @switch, fired);
    }

    [Fact]
    public void KeyThrows_NoHandler_InsertThrows_TheEventSeesTheJoinedFactAndTheSourceFact()
    {
        var (session, @switch, _) = NewSession(handled: false);
        Expression? expression = null;
        IReadOnlyList<object?>? arguments = null;
        session.Events.LhsExpressionFailedEvent += (_, e) => (expression, arguments) = (e.Expression, e.Arguments);
        var left = new Left("k1");
        session.Insert(left);
        @switch.Throws = true;
        var right = new Right("g1", "k1");

        var error = session.Invoking(s => s.Insert(right)).Should().Throw<RuleLhsExpressionEvaluationException>().Which;

        error.InnerException.Should().BeOfType<InvalidOperationException>();
        expression.Should().NotBeNull();
        arguments.Should().Contain(right);
    }

    [Fact]
    public void KeyThrowsOnInsert_Handled_DoesNotFire()
    {
        var (session, @switch, _) = NewSession();
        session.Insert(new Left("k1"));
        @switch.Throws = true;
        session.Insert(new Right("g1", "k1"));

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void KeyThrowsForASecondFactOfTheSameJoin_DoesNotFire()
    {
        var (session, @switch, _) = NewSession();
        session.Insert(new Left("k1"));
        session.Insert(new Right("g1", "k1"));
        @switch.Throws = true;
        session.Insert(new Right("g1", "k1"));

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void KeyThrowsThenSucceedsForASecondFactOfTheSameJoin_FiresWithBoth()
    {
        var (session, @switch, fired) = NewSession();
        session.Insert(new Left("k1"));
        @switch.Throws = true;
        session.Insert(new Right("g1", "k1"));
        @switch.Throws = false;
        session.Insert(new Right("g1", "k1"));

        session.Fire().Should().Be(1);
        fired.Single().Count.Should().Be(2);
    }

    [Fact]
    public void KeyThrowsThenSucceedsForASecondFact_ThenTheFirstUpdated_FiresWithBoth()
    {
        var (session, @switch, fired) = NewSession();
        session.Insert(new Left("k1"));
        @switch.Throws = true;
        var first = new Right("g1", "k1");
        session.Insert(first);
        @switch.Throws = false;
        session.Insert(new Right("g1", "k1"));
        session.Update(first);

        session.Fire().Should().Be(1);
        fired.Single().Count.Should().Be(2);
    }

    [Fact]
    public void KeyThrowsForAnotherJoin_TheSuccessfulJoinFires()
    {
        var (session, @switch, fired) = NewSession();
        var one = new Left("k1");
        session.Insert(one);
        session.Insert(new Left("k2"));
        session.Insert(new Right("g1", "k1"));
        @switch.Throws = true;
        session.Insert(new Right("g2", "k2"));

        session.Fire().Should().Be(1);
        fired.Single().Left.Should().BeSameAs(one);
    }

    [Fact]
    public void KeyThrowsForOneJoin_ThenAnotherJoinSucceeds_TheSuccessfulJoinFires()
    {
        var (session, @switch, fired) = NewSession();
        session.Insert(new Left("k1"));
        var two = new Left("k2");
        session.Insert(two);
        @switch.Throws = true;
        session.Insert(new Right("g1", "k1"));
        @switch.Throws = false;
        session.Insert(new Right("g2", "k2"));

        session.Fire().Should().Be(1);
        fired.Single().Left.Should().BeSameAs(two);
    }

    [Fact]
    public void KeyThrowsOnUpdate_DoesNotFire()
    {
        var (session, @switch, _) = NewSession();
        session.Insert(new Left("k1"));
        var right = new Right("g1", "k1");
        session.Insert(right);
        @switch.Throws = true;
        session.Update(right);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void KeyThrowsOnUpdate_ThenSucceedsOnAnotherUpdate_Fires()
    {
        var (session, @switch, _) = NewSession();
        session.Insert(new Left("k1"));
        var right = new Right("g1", "k1");
        session.Insert(right);
        @switch.Throws = true;
        session.Update(right);
        @switch.Throws = false;
        session.Update(right);

        session.Fire().Should().Be(1);
    }

    [Fact]
    public void KeyThrowsOnInsert_ThenSucceedsOnUpdate_Fires()
    {
        var (session, @switch, _) = NewSession();
        session.Insert(new Left("k1"));
        @switch.Throws = true;
        var right = new Right("g1", "k1");
        session.Insert(right);
        @switch.Throws = false;
        session.Update(right);

        session.Fire().Should().Be(1);
    }

    [Fact]
    public void KeyThrowsForASecondFact_ThenTheJoinedFactUpdated_FiresWithBoth()
    {
        var (session, @switch, fired) = NewSession();
        var left = new Left("k1");
        session.Insert(left);
        session.Insert(new Right("g1", "k1"));
        @switch.Throws = true;
        session.Insert(new Right("g1", "k1"));
        @switch.Throws = false;
        session.Update(left);

        session.Fire().Should().Be(1);
        fired.Single().Count.Should().Be(2);
    }

    [Fact]
    public void KeyThrowsOnInsert_ThenUpdatedAndRetracted_DoesNotFire()
    {
        var (session, @switch, _) = NewSession();
        session.Insert(new Left("k1"));
        @switch.Throws = true;
        var right = new Right("g1", "k1");
        session.Insert(right);
        @switch.Throws = false;
        session.Update(right);
        session.Retract(right);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void KeyThrowsOnInsert_ThenRetracted_DoesNotFire()
    {
        var (session, @switch, _) = NewSession();
        session.Insert(new Left("k1"));
        @switch.Throws = true;
        var right = new Right("g1", "k1");
        session.Insert(right);
        @switch.Throws = false;
        session.Retract(right);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void KeyThrowsOnInsert_ThenTheJoinedFactRetracted_DoesNotFire()
    {
        var (session, @switch, _) = NewSession();
        var left = new Left("k1");
        session.Insert(left);
        @switch.Throws = true;
        session.Insert(new Right("g1", "k1"));
        @switch.Throws = false;
        session.Retract(left);

        session.Fire().Should().Be(0);
    }

    public sealed class LetSwitch
    {
        public bool Throws { get; set; }

        public string Compute(Item item) => Throws ? throw new InvalidOperationException("binding failed") : item.Name;
    }

    public sealed class LetRule(LetSwitch @switch) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            string name = null!;
            When()
                .Match(() => item, i => i.Value > 0)
                .Let(() => name, () => @switch.Compute(item));
            Then().Do(ctx => GC.KeepAlive(name));
        }
    }

    [Fact]
    public void LetThrows_NoHandler_InsertThrows_Handled_DoesNotFire_ThenRecoversOnUpdateOrAnotherInsert()
    {
        var @switch = new LetSwitch { Throws = true };
        var factory = RuleSession.Factory(new LetRule(@switch));

        var unhandled = factory.CreateSession();
        IReadOnlyList<object?>? arguments = null;
        unhandled.Events.LhsExpressionFailedEvent += (_, e) => arguments = e.Arguments;
        var item = new Item("a", 1);
        unhandled.Invoking(s => s.Insert(item)).Should().Throw<RuleLhsExpressionEvaluationException>()
            .Which.InnerException.Should().BeOfType<InvalidOperationException>();
        arguments.Should().Equal(item);

        ISession Handled()
        {
            var session = factory.CreateSession();
            session.Events.LhsExpressionFailedEvent += (_, e) => e.IsHandled = true;
            return session;
        }

        @switch.Throws = true;
        var failed = Handled();
        failed.Insert(new Item("a", 1));
        failed.Fire().Should().Be(0);

        @switch.Throws = true;
        var another = Handled();
        another.Insert(new Item("a", 1));
        @switch.Throws = false;
        another.Insert(new Item("b", 1));
        another.Fire().Should().Be(1);

        @switch.Throws = true;
        var updated = Handled();
        var c = new Item("c", 1);
        updated.Insert(c);
        @switch.Throws = false;
        updated.Update(c);
        updated.Fire().Should().Be(1);

        @switch.Throws = true;
        var retracted = Handled();
        var d = new Item("d", 1);
        retracted.Insert(d);
        @switch.Throws = false;
        retracted.Update(d);
        retracted.Retract(d);
        retracted.Fire().Should().Be(0);

        @switch.Throws = true;
        var retractedOnly = Handled();
        var e = new Item("e", 1);
        retractedOnly.Insert(e);
        @switch.Throws = false;
        retractedOnly.Retract(e);
        retractedOnly.Fire().Should().Be(0);
    }
}
