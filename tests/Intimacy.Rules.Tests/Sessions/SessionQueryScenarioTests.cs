using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Sessions;

/// <summary><c>Query&lt;T&gt;</c> over working memory (the NRules "session query" scenarios).</summary>
public class SessionQueryScenarioTests
{
    public sealed class NoticeRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then().Do(ctx => ctx.Insert(new Notice(item.Name)));
        }
    }

    [Fact]
    public void NoFacts_QueryOfObjectIsEmpty()
    {
        var session = RuleSession.Create(typeof(NoticeRule));

        session.Query<object>().ToList().Should().BeEmpty();
    }

    [Fact]
    public void OneFact_QueryOfObjectReturnsIt()
    {
        var session = RuleSession.Create(typeof(NoticeRule));
        var item = new Item("a", 1);
        session.Insert(item);

        session.Query<object>().ToList().Should().ContainSingle().Which.Should().BeSameAs(item);
    }

    [Fact]
    public void ARuleInsertsASecondFact_QueryOfObjectReturnsBoth_QueryOfItsTypeOnlyIt()
    {
        var session = RuleSession.Create(typeof(NoticeRule));
        session.Insert(new Item("a", 1));
        session.Fire();

        session.Query<object>().ToList().Should().HaveCount(2);
        session.Query<Notice>().ToList().Should().Equal(new Notice("a"));
    }
}
