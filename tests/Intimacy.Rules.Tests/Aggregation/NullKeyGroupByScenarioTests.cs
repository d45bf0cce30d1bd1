using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>Every group, a null key's included, with keys changed by updates (the NRules "simple group-by" scenarios).</summary>
public class NullKeyGroupByScenarioTests
{
    public sealed class Keyed(string? key)
    {
        public string? Key { get; set; } = key;
    }

    public sealed class EveryGroupRule(List<IGrouping<string?, Keyed>> fired) : Rule
    {
        public override void Define()
        {
            IGrouping<string?, Keyed> group = null!;
            When().Query(() => group, q => q.Match<Keyed>().GroupBy(k => k.Key));
            Then().Do(ctx => fired.Add(group));
        }
    }

    private static (ISession Session, List<IGrouping<string?, Keyed>> Fired) NewSession()
    {
        var fired = new List<IGrouping<string?, Keyed>>();
        return (RuleSession.Factory(new EveryGroupRule(fired)).CreateSession(), fired);
    }

    [Fact]
    public void NoFacts_DoesNotFire() => NewSession().Session.Fire().Should().Be(0);

    [Fact]
    public void TwoNullKeys_OneGroupOfTwo()
    {
        var (session, fired) = NewSession();
        session.InsertAll([new Keyed(null), new Keyed(null)]);

        session.Fire().Should().Be(1);
        fired.Single().Key.Should().BeNull();
        fired.Single().Should().HaveCount(2);
    }

    [Theory]
    [InlineData(null, null, "value")]
    [InlineData("value", "value", null)]
    public void OneOfTwoKeysChanged_TwoGroupsOfOne(string? first, string? second, string? changedTo)
    {
        var (session, fired) = NewSession();
        var changed = new Keyed(second);
        session.InsertAll([new Keyed(first), changed]);
        changed.Key = changedTo;
        session.Update(changed);

        session.Fire().Should().Be(2);
        fired.Should().OnlyContain(g => g.Count() == 1);
    }

    [Fact]
    public void AValueAndANullKey_TheNullUpdatedUnchanged_TwoGroupsOfOne()
    {
        var (session, fired) = NewSession();
        var nullKey = new Keyed(null);
        session.InsertAll([new Keyed("value"), nullKey]);
        session.Update(nullKey);

        session.Fire().Should().Be(2);
        fired.Should().OnlyContain(g => g.Count() == 1);
    }

    [Fact]
    public void TwoNullKeysRetracted_DoesNotFire()
    {
        var (session, _) = NewSession();
        var first = new Keyed(null);
        var second = new Keyed(null);
        session.InsertAll([first, second]);
        session.Retract(first);
        session.Retract(second);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void OneFactMovedToAnotherKeyBeforeFire_FiresOnceForTheNewKey()
    {
        var (session, fired) = NewSession();
        var keyed = new Keyed("g1");
        session.Insert(keyed);
        keyed.Key = "g2";
        session.Update(keyed);

        session.Fire().Should().Be(1);
        fired.Single().Key.Should().Be("g2");
        fired.Single().Should().ContainSingle();
    }
}
