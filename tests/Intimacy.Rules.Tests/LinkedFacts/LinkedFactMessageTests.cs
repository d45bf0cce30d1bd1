using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.LinkedFacts;

/// <summary>
/// A refused linked-fact operation names the rule and the fact's type, never the fact's <c>ToString()</c>: facts are
/// often records built from a person's answers, and their compiler-made <c>ToString()</c> prints every value.
/// </summary>
public class LinkedFactMessageTests
{
    public sealed record PrivateScore(int Phq9);

    public sealed class RelinkToATakenFactRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then().Do(ctx => Relink(ctx, item));
        }

        private static void Relink(IContext context, Item item)
        {
            if (context.GetLinked("score") is null)
            {
                context.InsertLinked("score", new PrivateScore(item.Value));
            }
            else
            {
                // A score equal to one already in working memory, as another rule's copy of the same answer would be.
                context.UpdateLinked("score", new PrivateScore(123457));
            }
        }
    }

    [Fact]
    public void UpdateLinked_ToAFactAlreadyInWorkingMemory_DoesNotPrintTheFact()
    {
        var session = RuleSession.Factory(new RelinkToATakenFactRule()).CreateSession();
        session.Insert(new PrivateScore(123457));
        var item = new Item("a", 123456);
        session.Insert(item);
        session.Fire();
        session.Update(item);

        var act = () => session.Fire();

        var ex = act.Should().Throw<Exception>().Which;
        ex.ToString().Should().Contain("already in working memory").And.NotContain("123457");
    }
}
