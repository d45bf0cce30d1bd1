using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Aggregation;

/// <summary>
/// Collections filtered and projected after <c>Collect</c> (the NRules "collection with conditions" and "single or
/// default" scenarios), and a group-by, a collect and a pattern chained on the group (the NRules "group-by, collect,
/// match" scenarios).
/// </summary>
public class CollectProjectionScenarioTests
{
    public sealed class AtLeastThreeRule(List<int> fired) : Rule
    {
        public override void Define()
        {
            IEnumerable<Item> items = null!;
            When().Query(() => items, q => q.Match<Item>(i => i.Value > 0).Collect().Where(c => c.Count() > 2));
            Then().Do(ctx => fired.Add(items.Count()));
        }
    }

    public sealed class Account(int id, string state, string note = "") : IEquatable<Account>
    {
        public int Id { get; } = id;

        public string State { get; } = state;

        public string Note { get; } = note;

        public bool Equals(Account? other) => other is not null && other.Id == Id;

        public override bool Equals(object? obj) => obj is Account other && Equals(other);

        public override int GetHashCode() => Id;
    }

    public sealed class LowestActiveRule(List<Account> fired) : Rule
    {
        public override void Define()
        {
            Account account = null!;
            When().Query(() => account, q => q
                .Match<Account>(a => a.State == "active")
                .Collect()
                .Select(c => c.OrderBy(a => a.Id).FirstOrDefault() ?? new Account(0, "none")));
            Then().Do(ctx => fired.Add(account));
        }
    }

    [Fact]
    public void CollectionFilter_TwoFacts_DoesNotFire()
    {
        var fired = new List<int>();
        var session = RuleSession.Factory(new AtLeastThreeRule(fired)).CreateSession();
        session.InsertAll([new Item("a", 1), new Item("b", 1)]);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void CollectionFilter_ThreeFacts_FiresOnceWithThree()
    {
        var fired = new List<int>();
        var session = RuleSession.Factory(new AtLeastThreeRule(fired)).CreateSession();
        session.InsertAll([new Item("a", 1), new Item("b", 1), new Item("c", 1)]);

        session.Fire().Should().Be(1);
        fired.Should().Equal(3);
    }

    [Fact]
    public void CollectionFilter_ThirdFactInsertedAndRetracted_DoesNotFire()
    {
        var fired = new List<int>();
        var session = RuleSession.Factory(new AtLeastThreeRule(fired)).CreateSession();
        var c = new Item("c", 1);
        session.InsertAll([new Item("a", 1), new Item("b", 1)]);
        session.Insert(c);
        session.Retract(c);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void SelectFirstOrDefault_OneOfTwoMatches_FiresWithIt()
    {
        var fired = new List<Account>();
        var session = RuleSession.Factory(new LowestActiveRule(fired)).CreateSession();
        session.InsertAll([new Account(1, "closed", "one"), new Account(2, "active", "two")]);

        session.Fire().Should().Be(1);
        fired.Single().Id.Should().Be(2);
        fired.Single().Note.Should().Be("two");
    }

    [Fact]
    public void SelectFirstOrDefault_NoneMatch_FiresWithTheDefault()
    {
        var fired = new List<Account>();
        var session = RuleSession.Factory(new LowestActiveRule(fired)).CreateSession();
        session.Insert(new Account(1, "closed"));

        session.Fire().Should().Be(1);
        fired.Single().Id.Should().Be(0);
    }

    [Fact]
    public void SelectFirstOrDefault_UpdatedThroughAnEqualInstance_FiresOnceWithTheNewInstance()
    {
        var fired = new List<Account>();
        var session = RuleSession.Factory(new LowestActiveRule(fired)).CreateSession();
        session.Insert(new Account(1, "closed", "old"));
        session.Update(new Account(1, "active", "new"));

        session.Fire().Should().Be(1);
        fired.Single().Note.Should().Be("new");

        var second = new List<Account>();
        var other = RuleSession.Factory(new LowestActiveRule(second)).CreateSession();
        other.Insert(new Account(1, "active", "old"));
        other.Update(new Account(1, "active", "new"));
        other.Fire().Should().Be(1);
        second.Single().Note.Should().Be("new");
    }

    [Fact]
    public void SelectFirstOrDefault_FiredThenAMemberUpdated_FiresAgain()
    {
        var fired = new List<Account>();
        var session = RuleSession.Factory(new LowestActiveRule(fired)).CreateSession();
        var first = new Account(1, "active");
        session.InsertAll([first, new Account(2, "active")]);
        session.Fire().Should().Be(1);

        session.Update(first);

        session.Fire().Should().Be(1);
    }

    public sealed class GroupCollectMatchRule : Rule
    {
        public override void Define()
        {
            IGrouping<string, Item> group = null!;
            IEnumerable<Tag> tags = null!;
            Customer customer = null!;
            When()
                .Query(() => group, q => q.Match<Item>().GroupBy(i => i.Name))
                .Query(() => tags, q => q.Match<Tag>(t => t.Group == group.First().Group).Collect())
                .Match(() => customer, c => c.Name == group.First().Group);
            Then().Do(ctx => ctx.Insert(new Notice(group.Key)));
        }
    }

    [Fact]
    public void GroupCollectMatch_RetractingEachFact()
    {
        (ISession Session, Item Item, Tag Tag, Customer Customer) Start()
        {
            var session = RuleSession.Create(typeof(GroupCollectMatchRule));
            var item = new Item("k", group: "j");
            var tag = new Tag("t", "j");
            var customer = new Customer("j");
            session.Insert(item);
            session.Insert(tag);
            session.Insert(customer);
            return (session, item, tag, customer);
        }

        Start().Session.Fire().Should().Be(1);

        var (first, item, _, _) = Start();
        first.Retract(item);
        first.Fire().Should().Be(0);

        var (second, _, tag, _) = Start();
        second.Retract(tag);
        second.Fire().Should().Be(1, "the collection may be empty");

        var (third, _, _, customer) = Start();
        third.Retract(customer);
        third.Fire().Should().Be(0);
    }

    public sealed class ActiveAccountsRule(List<IReadOnlyList<Account>> fired) : Rule
    {
        public override void Define()
        {
            IEnumerable<Account> accounts = null!;
            When().Query(() => accounts, q => q.Match<Account>(a => a.State == "active").Collect());
            Then().Do(ctx => fired.Add(accounts.ToList()));
        }
    }

    [Theory]
    [InlineData("update 1 active", 1)]
    [InlineData("update 2 active", 2)]
    [InlineData("retract 2", 1)]
    [InlineData("retract 1, retract 2", 0)]
    [InlineData("update 2 closed", 1)]
    public void CollectOfEquatableFacts_ChangedThroughEqualInstances(string script, int expected)
    {
        var fired = new List<IReadOnlyList<Account>>();
        var session = RuleSession.Factory(new ActiveAccountsRule(fired)).CreateSession();
        session.Insert(new Account(1, "active"));
        if (script != "update 1 active")
        {
            session.Insert(new Account(2, "active"));
        }

        foreach (var step in script.Split(", "))
        {
            var parts = step.Split(' ');
            var id = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            if (parts[0] == "update")
            {
                session.Update(new Account(id, parts[2], "replacement"));
            }
            else
            {
                session.Retract(new Account(id, "whatever"));
            }
        }

        session.Fire().Should().Be(1);
        fired.Single().Should().HaveCount(expected);
        if (script.StartsWith("update", StringComparison.Ordinal) && script.EndsWith("active", StringComparison.Ordinal))
        {
            fired.Single().Should().Contain(a => a.Note == "replacement");
        }
    }

    [Fact]
    public void CollectOfEquatableFacts_AnInvalidOneUpdatedThroughAnEqualInstanceToValid_JoinsTheCollection()
    {
        var fired = new List<IReadOnlyList<Account>>();
        var session = RuleSession.Factory(new ActiveAccountsRule(fired)).CreateSession();
        session.InsertAll([new Account(1, "active"), new Account(2, "closed"), new Account(3, "closed")]);
        session.Update(new Account(2, "active"));

        session.Fire().Should().Be(1);
        fired.Single().Select(a => a.Id).Should().Equal(1, 2);
    }

    public sealed class GoodGroupsRule : Rule
    {
        public override void Define()
        {
            IGrouping<string, Item> group = null!;
            When().Query(() => group, q => q
                .Match<Item>(i => i.Value > 0)
                .GroupBy(i => i.Group)
                .Where(g => g.Any(i => i.Name.Contains("good"))));
            Then().Do(ctx => ctx.Insert(new Notice(group.Key)));
        }
    }

    [Fact]
    public void GroupFilter_TwoGroupsWithAGoodMember_FireTwice_AllMadeIneligible_NoneFires()
    {
        Item[] Items() => [new("good1", 1, "g1"), new("good2", 1, "g1"), new("bad3", 1, "g2"), new("good4", 1, "g2")];

        var both = RuleSession.Create(typeof(GoodGroupsRule));
        both.InsertAll(Items());
        both.Fire().Should().Be(2);

        var none = RuleSession.Create(typeof(GoodGroupsRule));
        var items = Items();
        none.InsertAll(items);
        foreach (var item in items)
        {
            item.Value = 0;
        }

        none.UpdateAll(items);
        none.Fire().Should().Be(0);
    }
}
