using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Sessions;

/// <summary>An <see cref="IContext"/> kept by an action and used after its firing ended.</summary>
public class StaleContextTests
{
    public sealed class Keeper
    {
        public IContext? Context { get; set; }

        public Exception? Error { get; set; }
    }

    [Priority(10)]
    public sealed class KeepContextRule(Keeper keeper) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Group == "keep");
            Then().Do(ctx => Keep(keeper, ctx));
        }

        private static void Keep(Keeper keeper, IContext context) => keeper.Context = context;
    }

    public sealed class UseKeptContextRule(Keeper keeper) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Group == "use");
            Then().Do(ctx => Use(keeper, item));
        }

        private static void Use(Keeper keeper, Item item)
        {
            if (item.Name == "linked")
            {
                keeper.Context!.InsertLinked("k", new Notice("stale linked"));
            }
            else
            {
                keeper.Context!.Insert(new Notice("stale"));
            }
        }
    }

    public sealed class KeepThenFailRule(Keeper keeper) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Group == "fail");
            Then().Do(ctx => KeepThenFail(keeper, ctx));
        }

        private static void KeepThenFail(Keeper keeper, IContext context)
        {
            keeper.Context = context;
            throw new InvalidOperationException("boom");
        }
    }

    private static (ISession Session, Keeper Keeper) Kept()
    {
        var keeper = new Keeper();
        var session = RuleSession.Factory(new KeepContextRule(keeper), new UseKeptContextRule(keeper), new KeepThenFailRule(keeper)).CreateSession();
        session.Insert(new Item("k", group: "keep"));
        session.Fire().Should().Be(1);
        keeper.Context.Should().NotBeNull();
        return (session, keeper);
    }

    public static TheoryData<string> Members() =>
    [
        "Insert", "InsertAll", "TryInsert", "Update", "Retract", "InsertLinked", "UpdateLinked", "RetractLinked", "GetLinked",
        "GetLinkedKeys", "Rule", "Match", "Halt", "CancellationToken", "Resolve",
    ];

    private static void Call(IContext context, string member, Item fact)
    {
        _ = member switch
        {
            "Insert" => Do(() => context.Insert(new Notice("stale"))),
            "InsertAll" => Do(() => context.InsertAll([new Notice("stale")])),
            "TryInsert" => context.TryInsert(new Notice("stale")),
            "Update" => Do(() => context.Update(fact)),
            "Retract" => Do(() => context.Retract(fact)),
            "InsertLinked" => Do(() => context.InsertLinked("k", new Notice("stale"))),
            "UpdateLinked" => Do(() => context.UpdateLinked("k", new Notice("stale"))),
            "RetractLinked" => Do(() => context.RetractLinked("k", new Notice("stale"))),
            "GetLinked" => context.GetLinked("k"),
            "GetLinkedKeys" => context.GetLinkedKeys().ToList(),
            "Rule" => context.Rule,
            "Match" => context.Match,
            "Halt" => Do(context.Halt),
            "CancellationToken" => context.CancellationToken,
            _ => context.Resolve(typeof(string)),
        };
    }

    private static object Do(Action action)
    {
        action();
        return 0;
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void AfterItsFiring_EveryMemberThrows_AndNothingChanges(string member)
    {
        var (session, keeper) = Kept();
        var fact = session.Query<Item>().Single();

        var act = () => Call(keeper.Context!, member, fact);

        act.Should().Throw<InvalidOperationException>().WithMessage("*only valid while the actions of its own firing run*");
        session.Query<Notice>().Should().BeEmpty();
        session.Query<Item>().Should().Equal(fact);
        session.Insert(new Item("more", group: "keep"));
        session.Fire().Should().Be(1);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("linked")]
    public void FromAnotherRulesAction_Throws_NothingIsCreditedToThatFiring(string name)
    {
        var (session, _) = Kept();
        session.Insert(new Item(name, group: "use"));

        var act = () => session.Fire();

        act.Should().Throw<RuleRhsExpressionEvaluationException>()
            .Where(e => e.RuleName == typeof(UseKeptContextRule).FullName)
            .WithInnerException<InvalidOperationException>().WithMessage("*only valid while the actions of its own firing run*");
        session.Query<Notice>().Should().BeEmpty();
        session.Fire().Should().Be(0);
    }

    [Fact]
    public void FromAnEventHandlerDuringALaterFire_HaltThrows_AndTheFireRunsToItsEnd()
    {
        var (session, keeper) = Kept();
        var errors = new List<Exception>();
        session.Events.RuleFiringEvent += (_, _) =>
        {
            try
            {
                keeper.Context!.Halt();
            }
            catch (InvalidOperationException exception)
            {
                errors.Add(exception);
            }
        };
        session.Insert(new Item("k2", group: "keep"));
        session.Insert(new Item("k3", group: "keep"));

        session.Fire().Should().Be(2);

        errors.Should().HaveCount(2);
    }

    [Fact]
    public void LiveContextFromTheRhsFailedHandler_LinkedCallsAreRefused()
    {
        // The handler runs during the firing, but it observes: it may not queue linked facts, any more than insert.
        var keeper = new Keeper();
        var session = RuleSession.Factory(new KeepThenFailRule(keeper)).CreateSession();
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            try
            {
                keeper.Context!.InsertLinked("k", new Notice("from handler"));
            }
            catch (InvalidOperationException exception)
            {
                keeper.Error = exception;
            }

            e.IsHandled = true;
        };
        session.Insert(new Item("x", group: "fail"));

        session.Fire().Should().Be(1);

        keeper.Error.Should().NotBeNull();
        session.Query<Notice>().Should().BeEmpty();
    }
}
