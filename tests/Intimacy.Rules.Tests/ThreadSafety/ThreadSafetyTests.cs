using System.Collections.Concurrent;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.ThreadSafety;

public class ThreadSafetyTests
{
    public sealed class PairRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            Tag tag = null!;
            When()
                .Match(() => item, i => i.Value % 3 != 0)
                .Match(() => tag, t => t.Group == item.Group);
            Then().Do(ctx => Record(ctx, item, tag));
        }

        private static void Record(IContext context, Item item, Tag tag) =>
            context.Insert(new Notice(item.Name + "/" + tag.Name));
    }

    private static string[] Evaluate(ISessionFactory factory, int seed)
    {
        var session = factory.CreateSession();
        var random = new Random(seed);
        for (var i = 0; i < 40; i++)
        {
            session.Insert(new Item("i" + i, random.Next(10), "g" + random.Next(4)));
            session.Insert(new Tag("t" + i, "g" + random.Next(4)));
        }

        session.Fire();
        return session.Query<Notice>().Select(n => n.Text).ToArray();
    }

    [Fact]
    public void SharedFactory_ManySessionsInParallel_SameResultsAsSequential()
    {
        var factory = RuleSession.Factory(new PairRule());
        var expected = Enumerable.Range(0, 32).Select(seed => Evaluate(RuleSession.Factory(new PairRule()), seed)).ToArray();
        var actual = new ConcurrentDictionary<int, string[]>();

        Parallel.For(0, 32, new ParallelOptions { MaxDegreeOfParallelism = 8 }, seed => actual[seed] = Evaluate(factory, seed));

        for (var seed = 0; seed < 32; seed++)
        {
            actual[seed].Should().Equal(expected[seed], "seed {0} must give the same notices", seed);
        }
    }

    [Fact]
    public async Task SharedFactory_ConcurrentFirstUse_CompilesSafely()
    {
        var factory = RuleSession.Factory(new PairRule());
        using var start = new Barrier(4);

        var results = Enumerable.Range(0, 4)
            .Select(i => Task.Run(() =>
            {
                start.SignalAndWait();
                return Evaluate(factory, 42);
            }))
            .ToArray();
        var outcomes = await Task.WhenAll(results);

        outcomes.Should().AllSatisfy(r => r.Should().Equal(outcomes[0]));
        outcomes[0].Should().NotBeEmpty();
    }

    // A rule set touching every kind of node: hashed alpha tests, a hashed join, NOT, EXISTS, a group-by
    // query, a Let, linked facts with an undo, priorities and an update loop that ends.
    [Priority(5)]
    public sealed class HighValueRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Group == "g0", i => i.Value > 5);
            Then().Yield(ctx => new Notice("high " + item.Name));
        }
    }

    public sealed class UntaggedGroupRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When()
                .Match(() => item)
                .Not<Tag>(t => t.Group == item.Group);
            Then().Yield(ctx => new Notice("untagged " + item.Name));
        }
    }

    public sealed class TaggedTwiceRule : Rule
    {
        public override void Define()
        {
            Tag tag = null!;
            When()
                .Match(() => tag)
                .Exists<Item>(i => i.Group == tag.Group, i => i.Value > 2);
            Then()
                .Do(ctx => ctx.TryInsert(new Notice("used " + tag.Name)))
                .Undo(ctx => ctx.TryRetract(new Notice("used " + tag.Name)));
        }
    }

    public sealed class GroupTotalRule : Rule
    {
        public override void Define()
        {
            IGrouping<string, Item> group = null!;
            int total = 0;
            When()
                .Query(() => group, q => q.Match<Item>().GroupBy(i => i.Group))
                .Let(() => total, () => group.Sum(i => i.Value))
                .Having(() => total > 10);
            Then().Yield(ctx => new Notice("total " + group.Key + "=" + total), (ctx, old) => new Notice("total " + group.Key + "=" + total));
        }
    }

    [Priority(-1)]
    public sealed class DecrementRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 8);
            Then().Do(ctx => Decrement(ctx, item));
        }

        private static void Decrement(IContext context, Item item)
        {
            item.Value--;
            context.Update(item);
        }
    }

    private static readonly Type[] MixedRules =
        [typeof(HighValueRule), typeof(UntaggedGroupRule), typeof(TaggedTwiceRule), typeof(GroupTotalRule), typeof(DecrementRule)];

    private static string Run(ISession session, int seed)
    {
        var random = new Random(seed);
        var items = Enumerable.Range(0, 30).Select(i => new Item("i" + i, random.Next(12), "g" + random.Next(5))).ToList();
        var tags = Enumerable.Range(0, 6).Select(i => new Tag("t" + i, "g" + random.Next(5))).ToList();
        session.InsertAll(items);
        session.InsertAll(tags);
        session.Fire();
        foreach (var item in items.Where((_, i) => i % 4 == seed % 4))
        {
            item.Value = random.Next(12);
            session.Update(item);
        }

        session.Retract(tags[seed % tags.Count]);
        session.Fire();
        var firings = session.Explanations!.Firings.Select(f => f.Rule.Name + ":" + string.Join(",", f.MatchedFacts));
        var notices = session.Query<Notice>().Select(n => n.Text).Order(StringComparer.Ordinal);
        return string.Join("|", firings) + "#" + string.Join("|", notices) + "#" + string.Join("|", session.GetFiringCounts().OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void SharedFactory_MixedRuleSetInParallel_NewAndResetSessions_SameFiringsAsSequential()
    {
        const int Runs = 64;
        var options = new SessionOptions { RecordExplanations = true };
        var expected = Enumerable.Range(0, Runs).Select(seed => Run(RuleSession.Factory(MixedRules).CreateSession(options), seed)).ToArray();
        var factory = RuleSession.Factory(MixedRules);
        var actual = new ConcurrentDictionary<int, string>();
        var reused = new ThreadLocal<ISession>(() => factory.CreateSession(options));

        Parallel.For(0, Runs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, seed =>
        {
            // Odd runs reuse the thread's session after a reset; even runs take a new one.
            ISession session;
            if (seed % 2 == 1)
            {
                session = reused.Value!;
                session.Reset();
            }
            else
            {
                session = factory.CreateSession(options);
            }

            actual[seed] = Run(session, seed);
        });

        reused.Dispose();
        foreach (var rule in MixedRules)
        {
            expected.Should().Contain(e => e.Contains(rule.Name + ":", StringComparison.Ordinal), "every rule fires in some run");
        }

        for (var seed = 0; seed < Runs; seed++)
        {
            actual[seed].Should().Be(expected[seed], "run {0} must fire the same rules on the same facts in the same order", seed);
        }
    }
}
