using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Tests;

/// <summary>
/// Hash dispatch must never evaluate an equality before the guards written ahead of it
/// (a regression found by the recommendation rule set).
/// </summary>
public class AlphaHashGuardTests
{
    [Fact]
    public void GuardedEquality_InOneCondition_IsNotEvaluatedOnFactsTheGuardRejects()
    {
        var session = Compile(typeof(GuardInConjunctionRule)).CreateSession();
        session.Insert(new Holder(null));
        session.Insert(new Holder(new Inner(7)));

        var fired = session.Fire();

        fired.Should().Be(1);
    }

    [Fact]
    public void GuardedEquality_InALaterCondition_IsNotEvaluatedOnFactsTheGuardRejects()
    {
        var session = Compile(typeof(GuardInEarlierConditionRule)).CreateSession();
        session.Insert(new Holder(null));
        session.Insert(new Holder(new Inner(7)));

        var fired = session.Fire();

        fired.Should().Be(1);
    }

    [Fact]
    public void EqualityWithNull_DoesNotHashTheMember_OfFactsWhereItIsSet()
    {
        // Every node of the group tests `== null`: a member that is set reaches none of them, so it is never hashed (a
        // record's hash may walk all its members; this one's throws).
        var session = Compile(typeof(NoPartRule)).CreateSession();
        session.Insert(new Machine(null));
        session.Insert(new Machine(new Unhashable()));

        var fired = session.Fire();

        fired.Should().Be(1);
    }

    private static ISessionFactory Compile(Type rule)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(rule));
        return repository.Compile();
    }

    public sealed record Inner(int Value);

    public sealed record Holder(Inner? Inner);

    public sealed class Unhashable
    {
        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => throw new InvalidOperationException("Not to be hashed.");
    }

    public sealed class Machine(Unhashable? part)
    {
        public Unhashable? Part { get; } = part;
    }

    public sealed class NoPartRule : Rule
    {
        public override void Define()
        {
            Machine machine = null!;
            When().Match(() => machine, m => m.Part == null);
            Then().Do(ctx => ctx.Halt());
        }
    }

    public sealed class GuardInConjunctionRule : Rule
    {
        public override void Define()
        {
            Holder holder = null!;
            When().Match(() => holder, h => h.Inner != null && h.Inner.Value == 7);
            Then().Do(ctx => ctx.Halt());
        }
    }

    public sealed class GuardInEarlierConditionRule : Rule
    {
        public override void Define()
        {
            Holder holder = null!;
            When().Match(() => holder, h => h.Inner != null, h => h.Inner!.Value == 7);
            Then().Do(ctx => ctx.Halt());
        }
    }
}
