using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.LetHaving;

/// <summary>
/// Two joined facts with two values computed from them by <c>Let</c>, one filtered by <c>Having</c> (the NRules "two
/// facts, calculate" scenarios); a computed value may be null.
/// </summary>
public class CalculatedValueScenarioTests
{
    public sealed record Summary(string Text);

    public sealed record Total(int Value);

    public sealed class CalculateRule(List<(Summary? Summary, Total? Total)> fired) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            Tag tag = null!;
            Summary? summary = null;
            Total? total = null;
            When()
                .Match(() => item, i => i.Name.StartsWith("ok"))
                .Match(() => tag, t => t.Name.StartsWith("ok"), t => t.Group == item.Name)
                .Let(() => summary, () => Summarise(item, tag))
                .Let(() => total, () => Add(item, tag))
                .Having(() => total != null && total.Value == 0);
            Then().Do(ctx => Record(summary, total));
        }

        private void Record(Summary? summary, Total? total)
        {
            fired.Add((summary, total));
        }

        private static Summary? Summarise(Item item, Tag tag) => item.Group == "no-summary" ? null : new Summary(item.Name + "|" + tag.Name);

        private static Total? Add(Item item, Tag tag) => item.Group == "no-total" ? null : new Total(item.Value + (tag.Name.EndsWith('!') ? 1 : 0));
    }

    private static (ISession Session, List<(Summary? Summary, Total? Total)> Fired) NewSession()
    {
        var fired = new List<(Summary?, Total?)>();
        return (RuleSession.Factory(new CalculateRule(fired)).CreateSession(), fired);
    }

    [Fact]
    public void OnePair_FiresOnceWithTheComputedValue()
    {
        var (session, fired) = NewSession();
        session.Insert(new Item("ok1"));
        session.Insert(new Tag("ok2", "ok1"));

        session.Fire().Should().Be(1);
        fired.Single().Summary!.Text.Should().Be("ok1|ok2");
    }

    [Fact]
    public void AComputedValueIsNull_StillFires_WithNull()
    {
        var (session, fired) = NewSession();
        session.Insert(new Item("ok1", group: "no-summary"));
        session.Insert(new Tag("ok2", "ok1"));

        session.Fire().Should().Be(1);
        fired.Single().Summary.Should().BeNull();
        fired.Single().Total.Should().NotBeNull();
    }

    [Fact]
    public void TheFilteredValueIsNull_DoesNotFire()
    {
        var (session, _) = NewSession();
        session.Insert(new Item("ok1", group: "no-total"));
        session.Insert(new Tag("ok2", "ok1"));

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void SecondFactUpdatedBeforeFire_FiresOnceWithTheNewValue()
    {
        var (session, fired) = NewSession();
        var tag = new Tag("ok2", "ok1");
        session.Insert(new Item("ok1"));
        session.Insert(tag);
        tag.Group = "ok1";
        session.Update(tag);

        session.Fire().Should().Be(1);
        fired.Single().Summary!.Text.Should().Be("ok1|ok2");
    }

    [Fact]
    public void SecondFactUpdatedAfterFiring_FiresAgainWithTheNewValue()
    {
        var (session, fired) = NewSession();
        var item = new Item("ok1");
        session.Insert(item);
        session.Insert(new Tag("ok2", "ok1"));
        session.Fire();

        item.Group = "changed";
        session.Update(item);
        session.Fire().Should().Be(1);

        fired.Should().HaveCount(2);
    }

    [Fact]
    public void UpdateThatMakesTheHavingFail_DoesNotFire()
    {
        var (session, _) = NewSession();
        var item = new Item("ok1");
        session.Insert(item);
        session.Insert(new Tag("ok2", "ok1"));
        item.Value = 1;
        session.Update(item);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void SecondFactRetracted_DoesNotFire()
    {
        var (session, _) = NewSession();
        var tag = new Tag("ok2", "ok1");
        session.Insert(new Item("ok1"));
        session.Insert(tag);
        session.Retract(tag);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void TwoPairs_FireOncePerPairWithTheirOwnValues()
    {
        var (session, fired) = NewSession();
        session.InsertAll([new Item("ok11"), new Item("ok12")]);
        session.InsertAll([new Tag("ok21", "ok11"), new Tag("ok22", "ok12")]);

        session.Fire().Should().Be(2);
        fired.Select(f => f.Summary!.Text).Should().Equal("ok11|ok21", "ok12|ok22");
    }
}
