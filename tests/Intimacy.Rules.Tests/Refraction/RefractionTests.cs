using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Refraction;

public class RefractionTests
{
    public sealed class RepeatableRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value >= 0);
            Then().Do(ctx => recorder.Add("repeatable", item));
        }
    }

    [Repeatability(RuleRepeatability.NonRepeatable)]
    public sealed class NonRepeatableRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value >= 0);
            Then().Do(ctx => recorder.Add("once", item));
        }
    }

    public sealed class SelfUpdatingRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value < 3);
            Then().Do(ctx => Bump(ctx, item, recorder));
        }

        private static void Bump(IContext context, Item item, Recorder recorder)
        {
            recorder.Add("bump", item.Value);
            item.Value++;
            context.Update(item);
        }
    }

    [Fact]
    public void Fire_Again_WithoutChanges_DoesNotRefire()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new RepeatableRule(recorder)).CreateSession();
        session.Insert(new Item("a"));

        session.Fire().Should().Be(1);
        session.Fire().Should().Be(0);
    }

    [Fact]
    public void Update_FactOfFiredMatch_RepeatableRuleFiresAgain()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new RepeatableRule(recorder)).CreateSession();
        var item = new Item("a");
        session.Insert(item);
        session.Fire();

        session.Update(item);

        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("repeatable(a)", "repeatable(a)");
    }

    [Fact]
    public void Update_FactOfFiredMatch_NonRepeatableRuleStaysQuiet()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new NonRepeatableRule(recorder)).CreateSession();
        var item = new Item("a");
        session.Insert(item);
        session.Fire();

        item.Value = 5;
        session.Update(item);

        session.Fire().Should().Be(0);
        recorder.Entries.Should().Equal("once(a)");
    }

    [Fact]
    public void NonRepeatable_MatchRemovedAndRecreated_FiresAgain()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new NonRepeatableRule(recorder)).CreateSession();
        var item = new Item("a");
        session.Insert(item);
        session.Fire();

        item.Value = -1;
        session.Update(item);
        item.Value = 1;
        session.Update(item);

        session.Fire().Should().Be(1);
    }

    [Fact]
    public void Update_PendingMatch_FiresOnlyOnce()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new RepeatableRule(recorder)).CreateSession();
        var item = new Item("a");
        session.Insert(item);

        session.Update(item);
        session.Update(item);

        session.Fire().Should().Be(1);
    }

    [Fact]
    public void Action_UpdatesItsOwnFact_RefiresUntilConditionFails()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new SelfUpdatingRule(recorder)).CreateSession();
        session.Insert(new Item("a", 0));

        session.Fire().Should().Be(3);
        recorder.Entries.Should().Equal("bump(0)", "bump(1)", "bump(2)");
    }
}
