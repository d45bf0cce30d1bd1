using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.LinkedFacts;

/// <summary>
/// Three rules chained through yielded facts, the last yielding a fact every instance of which is equal to every other
/// (the NRules "transitive forward chaining" scenario, without its change filters, which this engine does not have).
/// </summary>
public class TransitiveChainScenarioTests
{
    public sealed record First(string Key);

    public sealed record Second(string Key);

    public sealed class Last : IEquatable<Last>
    {
        public bool Equals(Last? other) => other is not null;

        public override bool Equals(object? obj) => obj is Last;

        public override int GetHashCode() => 1;
    }

    public sealed class ItemToFirstRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Yield(ctx => new First(item.Group));
        }
    }

    public sealed class FirstToSecondRule : Rule
    {
        public override void Define()
        {
            First first = null!;
            When().Match(() => first);
            Then().Yield(ctx => new Second(first.Key));
        }
    }

    public sealed class BothToLastRule : Rule
    {
        public override void Define()
        {
            First first = null!;
            Second second = null!;
            When()
                .Match(() => first)
                .Match(() => second, s => s.Key == first.Key);
            Then().Yield(ctx => new Last());
        }
    }

    private static ISession NewSession() =>
        RuleSession.Create(typeof(ItemToFirstRule), typeof(FirstToSecondRule), typeof(BothToLastRule));

    private static int[] Counts(ISession session) =>
    [
        session.GetFiringCount(typeof(ItemToFirstRule).FullName!),
        session.GetFiringCount(typeof(FirstToSecondRule).FullName!),
        session.GetFiringCount(typeof(BothToLastRule).FullName!),
    ];

    [Fact]
    public void FactInserted_EachRuleFiresOnce()
    {
        var session = NewSession();
        session.Insert(new Item("a", group: "v1"));

        session.Fire();

        Counts(session).Should().Equal(1, 1, 1);
        session.Query<Last>().Should().ContainSingle();
    }

    [Fact]
    public void FactUpdatedAfterFiring_EachRuleFiresTwice()
    {
        var session = NewSession();
        var item = new Item("a", group: "v1");
        session.Insert(item);
        session.Fire();

        item.Group = "v2";
        session.Update(item);
        session.Fire();

        Counts(session).Should().Equal(2, 2, 2);
        session.Query<First>().Should().Equal(new First("v2"));
        session.Query<Second>().Should().Equal(new Second("v2"));
        session.Query<Last>().Should().ContainSingle();
    }
}
