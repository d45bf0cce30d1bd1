using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// A query that starts with <c>Collect</c>, joined by key and by a condition on the joined fact and kept when it holds
/// two or more: a fact inserted, updated or retracted updates the collection (in insertion order, facts moved between
/// keys included) with a test of that fact only, and the firings are those of recomputing the collection in full.
/// </summary>
public class CollectUpdateScenarioTests
{
    public sealed class Account(string id, int limit)
    {
        public string Id { get; set; } = id;

        public int Limit { get; set; } = limit;

        public override string ToString() => Id;
    }

    public sealed class Charge(string name, string account, int amount)
    {
        public string Name { get; } = name;

        public string Account { get; set; } = account;

        public int Amount { get; set; } = amount;

        public override string ToString() => Name;
    }

    /// <summary>Counts the tests of a charge against its account's limit.</summary>
    public sealed class Probe
    {
        public int Tests;

        public bool Throws;

        public bool Over(Charge charge, Account account)
        {
            Tests++;
            return Throws ? throw new InvalidOperationException("limit unknown") : charge.Amount > account.Limit;
        }
    }

    public sealed class ChargesOverLimitRule(Probe probe, List<string> fired) : Rule
    {
        public override void Define()
        {
            Account account = null!;
            IEnumerable<Charge> charges = null!;
            When()
                .Match(() => account)
                .Query(() => charges, q => q
                    .Match<Charge>(c => c.Account == account.Id, c => probe.Over(c, account))
                    .Collect()
                    .Where(all => all.Count() >= 2));
            Then().Do(ctx => fired.Add(account.Id + ":" + string.Join(",", charges.Select(c => c.Name))));
        }
    }

    private static (ISession Session, Probe Probe, List<string> Fired) NewSession()
    {
        var probe = new Probe();
        var fired = new List<string>();
        return (RuleSession.Factory(new ChargesOverLimitRule(probe, fired)).CreateSession(), probe, fired);
    }

    [Fact]
    public void ManyChargesInsertedOneByOne_EachIsTestedOnce()
    {
        // Recomputing the collection tested every charge again on every insert: about 1,000²/2 tests.
        const int charges = 1_000;
        var (session, probe, fired) = NewSession();
        session.Insert(new Account("a", 10));

        for (var i = 0; i < charges; i++)
        {
            session.Insert(new Charge("c" + i, "a", 20));
        }

        session.Fire().Should().Be(1);
        fired.Single().Split(',').Should().HaveCount(charges);
        probe.Tests.Should().Be(charges);
    }

    [Fact]
    public void AChargeUpdatedOverTheLimit_JoinsTheCollectionInInsertionOrder()
    {
        var (session, probe, fired) = NewSession();
        var charges = new[] { new Charge("c1", "a", 20), new Charge("c2", "a", 5), new Charge("c3", "a", 20) };
        session.Insert(new Account("a", 10));
        session.InsertAll(charges);
        session.Fire();
        fired.Clear();
        var before = probe.Tests;

        charges[1].Amount = 30;
        session.Update(charges[1]);
        session.Fire();

        fired.Should().Equal("a:c1,c2,c3");
        probe.Tests.Should().Be(before + 1);
    }

    [Fact]
    public void AChargeUpdatedUnderTheLimit_LeavesTheCollection_WhichThenNoLongerHolds()
    {
        var (session, _, fired) = NewSession();
        var charges = new[] { new Charge("c1", "a", 20), new Charge("c2", "a", 20) };
        session.Insert(new Account("a", 10));
        session.InsertAll(charges);
        var deleted = 0;
        session.Events.ActivationDeletedEvent += (_, _) => deleted++;

        charges[0].Amount = 1;
        session.Update(charges[0]);

        session.Fire().Should().Be(0);
        deleted.Should().Be(1);
    }

    [Fact]
    public void AChargeUpdatedUnchanged_TheCollectionFiresAgain_AndOneUnderTheLimitChangesNothing()
    {
        var (session, _, fired) = NewSession();
        var charges = new[] { new Charge("c1", "a", 20), new Charge("c2", "a", 1), new Charge("c3", "a", 20) };
        session.Insert(new Account("a", 10));
        session.InsertAll(charges);
        session.Fire();
        fired.Clear();

        session.Update(charges[1]);
        session.Fire().Should().Be(0);
        session.Update(charges[2]);
        session.Fire();

        fired.Should().Equal("a:c1,c3");
    }

    [Fact]
    public void AChargeMovedToAnotherAccount_LeavesOneCollection_AndJoinsTheOtherAtItsEnd()
    {
        var (session, _, fired) = NewSession();
        var moved = new Charge("m", "a", 20);
        session.InsertAll([new Account("a", 10), new Account("b", 10)]);
        session.InsertAll([new Charge("a1", "a", 20), moved, new Charge("a2", "a", 20), new Charge("b1", "b", 20), new Charge("b2", "b", 20)]);
        session.Fire();
        fired.Clear();

        moved.Account = "b";
        session.Update(moved);
        session.Fire();

        fired.Should().BeEquivalentTo("a:a1,a2", "b:b1,b2,m");
    }

    [Fact]
    public void ChargesRetracted_LeaveTheCollection_InOrder()
    {
        var (session, probe, fired) = NewSession();
        var charges = Enumerable.Range(1, 5).Select(i => new Charge("c" + i, "a", 20)).ToArray();
        session.Insert(new Account("a", 10));
        session.InsertAll(charges);
        var before = probe.Tests;

        session.Retract(charges[1]);
        session.Retract(charges[3]);
        session.Fire();

        fired.Should().Equal("a:c1,c3,c5");
        probe.Tests.Should().Be(before);
    }

    [Fact]
    public void TheAccountUpdated_EveryChargeIsTestedAgainstItsNewLimit()
    {
        var (session, _, fired) = NewSession();
        var account = new Account("a", 10);
        session.Insert(account);
        session.InsertAll([new Charge("c1", "a", 20), new Charge("c2", "a", 15), new Charge("c3", "a", 30)]);
        session.Fire();
        fired.Clear();

        account.Limit = 16;
        session.Update(account);
        session.Fire().Should().Be(1);
        account.Limit = 25;
        session.Update(account);
        session.Fire().Should().Be(0);

        fired.Should().Equal("a:c1,c3");
    }

    [Fact]
    public void AConditionThatFailedForACharge_IsNotTriedAgainUntilThatChargeChanges()
    {
        // A behaviour change, as NRules: recomputing tried the failed charge again on every other change, so it joined
        // the collection with the next insert once its condition stopped throwing.
        var (session, probe, fired) = NewSession();
        var failures = 0;
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            failures++;
            e.IsHandled = true;
        };
        var first = new Charge("c1", "a", 20);
        session.Insert(new Account("a", 10));
        probe.Throws = true;
        session.Insert(first);
        probe.Throws = false;
        session.InsertAll([new Charge("c2", "a", 20), new Charge("c3", "a", 20)]);
        session.Fire();

        session.Update(first);
        session.Fire();

        fired.Should().Equal("a:c2,c3", "a:c1,c2,c3");
        failures.Should().Be(1);
    }
}
