using System.Diagnostics;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;
using Xunit.Abstractions;

namespace Intimacy.Rules.Tests.LoopGuard;

/// <summary>
/// Rule sets that never settle, or settle only after a very long chain of firings: the firing cycle is a loop, not a
/// recursion, so neither the length of a chain nor the propagation an action's insert starts can overflow the stack;
/// a cycle that never settles stops at the loop guard, or as soon as the caller cancels.
/// </summary>
public class RunawayRuleTests(ITestOutputHelper output)
{
    /// <summary>Updates its fact, which activates it again: it never settles.</summary>
    [Name("Runaway.Bump")]
    public sealed class BumpRule(ManualResetEventSlim running) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => Bump(ctx, item, running));
        }

        private static void Bump(IContext context, Item item, ManualResetEventSlim running)
        {
            item.Value++;
            running.Set();
            context.Update(item);
        }
    }

    /// <summary>Inserts a new fact for every fact it sees: working memory grows without end.</summary>
    [Name("Runaway.Grow")]
    public sealed class GrowRule : Rule
    {
        public override void Define()
        {
            Link link = null!;
            When().Match(() => link);
            Then().Do(ctx => ctx.Insert(new Link(link.N + 1)));
        }
    }

    /// <summary>Each link yields the next, up to the length: a chain of linked facts, each resting on the one before.</summary>
    public sealed class YieldNextLinkRule : Rule
    {
        public override void Define()
        {
            Length length = null!;
            Link link = null!;
            When()
                .Match(() => length)
                .Match(() => link, l => l.N < length.Max);
            Then().Yield(ctx => new Link(link.N + 1));
        }
    }

    /// <summary>Sees every link: each insert of the chain activates it as well as the next step.</summary>
    public sealed class CountLinksRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Link link = null!;
            When().Match(() => link);
            Then().Do(ctx => recorder.Add("link", link.N));
        }
    }

    [Fact]
    public void Fire_ARuleThatNeverSettles_WithoutALoopGuard_StopsPromptlyWhenCancelledFromAnotherThread()
    {
        using var running = new ManualResetEventSlim();
        using var source = new CancellationTokenSource();
        var session = RuleSession.Factory(new BumpRule(running)).CreateSession(new SessionOptions { MaxFiringsPerFire = null });
        var ball = new Item("ball");
        session.Insert(ball);
        var clock = new Stopwatch();
        var canceller = new Thread(() =>
        {
            running.Wait();
            Thread.Sleep(50);
            clock.Start();
            source.Cancel();
        });

        canceller.Start();
        var fired = session.Fire(source.Token);
        var latency = clock.Elapsed;
        canceller.Join();

        output.WriteLine($"{fired} firings; Fire returned {latency.TotalMilliseconds:F2} ms after Cancel");
        fired.Should().BePositive().And.Be(ball.Value);
        // A generous bound: the cycle checks the token before each firing, which takes microseconds here.
        latency.Should().BeLessThan(TimeSpan.FromSeconds(10));
        session.Agenda.IsEmpty.Should().BeFalse("the next firing is left on the agenda");
    }

    [Fact]
    public void Fire_ARuleThatInsertsEverNewFacts_StopsAtTheDefaultLoopGuard_NamingIt_AndAResetSessionIsLikeANewOne()
    {
        var factory = RuleSession.Factory(typeof(GrowRule), typeof(NextLinkRule));
        var session = factory.CreateSession();
        session.Insert(new Link(0));

        var runaway = () => session.Fire();

        var error = runaway.Should().Throw<RuleFiringLimitException>().Which;
        error.Limit.Should().Be(SessionOptions.Default.MaxFiringsPerFire);
        error.RuleNames.Should().Equal("Runaway.Grow");

        session.Reset();
        var fresh = factory.CreateSession();
        foreach (var run in new[] { session, fresh })
        {
            run.InsertAll([new Length(3), new Link(10)]);
            run.Fire(5).Should().Be(5);
        }

        session.Query<Link>().Should().Equal(fresh.Query<Link>());
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(200_000)]
    public void Fire_AChainOfFiringsEachInsertingTheFactTheNextMatches_Completes(int length)
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new NextLinkRule(), new CountLinksRule(recorder)).CreateSession();
        session.InsertAll([new Length(length), new Link(0)]);

        var fired = session.Fire();

        fired.Should().Be((2 * length) + 1);
        session.Query<Link>().Should().HaveCount(length + 1);
        recorder.Entries.Should().HaveCount(length + 1);
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(200_000)]
    public void Retract_TheRootOfAChainOfLinkedFacts_RetractsTheWholeChain(int length)
    {
        var session = RuleSession.Create(typeof(YieldNextLinkRule));
        var root = new Link(0);
        session.InsertAll([new Length(length), root]);
        session.Fire().Should().Be(length);
        session.Query<Link>().Should().HaveCount(length + 1);

        session.Retract(root);

        session.Query<Link>().Should().BeEmpty();
        session.Agenda.IsEmpty.Should().BeTrue();
    }
}
