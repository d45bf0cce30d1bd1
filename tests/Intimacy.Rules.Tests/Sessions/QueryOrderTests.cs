using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;
using Intimacy.Rules.Tests.Joins;
using Intimacy.Rules.Tests.Negation;

namespace Intimacy.Rules.Tests.Sessions;

/// <summary>
/// <see cref="ISession.Query{TFact}"/> gives facts in the order they came into working memory, also after
/// facts have left it: which facts came and went never reorders the ones that stayed.
/// </summary>
public class QueryOrderTests
{
    [Fact]
    public void Query_KeepsInsertionOrder_AfterARetraction()
    {
        var session = NewSession();
        Item a = new("a"), b = new("b"), c = new("c"), d = new("d");
        session.InsertAll([a, b, c]);
        session.Retract(a);
        session.Insert(d);

        // The fact table reuses a's freed slot for d; the query still answers in the order the facts came.
        session.Query<Item>().Select(i => i.Name).Should().Equal("b", "c", "d");
    }

    [Fact]
    public void Query_GivesTheSameOrder_WhateverCameAndWent()
    {
        var quiet = NewSession();
        var busy = NewSession();
        Item[] kept = [new("k1"), new("k2"), new("k3"), new("k4")];
        var passing = Enumerable.Range(0, 5).Select(i => new Item("p" + i)).ToArray();

        quiet.Insert(kept[0]);
        quiet.Insert(kept[1]);
        quiet.Insert(kept[2]);
        quiet.Insert(kept[3]);

        busy.InsertAll(passing);
        busy.Insert(kept[0]);
        busy.Retract(passing[1]);
        busy.Retract(passing[3]);
        busy.Insert(kept[1]);
        busy.RetractAll([passing[0], passing[2], passing[4]]);
        busy.Insert(kept[2]);
        busy.Insert(kept[3]);

        busy.Query<Item>().Should().Equal(quiet.Query<Item>());
    }

    [Fact]
    public void Query_AfterReset_IsInInsertionOrderAgain()
    {
        var session = NewSession();
        Item a = new("a"), b = new("b"), c = new("c");
        session.InsertAll([a, b]);
        session.Retract(a);
        session.Reset();
        session.InsertAll([c, a, b]);

        session.Query<Item>().Select(i => i.Name).Should().Equal("c", "a", "b");
    }

    [Fact]
    public void Query_OfABaseTypeOrInterface_FindsEveryFactThatIsOne_InOrder()
    {
        var session = NewSession();
        Item a = new("a"), b = new("b");
        Notice x = new("x"), y = new("y");
        session.InsertAll([a, x, b, y, "text"]);

        session.Query<object>().Should().Equal(a, x, b, y, "text");
        session.Query<IEquatable<Notice>>().Should().Equal(x, y);
        session.Query<Notice>().Should().Equal(x, y);
        session.Query<Item>().Where(i => i.Name == "b").Should().Equal(b);
        session.Query<Notice>().OrderByDescending(n => n.Text).Select(n => n.Text).Should().Equal("y", "x");
        session.Query<Customer>().Should().BeEmpty();
    }

    [Fact]
    public void Query_AfterAnUpdateThatChangesTheFactsType_FindsItUnderItsNewType_InItsPlace()
    {
        var session = NewSession();
        Larva x = new("x"), y = new("y"), z = new("z");
        session.InsertAll([x, y, z]);
        session.Query<Larva>().Should().Equal(x, y, z);

        // The same identity (the name), now a value of another type.
        var moth = new Moth("y");
        session.Update(moth);
        session.Update(new Moth("x"));

        session.Query<Larva>().Should().Equal(z);
        session.Query<Moth>().Select(m => m.Name).Should().Equal("x", "y");
        session.Query<IIdentityProvider>().Select(f => f.GetIdentity()).Should().Equal("x", "y", "z");
    }

    private sealed record Larva(string Name) : IIdentityProvider
    {
        public object GetIdentity() => Name;
    }

    private sealed record Moth(string Name) : IIdentityProvider
    {
        public object GetIdentity() => Name;
    }

    private static ISession NewSession()
    {
        var recorder = new Recorder();
        return RuleSession.Factory(new NotTests.NoTagRule(recorder), new JoinTests.SameGroupRule(recorder)).CreateSession();
    }
}
