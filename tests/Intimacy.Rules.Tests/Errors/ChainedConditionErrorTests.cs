using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Errors;

/// <summary>
/// Plain forward chaining (the NRules "forward chaining" scenarios): a rule inserts a fact another rule matches, and a
/// condition of the second rule that throws on the inserted fact fails the first rule's action.
/// </summary>
public class ChainedConditionErrorTests
{
    public sealed class DeriveRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then().Do(ctx => ctx.Insert(new Tag(item.Group, item.Name)));
        }
    }

    public sealed class TagRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Tag tag = null!;
            When().Match(() => tag, t => t.Name.StartsWith("ok"));
            Then().Do(ctx => recorder.Add("tag", tag));
        }
    }

    [Fact]
    public void OneFact_FiresTheFirstRuleAndChainsTheSecond()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new DeriveRule(), new TagRule(recorder)).CreateSession();
        session.Insert(new Item("i", 1, "ok1"));

        session.Fire().Should().Be(2);
        recorder.Entries.Should().Equal("tag(ok1)");
    }

    [Fact]
    public void SecondRuleMatchedDirectlyAndThroughTheChain_FiresForBoth()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new DeriveRule(), new TagRule(recorder)).CreateSession();
        session.Insert(new Item("i", 1, "ok1"));
        session.Insert(new Tag("ok2", "x"));

        session.Fire().Should().Be(3);
        recorder.Entries.Should().BeEquivalentTo("tag(ok1)", "tag(ok2)");
    }

    [Fact]
    public void ChainedConditionThrows_TheInsertingActionFails_WithTheConditionErrorInside()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new DeriveRule(), new TagRule(recorder)).CreateSession();
        session.Insert(new Item("i", 1, null!));

        var failure = session.Invoking(s => s.Fire()).Should().Throw<RuleRhsExpressionEvaluationException>().Which;
        failure.InnerException.Should().BeOfType<RuleLhsExpressionEvaluationException>();
    }
}
