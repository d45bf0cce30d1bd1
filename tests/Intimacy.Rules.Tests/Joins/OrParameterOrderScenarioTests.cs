using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Joins;

/// <summary>
/// Two alternatives binding their aliases in different orders, with conditions and an action whose parameters come in
/// yet other orders (the NRules "expression parameter order" scenarios).
/// </summary>
public class OrParameterOrderScenarioTests
{
    public sealed class ReorderedRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            Tag tag = null!;
            Customer customer = null!;
            Notice notice = null!;
            When().Or(x => x
                .And(y => y
                    .Match(() => item)
                    .Match(() => tag)
                    .Match(() => customer)
                    .Having(() => Check(item, tag, customer))
                    .Having(() => Check(customer, item)))
                .And(y => y
                    .Match(() => notice)
                    .Match(() => item)
                    .Having(() => Check(item, notice))
                    .Having(() => Check(notice, item))));
            Then().Do(ctx => recorder.Add("fired", customer, item, notice));
        }

        private static bool Check(params object[] values) => values.All(v => v is not null);
    }

    [Fact]
    public void EachAlternative_FiresOnce_WithItsOwnValuesInTheActionsOrder()
    {
        var recorder = new Recorder();
        var factory = RuleSession.Factory(new ReorderedRule(recorder));

        var first = factory.CreateSession();
        first.InsertAll([new Item("i"), new Tag("t", "g"), new Customer("c")]);
        first.Fire().Should().Be(1);

        var second = factory.CreateSession();
        second.InsertAll([new Item("i"), new Notice("n")]);
        second.Fire().Should().Be(1);

        recorder.Entries.Should().Equal("fired(Customer(c),i,null)", "fired(null,i,Notice { Text = n })");
    }
}
