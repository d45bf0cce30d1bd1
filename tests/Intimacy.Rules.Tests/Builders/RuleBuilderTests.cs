using System.Linq.Expressions;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.RuleModel.Builders;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Builders;

public class RuleBuilderTests
{
    [Fact]
    public void RuleBuilder_JoinWithNamedDeclarations_CompilesAndFires()
    {
        var recorder = new Recorder();
        var builder = new RuleBuilder();
        builder.Name("runtime join");
        builder.Priority(3);
        builder.Tags(["runtime"]);
        builder.Property("owner", "tests");
        var lhs = builder.LeftHandSide();
        var customer = lhs.Pattern(typeof(Customer), "customer");
        Expression<Func<Customer, bool>> preferred = customer => customer.IsPreferred;
        customer.Condition(preferred);
        var order = lhs.Pattern(typeof(Order), "order");
        Expression<Func<Order, Customer, bool>> ofCustomer = (order, customer) => order.Customer == customer;
        order.Condition(ofCustomer);
        Expression<Action<IContext, Customer, Order>> action = (ctx, customer, order) => recorder.Add(customer.Name + order.Id);
        builder.RightHandSide().Action(action);

        var definition = builder.Build();
        var session = new RuleCompiler().Compile([definition]).CreateSession();
        var ann = new Customer("ann", true);
        session.InsertAll([ann, new Order(1, ann, 1), new Order(2, new Customer("bob"), 1)]);
        session.Fire();

        recorder.Entries.Should().Equal("ann1");
        definition.Priority.Should().Be(3);
        definition.Properties["owner"].Should().Be("tests");
    }

    [Fact]
    public void RuleBuilder_OrGroup_EachBranchFires()
    {
        var recorder = new Recorder();
        var builder = new RuleBuilder();
        builder.Name("either");
        var or = builder.LeftHandSide().Group(GroupType.Or);
        Expression<Func<Item, bool>> big = item => item.Value > 10;
        Expression<Func<Item, bool>> named = item => item.Name == "x";
        or.Pattern(typeof(Item), "item").Condition(big);
        or.Pattern(typeof(Item), "item").Condition(named);
        Expression<Action<IContext, Item>> action = (ctx, item) => recorder.Add(item.Name);
        builder.RightHandSide().Action(action);

        var session = new RuleCompiler().Compile([builder.Build()]).CreateSession();
        session.InsertAll([new Item("x", 20), new Item("y", 20), new Item("z", 1)]);
        session.Fire();

        recorder.Entries.Should().Equal("x", "x", "y");
    }

    [Fact]
    public void SimpleRule_FromData_FiresWithMetadataAndDelegates()
    {
        var fired = new List<string>();
        var rows = new[] { (Name: "low", Threshold: 0, Priority: 1), (Name: "high", Threshold: 5, Priority: 9) };
        var rules = rows.Select(row => SimpleRule.For<Item>(row.Name)
            .Description("value above " + row.Threshold)
            .Priority(row.Priority)
            .Tags("data")
            .Property("threshold", row.Threshold)
            .WhenPredicate(item => item.Value > row.Threshold)
            .Then((ctx, item) => fired.Add(ctx.Rule.Name + ":" + item.Name))
            .Build()).ToArray();

        var factory = new RuleCompiler().Compile(rules);
        var session = factory.CreateSession();
        session.InsertAll([new Item("a", 3), new Item("b", 7)]);
        session.Fire();

        fired.Should().Equal("high:b", "low:a", "low:b");
        factory.Rules.Select(r => r.Properties["threshold"]).Should().Equal(0, 5);
        factory.Rules.Should().AllSatisfy(r => r.Tags.Should().Equal("data"));
    }

    [Fact]
    public void SimpleRule_ExpressionConditionAndYield_ProducesLinkedFacts()
    {
        var rule = SimpleRule.For<Item>("notice")
            .When(i => i.Group == "g")
            .Yield(i => new Notice("seen " + i.Name))
            .Build();

        var session = new RuleCompiler().Compile([rule]).CreateSession();
        var item = new Item("a", group: "g");
        session.InsertAll([item, new Item("b", group: "h")]);
        session.Fire();
        session.Query<Notice>().Select(n => n.Text).Should().Equal("seen a");

        session.Retract(item);
        session.Query<Notice>().Should().BeEmpty();
    }

    [Fact]
    public void SimpleRule_RuntimeType_UsesObjectDelegates()
    {
        var seen = new List<object>();
        var rule = SimpleRule.For(typeof(Tag), "tags")
            .When(fact => ((Tag)fact).Group == "g")
            .Then((ctx, fact) => seen.Add(fact))
            .Build();

        var session = new RuleCompiler().Compile([rule]).CreateSession();
        var tag = new Tag("t", "g");
        session.InsertAll([tag, new Tag("u", "h"), new Item("i")]);
        session.Fire();

        seen.Should().Equal(tag);
    }

    [Fact]
    public void SimpleRule_WithoutAction_IsRejected()
    {
        var act = () => SimpleRule.For<Item>("nothing").When(i => true).Build();

        act.Should().Throw<InvalidOperationException>();
    }
}
