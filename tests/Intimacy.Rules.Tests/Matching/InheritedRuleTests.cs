using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Matching;

/// <summary>
/// Rules written once in a base class and specialised by overrides: the conditions and actions capture the rule
/// (typed as the base class in the expression) and each rule's delegates call its own overrides.
/// </summary>
public class InheritedRuleTests
{
    public abstract class ThresholdRule(Recorder recorder) : Rule
    {
        protected abstract int Threshold { get; }

        protected virtual string Label => GetType().Name;

        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => Passes(i));
            Then().Do(ctx => Record(item));
        }

        protected virtual bool Passes(Item item) => item.Value >= Threshold;

        private void Record(Item item) => recorder.Add(Label, item.Name);
    }

    public sealed class AtLeastTwoRule(Recorder recorder) : ThresholdRule(recorder)
    {
        protected override int Threshold => 2;
    }

    public sealed class AtLeastFiveRule(Recorder recorder) : ThresholdRule(recorder)
    {
        protected override int Threshold => 5;

        protected override string Label => "five";
    }

    public class ExactlyRule(Recorder recorder) : ThresholdRule(recorder)
    {
        protected override int Threshold => 3;

        protected override bool Passes(Item item) => item.Value == Threshold;
    }

    public sealed class ExactlyFourRule(Recorder recorder) : ExactlyRule(recorder)
    {
        protected override int Threshold => 4;
    }

    [Fact]
    public void EachRule_UsesItsOwnOverrides()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new AtLeastTwoRule(recorder), new AtLeastFiveRule(recorder), new ExactlyRule(recorder), new ExactlyFourRule(recorder)).CreateSession();
        session.InsertAll([new Item("one", 1), new Item("three", 3), new Item("four", 4), new Item("six", 6)]);

        session.Fire();

        recorder.Entries.Should().BeEquivalentTo(
            "AtLeastTwoRule(three)", "AtLeastTwoRule(four)", "AtLeastTwoRule(six)",
            "five(six)",
            "ExactlyRule(three)",
            "ExactlyFourRule(four)");
    }
}
