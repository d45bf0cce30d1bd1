using System.Linq.Expressions;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Errors;

/// <summary>
/// A condition or action that throws, with and without a handler of the error event, across inserts, updates and
/// retracts (the NRules "evaluation exception" scenarios, without their rule filter, which this engine does not have).
/// </summary>
public class EvaluationErrorScenarioTests
{
    public sealed class Switch
    {
        public bool ConditionThrows { get; set; }

        public bool ActionThrows { get; set; }

        public bool Check() => ConditionThrows ? throw new InvalidOperationException("condition failed") : true;

        public void Act()
        {
            if (ActionThrows)
            {
                throw new InvalidOperationException("action failed");
            }
        }
    }

    public sealed class SwitchedRule(Switch @switch) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0 && @switch.Check());
            Then().Do(ctx => @switch.Act());
        }
    }

    private static (ISession Session, Switch Switch) NewSession(bool handleConditionErrors = false)
    {
        var @switch = new Switch();
        var session = RuleSession.Factory(new SwitchedRule(@switch)).CreateSession();
        if (handleConditionErrors)
        {
            session.Events.LhsExpressionFailedEvent += (_, e) => e.IsHandled = true;
        }

        return (session, @switch);
    }

    [Fact]
    public void ConditionThrowsOnInsert_NoHandler_InsertThrowsAndTheEventSeesTheExpressionAndFact()
    {
        var (session, @switch) = NewSession();
        @switch.ConditionThrows = true;
        Expression? expression = null;
        IReadOnlyList<object?>? arguments = null;
        session.Events.LhsExpressionFailedEvent += (_, e) => (expression, arguments) = (e.Expression, e.Arguments);
        var item = new Item("a", 1);

        var error = session.Invoking(s => s.Insert(item)).Should().Throw<RuleLhsExpressionEvaluationException>().Which;

        error.InnerException.Should().BeOfType<InvalidOperationException>();
        expression.Should().NotBeNull();
        arguments.Should().ContainSingle().Which.Should().BeSameAs(item);
    }

    [Fact]
    public void ConditionThrowsOnInsert_Handled_DoesNotFire()
    {
        var (session, @switch) = NewSession(handleConditionErrors: true);
        @switch.ConditionThrows = true;
        session.Insert(new Item("a", 1));

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void ConditionThrowsOnInsert_Handled_ThenSucceedsOnUpdate_Fires()
    {
        var (session, @switch) = NewSession(handleConditionErrors: true);
        @switch.ConditionThrows = true;
        var item = new Item("a", 1);
        session.Insert(item);
        @switch.ConditionThrows = false;
        session.Update(item);

        session.Fire().Should().Be(1);
    }

    [Fact]
    public void ConditionSucceedsOnInsert_ThenThrowsOnUpdate_Handled_DoesNotFire()
    {
        var (session, @switch) = NewSession(handleConditionErrors: true);
        var item = new Item("a", 1);
        session.Insert(item);
        @switch.ConditionThrows = true;
        session.Update(item);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void ConditionThrowsOnInsert_Handled_ThenRetracted_DoesNotFire()
    {
        var (session, @switch) = NewSession(handleConditionErrors: true);
        @switch.ConditionThrows = true;
        var item = new Item("a", 1);
        session.Insert(item);
        @switch.ConditionThrows = false;
        session.Retract(item);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void ConditionThrowsOnInsert_Handled_ThenUpdatedAndRetracted_DoesNotFire()
    {
        var (session, @switch) = NewSession(handleConditionErrors: true);
        @switch.ConditionThrows = true;
        var item = new Item("a", 1);
        session.Insert(item);
        @switch.ConditionThrows = false;
        session.Update(item);
        session.Retract(item);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void ActionThrows_NoHandler_FireThrowsAndTheEventSeesTheExpressionAndMatch()
    {
        var (session, @switch) = NewSession();
        @switch.ActionThrows = true;
        Expression? expression = null;
        object?[]? facts = null;
        session.Events.RhsExpressionFailedEvent += (_, e) => (expression, facts) = (e.Expression, e.Match.Facts.Select(f => f.Value).ToArray());
        var item = new Item("a", 1);
        session.Insert(item);

        var error = session.Invoking(s => s.Fire()).Should().Throw<RuleRhsExpressionEvaluationException>().Which;

        error.InnerException.Should().BeOfType<InvalidOperationException>();
        expression.Should().NotBeNull();
        facts.Should().Equal(item);
    }

    [Fact]
    public void ActionThrows_Handled_FireDoesNotThrow()
    {
        var (session, @switch) = NewSession();
        @switch.ActionThrows = true;
        session.Events.RhsExpressionFailedEvent += (_, e) => e.IsHandled = true;
        session.Insert(new Item("a", 1));

        session.Invoking(s => s.Fire()).Should().NotThrow();
    }
}
