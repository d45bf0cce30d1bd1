using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Identity;

public class FactIdentityComparerTests
{
    public record Reading(string Name, int Value);

    public sealed record LateReading(string Name, int Value) : Reading(Name, Value);

    public sealed record Tagged(string Name, int Value) : IIdentityProvider
    {
        public object GetIdentity() => Name;
    }

    public sealed class ReadingRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Reading reading = null!;
            When().Match(() => reading, r => r.Value > 0);
            Then().Do(ctx => recorder.Add("reading:" + reading.Name + ":" + reading.Value));
        }
    }

    public sealed class TaggedRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Tagged tagged = null!;
            When().Match(() => tagged);
            Then().Do(ctx => recorder.Add("tagged:" + tagged.Name + ":" + tagged.Value));
        }
    }

    /// <summary>Identifies readings by name alone, ignoring case.</summary>
    private sealed class ByName : IEqualityComparer<Reading>
    {
        public bool Equals(Reading? x, Reading? y) => string.Equals(x?.Name, y?.Name, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(Reading obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name);
    }

    private static ISession Session(Rule rule, Action<FactIdentityComparerRegistry>? register = null)
    {
        var repository = new RuleRepository { Activator = new OneRule(rule) };
        repository.Load(x => x.From(rule.GetType()));
        var compiler = new RuleCompiler();
        register?.Invoke(compiler.FactIdentityComparerRegistry);
        return compiler.Compile(repository.GetRuleSets()).CreateSession();
    }

    private sealed class OneRule(Rule rule) : IRuleActivator
    {
        public IEnumerable<Rule> Activate(Type type) => [rule];
    }

    [Fact]
    public void Default_EqualRecords_AreOneFact()
    {
        var session = Session(new ReadingRule(new Recorder()));

        session.TryInsert(new Reading("a", 1)).Should().BeTrue();

        session.TryInsert(new Reading("a", 1)).Should().BeFalse();
    }

    [Fact]
    public void ReferenceComparer_EqualRecords_AreTwoFacts()
    {
        var recorder = new Recorder();
        var session = Session(new ReadingRule(recorder), r => r.RegisterComparer<Reading>(ReferenceEqualityComparer.Instance));
        var first = new Reading("a", 1);
        var second = new Reading("a", 1);

        session.Insert(first);
        session.Insert(second);
        session.Fire();

        recorder.Entries.Should().Equal("reading:a:1", "reading:a:1");
        session.TryInsert(first).Should().BeFalse("the very same instance is already there");
        session.TryRetract(new Reading("a", 1)).Should().BeFalse("an equal copy is another fact");
        session.TryRetract(second).Should().BeTrue();
        session.Query<Reading>().Should().ContainSingle().Which.Should().BeSameAs(first);
    }

    [Fact]
    public void KeyComparer_UpdateAndRetract_FindTheFactByItsKey()
    {
        var recorder = new Recorder();
        var session = Session(new ReadingRule(recorder), r => r.RegisterComparer(new ByName()));
        session.Insert(new Reading("a", 0));

        session.TryInsert(new Reading("A", 5)).Should().BeFalse("the comparer says it is the same fact");
        session.Update(new Reading("A", 7));
        session.Fire();

        recorder.Entries.Should().Equal("reading:A:7");
        session.Retract(new Reading("a", -1));
        session.Query<Reading>().Should().BeEmpty();
    }

    [Fact]
    public void KeyComparer_Batches_TellDuplicatesByTheComparer()
    {
        var session = Session(new ReadingRule(new Recorder()), r => r.RegisterComparer(new ByName()));

        var inserted = session.TryInsertAll([new Reading("a", 1), new Reading("A", 2), new Reading("b", 3)], BatchOptions.SkipFailed);

        inserted.Failed.Should().Equal(new Reading("A", 2));
        var retracted = session.TryRetractAll([new Reading("a", 0), new Reading("A", 0)], BatchOptions.SkipFailed);
        retracted.Failed.Should().Equal(new Reading("A", 0));
        session.Query<Reading>().Should().Equal(new Reading("b", 3));
    }

    [Fact]
    public void Comparer_TakesPrecedenceOverIdentityProvider()
    {
        var recorder = new Recorder();
        var session = Session(new TaggedRule(recorder), r => r.RegisterComparer<Tagged>(ReferenceEqualityComparer.Instance));

        session.Insert(new Tagged("a", 1));
        session.Insert(new Tagged("a", 2));
        session.Fire();

        recorder.Entries.Should().BeEquivalentTo("tagged:a:1", "tagged:a:2");
    }

    [Fact]
    public void IdentityProvider_WithoutComparer_StillIdentifiesTheFact()
    {
        var session = Session(new TaggedRule(new Recorder()), r => r.RegisterComparer<Reading>(ReferenceEqualityComparer.Instance));

        session.Insert(new Tagged("a", 1));

        session.TryInsert(new Tagged("a", 2)).Should().BeFalse("facts of unregistered types keep the identity they provide");
    }

    [Fact]
    public void Comparer_AppliesToTheExactTypeOnly()
    {
        var session = Session(new ReadingRule(new Recorder()), r => r.RegisterComparer(new ByName()));
        session.Insert(new LateReading("a", 1));

        session.TryInsert(new LateReading("A", 2)).Should().BeTrue("a derived type keeps its own equality");
        session.TryInsert(new LateReading("a", 1)).Should().BeFalse();
        session.TryInsert(new Reading("a", 1)).Should().BeTrue("a registered-type fact is never the same as a fact of another type");
    }

    [Fact]
    public void Factory_KeepsTheComparersRegisteredWhenCompiled()
    {
        var repository = new RuleRepository { Activator = new OneRule(new ReadingRule(new Recorder())) };
        repository.Load(x => x.From(typeof(ReadingRule)));
        var compiler = new RuleCompiler();
        var before = compiler.Compile(repository.GetRuleSets());
        compiler.FactIdentityComparerRegistry.RegisterComparer<Reading>(ReferenceEqualityComparer.Instance);
        var after = compiler.Compile(repository.GetRuleSets());

        var old = before.CreateSession();
        old.Insert(new Reading("a", 1));
        old.TryInsert(new Reading("a", 1)).Should().BeFalse();
        var current = after.CreateSession();
        current.Insert(new Reading("a", 1));
        current.TryInsert(new Reading("a", 1)).Should().BeTrue();
    }

    [Theory]
    [InlineData(BatchOptions.AllOrNothing)]
    [InlineData(BatchOptions.SkipFailed)]
    public void Batch_WithANull_IsRefusedWhole_AndLeavesNothingBehind(BatchOptions options)
    {
        var recorder = new Recorder();
        var session = Session(new ReadingRule(recorder));

        var act = () => session.TryInsertAll([new Reading("b", 8), null!], options);

        act.Should().Throw<ArgumentNullException>();
        session.Query<Reading>().Should().BeEmpty();
        session.TryInsert(new Reading("b", 8)).Should().BeTrue("the first fact of the refused batch was not kept");
        session.Fire().Should().Be(1);
        recorder.Entries.Should().Equal("reading:b:8");
    }

    [Fact]
    public void Batch_WhoseComparerThrows_LeavesNothingReserved()
    {
        var session = Session(new ReadingRule(new Recorder()), r => r.RegisterComparer(new ThrowsOn("boom")));

        var act = () => session.InsertAll([new Reading("a", 1), new Reading("boom", 2)]);

        act.Should().Throw<InvalidOperationException>();
        session.Query<Reading>().Should().BeEmpty();
        session.TryInsert(new Reading("a", 1)).Should().BeTrue();
    }

    /// <summary>Identifies readings by name, and fails on one name, as a buggy app comparer might.</summary>
    private sealed class ThrowsOn(string name) : IEqualityComparer<Reading>
    {
        public bool Equals(Reading? x, Reading? y) => x?.Name == y?.Name;

        public int GetHashCode(Reading obj) => obj.Name == name ? throw new InvalidOperationException("comparer failed") : obj.Name.GetHashCode(StringComparison.Ordinal);
    }

    [Fact]
    public void Register_ForATypeNoFactHas_IsRefused()
    {
        var registry = new FactIdentityComparerRegistry();

        var forObject = () => registry.RegisterComparer(ReferenceEqualityComparer.Instance);
        var forInterface = () => registry.RegisterComparer<IIdentityProvider>(ReferenceEqualityComparer.Instance);

        forObject.Should().Throw<ArgumentException>().WithMessage("*exactly Object*concrete fact type*");
        forInterface.Should().Throw<ArgumentException>();
        registry.FactTypes.Should().BeEmpty();
    }

    [Fact]
    public void DefaultComparer_DecidesForEveryTypeWithoutOne_IdentityProvidersIncluded()
    {
        var recorder = new Recorder();
        var session = Session(new TaggedRule(recorder), r => r.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance);

        session.Insert(new Tagged("a", 1));
        session.Insert(new Tagged("a", 2));
        session.Fire();

        recorder.Entries.Should().BeEquivalentTo("tagged:a:1", "tagged:a:2");
    }

    [Fact]
    public void TypeComparer_WinsOverTheDefaultComparer()
    {
        var session = Session(new ReadingRule(new Recorder()), r =>
        {
            r.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
            r.RegisterComparer(new ByName());
        });

        session.Insert(new Reading("a", 1));

        session.TryInsert(new Reading("A", 2)).Should().BeFalse("readings are compared by name");
        session.Update(new Reading("a", 3));
        session.Query<Reading>().Should().ContainSingle().Which.Value.Should().Be(3);
    }

    [Fact]
    public void DefaultComparer_Unset_KeepsTheEnginesOwnIdentity()
    {
        var registry = new FactIdentityComparerRegistry();

        registry.DefaultFactIdentityComparer.Should().BeNull();
        var session = Session(new TaggedRule(new Recorder()));
        session.Insert(new Tagged("a", 1));
        session.TryInsert(new Tagged("a", 2)).Should().BeFalse();
    }

    [Fact]
    public void Register_Twice_ReplacesTheComparer()
    {
        var registry = new FactIdentityComparerRegistry();
        registry.RegisterComparer<Reading>(ReferenceEqualityComparer.Instance);
        registry.RegisterComparer(new ByName());
        registry.RegisterComparer<Tagged>(ReferenceEqualityComparer.Instance);

        registry.FactTypes.Should().Equal(typeof(Reading), typeof(Tagged));
        var act = () => registry.RegisterComparer<Reading>(null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
