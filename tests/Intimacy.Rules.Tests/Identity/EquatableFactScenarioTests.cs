using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Identity;

/// <summary>
/// Facts whose equality is their id (the NRules "equatable fact" scenarios): another instance with the same id
/// retracts or updates the fact, and inserting one is a duplicate. Also a rule joining a fact to itself by reference
/// (the NRules "identity match" scenarios).
/// </summary>
public class EquatableFactScenarioTests
{
    public sealed class Account(int id, string state) : IEquatable<Account>
    {
        public int Id { get; } = id;

        public string State { get; set; } = state;

        public bool Equals(Account? other) => other is not null && other.Id == Id;

        public override bool Equals(object? obj) => obj is Account other && Equals(other);

        public override int GetHashCode() => Id;

        public override string ToString() => "Account(" + Id + "," + State + ")";
    }

    public sealed class ActiveAccountRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Account account = null!;
            When().Match(() => account, a => a.State == "active");
            Then().Do(ctx => recorder.Add("active", account));
        }
    }

    public sealed class SelfJoinRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item first = null!;
            Item second = null!;
            When()
                .Match(() => first, i => i.Value > 0)
                .Match(() => second, i => ReferenceEquals(i, first));
            Then().Do(ctx => recorder.Add("same", first, second));
        }
    }

    private static (ISession Session, Recorder Recorder) NewSession()
    {
        var recorder = new Recorder();
        return (RuleSession.Factory(new ActiveAccountRule(recorder)).CreateSession(), recorder);
    }

    [Fact]
    public void TwoDistinctIds_FireTwice()
    {
        var (session, _) = NewSession();
        session.InsertAll([new Account(1, "active"), new Account(2, "active")]);

        session.Fire().Should().Be(2);
    }

    [Fact]
    public void RetractedThroughAnEqualInstance_DoesNotFire()
    {
        var (session, _) = NewSession();
        session.Insert(new Account(1, "active"));
        session.Retract(new Account(1, "active"));

        session.Fire().Should().Be(0);
        session.Query<Account>().Should().BeEmpty();
    }

    [Fact]
    public void RetractedThroughAnEqualInstanceWithOtherContents_DoesNotFire()
    {
        var (session, _) = NewSession();
        session.Insert(new Account(1, "active"));
        session.Retract(new Account(1, "closed"));

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void RetractedThenAnEqualInstanceInserted_FiresOnceWithTheNewInstance()
    {
        var (session, recorder) = NewSession();
        var third = new Account(1, "active");
        session.Insert(new Account(1, "active"));
        session.Retract(new Account(1, "active"));
        session.Insert(third);

        session.Fire().Should().Be(1);
        session.Query<Account>().Single().Should().BeSameAs(third);
        recorder.Entries.Should().Equal("active(Account(1,active))");
    }

    [Fact]
    public void UpdatedThroughAnEqualInstanceThatMatches_FiresOnceWithThatInstance()
    {
        var (session, _) = NewSession();
        var replacement = new Account(1, "active");
        session.Insert(new Account(1, "pending"));
        session.Update(replacement);

        session.Fire().Should().Be(1);
        session.Query<Account>().Single().Should().BeSameAs(replacement);
    }

    [Fact]
    public void UpdatedThroughAnEqualInstanceThatDoesNotMatch_DoesNotFire()
    {
        var (session, _) = NewSession();
        session.Insert(new Account(1, "active"));
        session.Update(new Account(1, "closed"));

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void InsertingAnEqualInstance_IsADuplicate()
    {
        var (session, _) = NewSession();
        session.Insert(new Account(1, "active"));

        session.Invoking(s => s.Insert(new Account(1, "other"))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void SelfJoinByReference_FiresOncePerFact_AndNotAfterRetractOrUpdateOut()
    {
        var recorder = new Recorder();
        var factory = RuleSession.Factory(new SelfJoinRule(recorder));

        var session = factory.CreateSession();
        session.InsertAll([new Item("a", 1), new Item("b", 1)]);
        session.Fire().Should().Be(2);
        recorder.Entries.Should().Equal("same(a,a)", "same(b,b)");

        var retracted = factory.CreateSession();
        var c = new Item("c", 1);
        retracted.Insert(c);
        retracted.Retract(c);
        retracted.Fire().Should().Be(0);

        var updated = factory.CreateSession();
        var d = new Item("d", 1);
        updated.Insert(d);
        d.Value = 0;
        updated.Update(d);
        updated.Fire().Should().Be(0);
    }
}
