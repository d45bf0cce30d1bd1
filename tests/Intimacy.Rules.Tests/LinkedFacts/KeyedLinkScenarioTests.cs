using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.LinkedFacts;

/// <summary>
/// A rule that keeps one keyed linked fact in step with its match by hand (<c>GetLinked</c>, then <c>InsertLinked</c>,
/// <c>UpdateLinked</c> or <c>RetractLinked</c>), sometimes failing after the change (the NRules "batched forward
/// chaining" scenarios, with linked facts propagated after each action, this engine's only mode).
/// </summary>
public class KeyedLinkScenarioTests
{
    public sealed class Derived
    {
        public string Text { get; set; } = "";

        public int Version { get; set; } = 1;
    }

    public sealed class MaintainRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then().Do(ctx => Maintain(ctx, item));
        }

        private static void Maintain(IContext ctx, Item item)
        {
            var derived = (Derived?)ctx.GetLinked("key");
            if (item.Group.StartsWith("ok", StringComparison.Ordinal))
            {
                if (derived is null)
                {
                    ctx.InsertLinked("key", new Derived { Text = item.Group });
                }
                else
                {
                    derived.Text = item.Group;
                    derived.Version++;
                    ctx.UpdateLinked("key", derived);
                }
            }
            else if (derived is not null)
            {
                ctx.RetractLinked("key", derived);
            }

            if (item.Group == "throw")
            {
                throw new InvalidOperationException("chaining failed");
            }
        }
    }

    public sealed class DerivedRule : Rule
    {
        public override void Define()
        {
            Derived derived = null!;
            When().Match(() => derived, d => d.Text.StartsWith("ok"));
            Then().Do(ctx => GC.KeepAlive(derived));
        }
    }

    private static (ISession Session, Dictionary<string, int> Fired) NewSession()
    {
        var session = RuleSession.Create(typeof(MaintainRule), typeof(DerivedRule));
        var fired = new Dictionary<string, int>();
        session.Events.RuleFiredEvent += (_, e) =>
        {
            var name = e.Rule.Name.Split('+')[^1];
            fired[name] = fired.GetValueOrDefault(name) + 1;
        };
        return (session, fired);
    }

    private static int[] Counts(Dictionary<string, int> fired) =>
        [fired.GetValueOrDefault(nameof(MaintainRule)), fired.GetValueOrDefault(nameof(DerivedRule))];

    [Fact]
    public void TwoItems_EachLinksAFact_ThatChainsTheSecondRule()
    {
        var (session, fired) = NewSession();
        session.InsertAll([new Item("a", 1, "ok"), new Item("b", 1, "ok")]);

        session.Fire();

        Counts(fired).Should().Equal(2, 2);
        session.Query<Derived>().Should().HaveCount(2);
    }

    [Fact]
    public void InsertedThenUpdatedBeforeFire_EachRuleFiresOncePerItem()
    {
        var (session, fired) = NewSession();
        Item[] items = [new("a", 1, "ok"), new("b", 1, "ok")];
        session.InsertAll(items);
        session.UpdateAll(items);

        session.Fire();

        Counts(fired).Should().Equal(2, 2);
        session.Query<Derived>().Should().OnlyContain(d => d.Version == 1);
    }

    [Fact]
    public void ManyItemsFiredThenEachUpdatedTwice_TheLinkedFactsAreUpdatedOncePerFiring()
    {
        var (session, fired) = NewSession();
        var items = Enumerable.Range(1, 9).Select(i => new Item("i" + i, 1, "ok" + i)).ToArray();
        session.InsertAll(items);
        session.Fire();

        foreach (var item in items.Concat(items))
        {
            session.Update(item);
        }

        session.Fire();

        Counts(fired).Should().Equal(18, 18);
        session.Query<Derived>().Should().HaveCount(9).And.OnlyContain(d => d.Version == 2);
    }

    [Fact]
    public void InsertedUpdatedAndRetractedBeforeFire_NothingFires()
    {
        var (session, fired) = NewSession();
        Item[] items = [new("a", 1, "ok"), new("b", 1, "ok")];
        session.InsertAll(items);
        session.UpdateAll(items);
        session.RetractAll(items);

        session.Fire().Should().Be(0);

        Counts(fired).Should().Equal(0, 0);
    }

    [Fact]
    public void FiredThenUpdatedSoTheActionRetractsItsLinkedFacts_TheChainedMatchesGo()
    {
        var (session, fired) = NewSession();
        Item[] items = [new("a", 1, "ok"), new("b", 1, "ok")];
        session.InsertAll(items);
        session.Fire();

        foreach (var item in items)
        {
            item.Group = "invalid";
        }

        session.UpdateAll(items);
        session.Fire();

        Counts(fired).Should().Equal(4, 2);
        session.Query<Derived>().Should().BeEmpty();
    }

    [Fact]
    public void FiredThenUpdatedOutOfTheCondition_TheLinkedFactsGoWithTheMatches()
    {
        var (session, fired) = NewSession();
        Item[] items = [new("a", 1, "ok"), new("b", 1, "ok")];
        session.InsertAll(items);
        session.Fire();

        foreach (var item in items)
        {
            item.Value = 0;
        }

        session.UpdateAll(items);
        session.Fire();

        Counts(fired).Should().Equal(2, 2);
        session.Query<Derived>().Should().BeEmpty();
    }

    [Fact]
    public void TheActionRetractsItsLinkedFactThenThrows_EachFireFails_AndTheLinkedFactsAreRetracted()
    {
        var (session, fired) = NewSession();
        Item[] items = [new("a", 1, "ok"), new("b", 1, "ok")];
        session.InsertAll(items);
        session.Fire();
        foreach (var item in items)
        {
            item.Group = "throw";
        }

        session.UpdateAll(items);
        var retracted = 0;
        session.Events.FactRetractedEvent += (_, _) => retracted++;

        session.Invoking(s => s.Fire()).Should().Throw<RuleRhsExpressionEvaluationException>();
        session.Invoking(s => s.Fire()).Should().Throw<RuleRhsExpressionEvaluationException>();

        Counts(fired).Should().Equal(2, 2);
        retracted.Should().Be(2);
        session.Query<Derived>().Should().BeEmpty();
    }
}
