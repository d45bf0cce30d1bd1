using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Matching;

public class MatchingTests
{
    public sealed class PreferredCustomerRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.IsPreferred);
            Then().Do(ctx => recorder.Add(customer.Name));
        }
    }

    public sealed class TwoConditionsRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 1, i => i.Group == "a");
            Then().Do(ctx => recorder.Add(item.Name));
        }
    }

    public sealed class AnonymousPatternRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            When().Match<Item>(i => i.Value == 7);
            Then().Do(ctx => recorder.Add("seven"));
        }
    }

    public sealed class ObjectPatternRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            object anything = null!;
            When().Match(() => anything);
            Then().Do(ctx => recorder.Add(anything.ToString()!));
        }
    }

    public sealed class NoConditionRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            When();
            Then().Do(ctx => recorder.Add("always"));
        }
    }

    public sealed class ModuloRule(Recorder recorder, int remainder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value % 3 == remainder);
            Then().Do(ctx => recorder.Add(remainder + ":" + item.Name));
        }
    }

    [Fact]
    public void Fire_ComputedKeyCompared_WithConstants_EachRuleSeesItsFacts()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new ModuloRule(recorder, 0), new ModuloRule(recorder, 1), new ModuloRule(recorder, 2)).CreateSession();
        session.InsertAll([new Item("a", 3), new Item("b", 4), new Item("c", 8), new Item("d", 9)]);

        session.Fire();

        recorder.Entries.Should().Equal("0:a", "1:b", "2:c", "0:d");
    }

    [Fact]
    public void Fire_FactSatisfiesCondition_RuleFiresOncePerFact()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new PreferredCustomerRule(recorder)).CreateSession();
        session.InsertAll([new Customer("ann", true), new Customer("bob"), new Customer("cid", true)]);

        var fired = session.Fire();

        fired.Should().Be(2);
        recorder.Entries.Should().Equal("ann", "cid");
    }

    [Fact]
    public void Fire_SeveralConditions_AllMustHold()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new TwoConditionsRule(recorder)).CreateSession();
        session.InsertAll([new Item("x", 2, "a"), new Item("y", 0, "a"), new Item("z", 5, "b")]);

        session.Fire();

        recorder.Entries.Should().Equal("x");
    }

    [Fact]
    public void Fire_PatternWithoutAlias_Matches()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new AnonymousPatternRule(recorder)).CreateSession();
        session.InsertAll([new Item("a", 7), new Item("b", 3)]);

        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("seven");
    }

    [Fact]
    public void Fire_PatternOnBaseType_MatchesFactsOfDerivedTypes()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new ObjectPatternRule(recorder)).CreateSession();
        session.Insert(new Item("item"));
        session.Insert(new Tag("tag", "g"));

        session.Fire();

        recorder.Entries.Should().Equal("item", "tag");
    }

    [Fact]
    public void Fire_RuleWithoutConditions_FiresOncePerSession()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new NoConditionRule(recorder)).CreateSession();

        session.Fire().Should().Be(1);
        session.Fire().Should().Be(0);
        recorder.Entries.Should().Equal("always");
    }

    [Fact]
    public void Query_ReturnsFactsOfTheRequestedType()
    {
        var session = RuleSession.Factory(new TwoConditionsRule(new Recorder())).CreateSession();
        var item = new Item("x");
        session.Insert(item);
        session.Insert(new Tag("t", "g"));

        session.Query<Item>().Should().ContainSingle().Which.Should().BeSameAs(item);
        session.Query<object>().Should().HaveCount(2);
    }
}
