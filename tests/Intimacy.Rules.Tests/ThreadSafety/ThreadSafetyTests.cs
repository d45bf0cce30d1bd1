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
}
