using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Existence;

/// <summary>
/// An item fires once when at least one tag of its group exists (the NRules "two facts, one exists check" scenarios):
/// how many times it fires after inserts, updates and retracts of either side.
/// </summary>
public class ExistsJoinScenarioTests
{
    public sealed class TaggedItemRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When()
                .Match(() => item, i => i.Value > 0)
                .Exists<Tag>(t => t.Name.StartsWith("ok"), t => t.Group == item.Group);
            Then().Do(ctx => recorder.Add("tagged", item));
        }
    }

    private static (ISession Session, Recorder Recorder) NewSession()
    {
        var recorder = new Recorder();
        return (RuleSession.Factory(new TaggedItemRule(recorder)).CreateSession(), recorder);
    }

    [Fact]
    public void TagInsertedBeforeTheItem_FiresOnce()
    {
        var (session, recorder) = NewSession();
        session.Insert(new Tag("ok", "a"));
        session.Insert(new Item("i", 1, "a"));

        session.Fire();

        recorder.Entries.Should().Equal("tagged(i)");
    }

    [Fact]
    public void ExistsElement_IsNotAFactOfTheMatch()
    {
        var (session, _) = NewSession();
        var item = new Item("i", 1, "a");
        session.InsertAll([item, new Tag("ok", "a")]);
        IFactMatch[]? facts = null;
        session.Events.RuleFiringEvent += (_, e) => facts = e.Match.Facts.ToArray();

        session.Fire();

        facts.Should().ContainSingle();
        facts![0].Declaration.Name.Should().Be("item");
        facts[0].Value.Should().BeSameAs(item);
    }

    [Fact]
    public void TwoItemsEachWithTheirOwnTags_FireOncePerItem()
    {
        var (session, recorder) = NewSession();
        session.Insert(new Item("i1", 1, "a"));
        session.Insert(new Item("i2", 1, "b"));
        session.InsertAll([new Tag("ok1", "a"), new Tag("ok2", "b"), new Tag("ok3", "b")]);

        session.Fire();

        recorder.Entries.Should().Equal("tagged(i1)", "tagged(i2)");
    }

    [Fact]
    public void OnlyTagRetractedBeforeFire_DoesNotFire()
    {
        var (session, recorder) = NewSession();
        var tag = new Tag("ok", "a");
        session.InsertAll([new Item("i", 1, "a"), tag]);
        session.Retract(tag);

        session.Fire().Should().Be(0);
        recorder.Entries.Should().BeEmpty();
    }

    [Fact]
    public void ItemRetractedBeforeFire_DoesNotFire()
    {
        var (session, recorder) = NewSession();
        var item = new Item("i", 1, "a");
        session.InsertAll([item, new Tag("ok", "a")]);
        session.Retract(item);

        session.Fire().Should().Be(0);
        recorder.Entries.Should().BeEmpty();
    }

    [Fact]
    public void ItemUpdatedBeforeFire_FiresOnce()
    {
        var (session, recorder) = NewSession();
        var item = new Item("i", 1, "a");
        session.InsertAll([item, new Tag("ok", "a")]);
        session.Update(item);

        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("tagged(i)");
    }

    [Fact]
    public void OnlyTagUpdatedToFailItsCondition_DoesNotFire()
    {
        var (session, recorder) = NewSession();
        var tag = new Tag("ok", "a");
        session.InsertAll([new Item("i", 1, "a"), tag]);
        tag.Group = "b";
        session.Update(tag);

        session.Fire().Should().Be(0);
        recorder.Entries.Should().BeEmpty();
    }

    [Fact]
    public void NoTag_DoesNotFire()
    {
        var (session, _) = NewSession();
        session.Insert(new Item("i", 1, "a"));

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void TagOfOneOfTwoItems_FiresForThatItemOnly()
    {
        var (session, recorder) = NewSession();
        session.InsertAll([new Item("i1", 1, "a"), new Item("i2", 1, "b")]);
        session.Insert(new Tag("ok", "a"));

        session.Fire();

        recorder.Entries.Should().Equal("tagged(i1)");
    }

    [Fact]
    public void TagUpdatedAfterFiring_StillExists_NothingRefires()
    {
        var (session, recorder) = NewSession();
        var tag = new Tag("ok", "a");
        session.InsertAll([new Item("i1", 1, "a"), new Item("i2", 1, "a")]);
        session.Insert(tag);
        session.Fire().Should().Be(2);

        session.Update(tag);

        session.Fire().Should().Be(0);
        recorder.Entries.Should().HaveCount(2);
    }

    [Fact]
    public void TagRetractedAndInsertedAgainAfterFiring_EveryItemFiresAgain()
    {
        var (session, recorder) = NewSession();
        var tag = new Tag("ok", "a");
        session.InsertAll([new Item("i1", 1, "a"), new Item("i2", 1, "a")]);
        session.Insert(tag);
        session.Fire();

        session.Retract(tag);
        session.Insert(tag);

        session.Fire().Should().Be(2);
        recorder.Entries.Should().Equal("tagged(i1)", "tagged(i2)", "tagged(i1)", "tagged(i2)");
    }

    [Fact]
    public void OneItemUpdatedAfterFiring_OnlyThatItemFiresAgain()
    {
        var (session, recorder) = NewSession();
        var i1 = new Item("i1", 1, "a");
        session.InsertAll([i1, new Item("i2", 1, "a")]);
        session.Insert(new Tag("ok", "a"));
        session.Fire();

        session.Update(i1);

        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("tagged(i1)", "tagged(i2)", "tagged(i1)");
    }
}
