using System.Collections.Frozen;
using System.Collections.Immutable;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Tests.Matching;

/// <summary>
/// <c>set.Contains(fact.Member)</c> with an immutable set is dispatched by hash, like an equality with a
/// constant: the same matches as testing every rule, found with one lookup.
/// </summary>
public class SetMembershipDispatchTests
{
    private static readonly string?[] Codes = ["a", "b", "c", "d", null, "A", "b"];

    [Fact]
    public void FrozenAndImmutableSets_AreDispatchedByHash()
    {
        var factory = Compile(typeof(FrozenAbRule), typeof(FrozenBcRule), typeof(ImmutableCdRule));

        var dispatch = ((SessionFactory)factory).DispatchFor(typeof(Coded));

        dispatch.Unhashed.Should().BeEmpty();
        dispatch.Groups.Should().ContainSingle().Which.Nodes.Keys.Should().BeEquivalentTo(new object[] { "a", "b", "c", "d" });
    }

    [Fact]
    public void MutableSetsAndOtherComparers_AreTestedOneByOne()
    {
        var factory = Compile(typeof(MutableAbRule), typeof(IgnoreCaseAbRule));

        var dispatch = ((SessionFactory)factory).DispatchFor(typeof(Coded));

        dispatch.Groups.Should().BeEmpty();
        dispatch.Unhashed.Should().HaveCount(2);
    }

    [Fact]
    public void HashedMembership_FiresExactlyLikeTestingEveryRule()
    {
        var hashed = Fire(typeof(FrozenAbRule), typeof(FrozenBcRule), typeof(ImmutableCdRule));
        var tested = Fire(typeof(MutableAbRule), typeof(MutableBcRule), typeof(MutableCdRule));

        // a, b, b for AB; b, c, b for BC; c, d for CD — null and "A" match nothing.
        hashed.Should().Equal(3, 3, 2);
        tested.Should().Equal(hashed);
    }

    [Fact]
    public void KeysEqualToAMemberButNotTheSameString_AreDispatchedAlike()
    {
        // The literals themselves are found by reference; copies of them by value, to the same rules.
        var copies = Fire([.. Codes.Select(c => c is null ? null : new string(c.AsSpan()))], typeof(FrozenAbRule), typeof(FrozenBcRule), typeof(ImmutableCdRule));

        copies.Should().Equal(Fire(typeof(FrozenAbRule), typeof(FrozenBcRule), typeof(ImmutableCdRule)));
        copies.Should().Equal(3, 3, 2);
    }

    [Fact]
    public void TheConditionsAfterAHashedMembership_AreStillTested()
    {
        // The membership test settles only itself: a later condition, or the rest of an && after it, still decides.
        var hashed = Fire(typeof(FrozenAbThenNotBRule), typeof(FrozenAbAndNotARule));

        ((SessionFactory)Compile(typeof(FrozenAbThenNotBRule), typeof(FrozenAbAndNotARule))).DispatchFor(typeof(Coded)).Groups.Should().ContainSingle();
        hashed.Should().Equal(1, 2);
    }

    [Fact]
    public void ASetWithItsOwnComparer_KeepsItsMeaning()
    {
        Fire(typeof(IgnoreCaseAbRule)).Should().Equal(4);
    }

    private static int[] Fire(params Type[] rules) => Fire(Codes, rules);

    private static int[] Fire(string?[] codes, params Type[] rules)
    {
        var factory = Compile(rules);
        var session = factory.CreateSession();
        foreach (var code in codes)
        {
            session.Insert(new Coded(code));
        }

        session.Fire();
        return [.. factory.Rules.Select(r => session.GetFiringCount(r.Name))];
    }

    private static ISessionFactory Compile(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(rules));
        return repository.Compile();
    }

    public static class Observed
    {
        public static void Fired()
        {
        }
    }

    public sealed class Coded(string? code)
    {
        public string? Code { get; } = code;
    }

    public sealed class FrozenAbRule : Rule
    {
        public override void Define()
        {
            var set = new[] { "a", "b" }.ToFrozenSet(StringComparer.Ordinal);
            Coded coded = null!;
            When().Match(() => coded, c => set.Contains(c.Code!));
            Then().Do(ctx => Observed.Fired());
        }
    }

    public sealed class FrozenBcRule : Rule
    {
        public override void Define()
        {
            var set = new[] { "b", "c" }.ToFrozenSet();
            Coded coded = null!;
            When().Match(() => coded, c => set.Contains(c.Code!));
            Then().Do(ctx => Observed.Fired());
        }
    }

    public sealed class ImmutableCdRule : Rule
    {
        public override void Define()
        {
            var set = ImmutableHashSet.Create("c", "d");
            Coded coded = null!;
            When().Match(() => coded, c => set.Contains(c.Code!));
            Then().Do(ctx => Observed.Fired());
        }
    }

    public sealed class FrozenAbThenNotBRule : Rule
    {
        public override void Define()
        {
            var set = new[] { "a", "b" }.ToFrozenSet();
            Coded coded = null!;
            When().Match(() => coded, c => set.Contains(c.Code!), c => c.Code != "b");
            Then().Do(ctx => Observed.Fired());
        }
    }

    public sealed class FrozenAbAndNotARule : Rule
    {
        public override void Define()
        {
            var set = new[] { "a", "b" }.ToFrozenSet();
            Coded coded = null!;
            When().Match(() => coded, c => set.Contains(c.Code!) && c.Code != "a");
            Then().Do(ctx => Observed.Fired());
        }
    }

    public sealed class MutableAbRule : Rule
    {
        public override void Define()
        {
            var set = new HashSet<string> { "a", "b" };
            Coded coded = null!;
            When().Match(() => coded, c => set.Contains(c.Code!));
            Then().Do(ctx => Observed.Fired());
        }
    }

    public sealed class MutableBcRule : Rule
    {
        public override void Define()
        {
            var set = new HashSet<string> { "b", "c" };
            Coded coded = null!;
            When().Match(() => coded, c => set.Contains(c.Code!));
            Then().Do(ctx => Observed.Fired());
        }
    }

    public sealed class MutableCdRule : Rule
    {
        public override void Define()
        {
            var set = new HashSet<string> { "c", "d" };
            Coded coded = null!;
            When().Match(() => coded, c => set.Contains(c.Code!));
            Then().Do(ctx => Observed.Fired());
        }
    }

    public sealed class IgnoreCaseAbRule : Rule
    {
        public override void Define()
        {
            var set = new[] { "a", "b" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            Coded coded = null!;
            When().Match(() => coded, c => set.Contains(c.Code!));
            Then().Do(ctx => Observed.Fired());
        }
    }
}
