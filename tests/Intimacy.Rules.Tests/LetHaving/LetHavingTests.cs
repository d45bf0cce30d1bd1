using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.LetHaving;

public class LetHavingTests
{
    public sealed class LargeTotalRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Order order = null!;
            decimal total = 0;
            When()
                .Match(() => order)
                .Let(() => total, () => order.Amount * 1.2m)
                .Having(() => total > 100);
            Then().Do(ctx => recorder.Add(order.Id + ":" + total));
        }
    }

    public sealed class HavingOnMatchRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When()
                .Match(() => item)
                .Having(() => item.Value > 5);
            Then().Do(ctx => recorder.Add(item.Name));
        }
    }

    [Fact]
    public void Let_ComputesValueAndHavingFilters()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new LargeTotalRule(recorder)).CreateSession();
        var customer = new Customer("c");
        session.InsertAll([new Order(1, customer, 50m), new Order(2, customer, 100m)]);

        session.Fire();

        recorder.Entries.Should().Equal("2:120.0");
    }

    [Fact]
    public void Let_SourceUpdated_ValueRecomputed()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new LargeTotalRule(recorder)).CreateSession();
        var order = new Order(1, new Customer("c"), 50m);
        session.Insert(order);
        session.Fire().Should().Be(0);

        order.Amount = 200m;
        session.Update(order);
        session.Fire();

        recorder.Entries.Should().Equal("1:240.0");
    }

    [Fact]
    public void Having_AfterMatch_AddsConditionToThePattern()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new HavingOnMatchRule(recorder)).CreateSession();
        session.InsertAll([new Item("low", 1), new Item("high", 9)]);

        session.Fire();

        recorder.Entries.Should().Equal("high");
    }
}
