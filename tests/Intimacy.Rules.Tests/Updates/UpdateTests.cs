using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Updates;

public class UpdateTests
{
    public sealed class PositiveRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then().Do(ctx => recorder.Add("positive", item));
        }
    }

    public sealed class PersonRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When().Match(() => person, p => p.Age >= 18);
            Then().Do(ctx => recorder.Add("adult:" + person.Name + ":" + person.Age));
        }
    }

    public sealed record Person(string Name, int Age) : IIdentityProvider
    {
        public object GetIdentity() => Name;
    }

    [Fact]
    public void Update_FactStartsMatching_Activates()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new PositiveRule(recorder)).CreateSession();
        var item = new Item("a", 0);
        session.Insert(item);
        session.Fire().Should().Be(0);

        item.Value = 1;
        session.Update(item);

        session.Fire().Should().Be(1);
    }

    [Fact]
    public void Update_FactStopsMatching_PendingActivationRemoved()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new PositiveRule(recorder)).CreateSession();
        var item = new Item("a", 1);
        session.Insert(item);

        item.Value = 0;
        session.Update(item);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void Update_ImmutableFactWithIdentity_ReplacesTheStoredObject()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new PersonRule(recorder)).CreateSession();
        session.Insert(new Person("ann", 17));

        session.Update(new Person("ann", 18));
        session.Fire();

        recorder.Entries.Should().Equal("adult:ann:18");
        session.Query<Person>().Should().ContainSingle().Which.Age.Should().Be(18);
    }

    [Fact]
    public void Update_UnknownFact_Throws()
    {
        var session = RuleSession.Factory(new PositiveRule(new Recorder())).CreateSession();

        var act = () => session.Update(new Item("nope"));

        act.Should().Throw<ArgumentException>();
        session.TryUpdate(new Item("nope")).Should().BeFalse();
    }

    [Fact]
    public void UpdateAll_OneUnknown_NothingUpdated()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new PositiveRule(recorder)).CreateSession();
        var item = new Item("a", 0);
        session.Insert(item);
        item.Value = 1;

        var result = session.TryUpdateAll([item, new Item("ghost")]);

        result.FailedCount.Should().Be(1);
        session.Fire().Should().Be(0);
    }
}
