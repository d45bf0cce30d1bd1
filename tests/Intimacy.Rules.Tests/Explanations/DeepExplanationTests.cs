using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Explanations;

/// <summary>
/// Explanations of facts at the end of long or branching chains of firings: explaining one must neither overflow the
/// stack (which ends the process in .NET) nor take time that grows with the number of paths rather than facts.
/// </summary>
public class DeepExplanationTests
{
    public sealed record Left(int N);

    public sealed record Right(int N);

    /// <summary>Each left/right pair inserts the next pair: every fact rests on both facts of the step before.</summary>
    public sealed class NextPairRule : Rule
    {
        public override void Define()
        {
            Length length = null!;
            Left left = null!;
            Right right = null!;
            When()
                .Match(() => length)
                .Match(() => left, l => l.N < length.Max)
                .Match(() => right, r => r.N == left.N);
            Then().Do(ctx => ctx.InsertAll(new object[] { new Left(left.N + 1), new Right(left.N + 1) }));
        }
    }

    [Fact]
    public void Explain_TheEndOfAChainOfTenThousandFirings_DoesNotOverflowTheStack()
    {
        var length = new Length(10_000);
        var first = new Link(0);
        var session = RuleSession.Factory(typeof(NextLinkRule))
            .CreateSession(new SessionOptions { RecordExplanations = true });
        session.InsertAll([length, first]);
        session.Fire();
        var last = session.Query<Link>().Single(l => l.N == length.Max);
        FactExplanation? explanation = null;
        IReadOnlyList<object>? inputs = null;

        // A small stack, so that the test does not depend on the platform's default: a recursion as deep as the chain
        // overflows it, and the test run ends with "Stack overflow".
        RunOnSmallStack(() =>
        {
            explanation = session.Explanations!.Explain(last);
            inputs = session.Explanations.GetInputFacts(last);
        });

        inputs.Should().Equal(length, first);
        var depth = 0;
        for (var node = explanation; node is not null; node = node.Causes.LastOrDefault())
        {
            node.Fact.Should().Be(new Link(length.Max - depth));
            node.Causes.Should().HaveCount(depth < length.Max ? 2 : 0);
            depth++;
        }

        depth.Should().Be(length.Max + 1);
    }

    [Fact]
    public async Task GetInputFacts_OfAFactEveryStepOfWhichRestsOnTwoFactsOfTheStepBefore_DoesNotWalkEveryPath()
    {
        // Forty steps give 2^40 paths back to the inputs: walking each of them never ends.
        var length = new Length(40);
        var session = RuleSession.Factory(typeof(NextPairRule))
            .CreateSession(new SessionOptions { RecordExplanations = true });
        session.InsertAll([length, new Left(0), new Right(0)]);
        session.Fire();
        var last = session.Query<Left>().Single(l => l.N == length.Max);

        var explain = Task.Run(() => (session.Explanations!.Explain(last), session.Explanations.GetInputFacts(last)));

        // A generous bound on something that takes microseconds: it only stops a run that would never end.
        (await Task.WhenAny(explain, Task.Delay(TimeSpan.FromMinutes(1)))).Should().BeSameAs(explain, "explaining a fact takes time in proportion to the facts it rests on");
        var (explanation, inputs) = await explain;
        inputs.Should().Equal(length, new Left(0), new Right(0));
        explanation.Causes.Select(c => c.Fact).Should().Equal(length, new Left(length.Max - 1), new Right(length.Max - 1));
        explanation.Causes[1].Causes.Select(c => c.Fact).Should().Equal(length, new Left(length.Max - 2), new Right(length.Max - 2));
    }

    public sealed class Pair
    {
        public Item X { get; } = new("x", 0, "cycle");

        public Item Y { get; } = new("y", 0, "echo");
    }

    /// <summary>Inserts Y because of X.</summary>
    public sealed class EchoRule(Pair pair) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Group == "cycle");
            Then().Do(ctx => ctx.TryInsert(pair.Y));
        }
    }

    /// <summary>Takes X out and puts it back because of Y, so that each is produced by a firing that matched the other.</summary>
    public sealed class ReinsertRule(Pair pair) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Group == "echo");
            Then().Do(ctx => Reinsert(ctx, pair.X));
        }

        private static void Reinsert(IContext context, Item x)
        {
            context.Retract(x);
            context.Insert(x);
        }
    }

    [Fact]
    public void Explain_TwoFactsEachProducedBecauseOfTheOther_StopsAtTheFactAlreadyOnThePath()
    {
        var pair = new Pair();
        var session = RuleSession.Factory(new EchoRule(pair), new ReinsertRule(pair))
            .CreateSession(new SessionOptions { RecordExplanations = true });
        session.Insert(pair.X);
        session.Fire();
        var log = session.Explanations!;

        var explanation = log.Explain(pair.Y);

        explanation.ProducedBy!.Rule.Name.Should().EndWith(nameof(EchoRule));
        var x = explanation.Causes.Should().ContainSingle().Subject;
        x.Fact.Should().BeSameAs(pair.X);
        x.ProducedBy!.Rule.Name.Should().EndWith(nameof(ReinsertRule));
        var again = x.Causes.Should().ContainSingle().Subject;
        again.Fact.Should().BeSameAs(pair.Y);
        again.ProducedBy.Should().BeSameAs(explanation.ProducedBy);
        again.Causes.Should().BeEmpty();
        again.IsInput.Should().BeFalse();
        log.GetInputFacts(pair.Y).Should().BeEmpty();
        log.GetInputFacts(pair.X).Should().BeEmpty();
    }

    private static void RunOnSmallStack(Action action)
    {
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception e)
                {
                    error = e;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        error.Should().BeNull();
    }
}
