using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Refraction;

/// <summary>
/// Actions bound to <see cref="ActionTrigger"/>s (the NRules "action trigger" scenarios, without their rule filter, which
/// this engine does not have): which actions run after inserts, updates and retracts, for a repeatable rule, a
/// non-repeatable one, and one with no action for reactivation.
/// </summary>
public class ActionTriggerScenarioTests
{
    public sealed class Counts
    {
        public int Activated { get; set; }

        public int Reactivated { get; set; }

        public int Deactivated { get; set; }

        public int[] All => [Activated, Reactivated, Deactivated];
    }

    public sealed class TriggeredRule(Counts counts) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then()
                .Action(ctx => Activated(), ActionTrigger.Activated)
                .Action(ctx => Reactivated(), ActionTrigger.Reactivated)
                .Action(ctx => Deactivated(), ActionTrigger.Deactivated);
        }

        private void Activated() => counts.Activated++;

        private void Reactivated() => counts.Reactivated++;

        private void Deactivated() => counts.Deactivated++;
    }

    [Repeatability(RuleRepeatability.NonRepeatable)]
    public sealed class NonRepeatableTriggeredRule(Counts counts) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then()
                .Action(ctx => Activated(), ActionTrigger.Activated)
                .Action(ctx => Reactivated(), ActionTrigger.Reactivated)
                .Action(ctx => Deactivated(), ActionTrigger.Deactivated);
        }

        private void Activated() => counts.Activated++;

        private void Reactivated() => counts.Reactivated++;

        private void Deactivated() => counts.Deactivated++;
    }

    public sealed class NoReactivationRule(Counts counts) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then()
                .Action(ctx => Activated(), ActionTrigger.Activated)
                .Action(ctx => Deactivated(), ActionTrigger.Deactivated);
        }

        private void Activated() => counts.Activated++;

        private void Deactivated() => counts.Deactivated++;
    }

    /// <summary>The script's steps: i = insert, u = update, r = retract, f = fire.</summary>
    private static Counts Run(Func<Counts, Rule> rule, string script)
    {
        var counts = new Counts();
        var session = RuleSession.Factory(rule(counts)).CreateSession();
        var item = new Item("a");
        foreach (var step in script)
        {
            switch (step)
            {
                case 'i': session.Insert(item); break;
                case 'u': session.Update(item); break;
                case 'r': session.Retract(item); break;
                case 'f': session.Fire(); break;
            }
        }

        return counts;
    }

    [Theory]
    [InlineData("if", 1, 0, 0)]
    [InlineData("iuf", 1, 0, 0)]
    [InlineData("ifuf", 1, 1, 0)]
    [InlineData("ifuuf", 1, 1, 0)]
    [InlineData("ifufuf", 1, 2, 0)]
    [InlineData("irf", 0, 0, 0)]
    [InlineData("ifrf", 1, 0, 1)]
    [InlineData("ifufrf", 1, 1, 1)]
    [InlineData("ifurf", 1, 0, 1)]
    [InlineData("ifrfif", 2, 0, 1)]
    [InlineData("ifrif", 2, 0, 1)]
    public void Repeatable(string script, int activated, int reactivated, int deactivated) =>
        Run(counts => new TriggeredRule(counts), script).All.Should().Equal(activated, reactivated, deactivated);

    [Theory]
    [InlineData("if", 1, 0, 0)]
    [InlineData("iuf", 1, 0, 0)]
    [InlineData("ifuf", 1, 0, 0)]
    [InlineData("ifuuf", 1, 0, 0)]
    [InlineData("ifufuf", 1, 0, 0)]
    [InlineData("irf", 0, 0, 0)]
    [InlineData("ifrf", 1, 0, 1)]
    [InlineData("ifufrf", 1, 0, 1)]
    [InlineData("ifurf", 1, 0, 1)]
    [InlineData("ifrfif", 2, 0, 1)]
    [InlineData("ifrif", 2, 0, 1)]
    public void NonRepeatable(string script, int activated, int reactivated, int deactivated) =>
        Run(counts => new NonRepeatableTriggeredRule(counts), script).All.Should().Equal(activated, reactivated, deactivated);

    [Theory]
    [InlineData("if", 1, 0)]
    [InlineData("iuf", 1, 0)]
    [InlineData("ifuf", 1, 0)]
    [InlineData("ifuuf", 1, 0)]
    [InlineData("ifufuf", 1, 0)]
    [InlineData("irf", 0, 0)]
    [InlineData("ifrf", 1, 1)]
    [InlineData("ifufrf", 1, 1)]
    [InlineData("ifurf", 1, 1)]
    public void WithoutAReactivationAction(string script, int activated, int deactivated)
    {
        var counts = Run(c => new NoReactivationRule(c), script);

        new[] { counts.Activated, counts.Deactivated }.Should().Equal(activated, deactivated);
    }
}
