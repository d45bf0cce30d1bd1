using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.AgendaOrder;

/// <summary>
/// A low-priority rule with two matches inserts a fact a high-priority rule matches: the high-priority match fires
/// before the low-priority rule's second match (the NRules priority scenario).
/// </summary>
public class PriorityPreemptionTests
{
    [Priority(10)]
    public sealed class LowRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then().Do(ctx => ctx.Insert(new Notice(item.Name)));
        }
    }

    [Priority(100)]
    public sealed class HighRule : Rule
    {
        public override void Define()
        {
            Notice notice = null!;
            When().Match(() => notice);
            Then().Do(ctx => Nothing(notice));
        }

        private static void Nothing(Notice notice) => _ = notice;
    }

    [Fact]
    public void HighPriorityMatchCreatedByAFiring_PreemptsTheRemainingLowPriorityMatch()
    {
        var session = RuleSession.Create(typeof(LowRule), typeof(HighRule));
        var fired = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name.Split('+')[^1] + ":" + e.Facts.Single().Value);
        session.InsertAll([new Item("a", 1), new Item("b", 2)]);

        session.Fire();

        fired.Should().Equal(
            nameof(LowRule) + ":a",
            nameof(HighRule) + ":" + new Notice("a"),
            nameof(LowRule) + ":b",
            nameof(HighRule) + ":" + new Notice("b"));
    }
}
