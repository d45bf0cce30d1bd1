using FsCheck;
using FsCheck.Fluent;

namespace Intimacy.Rules.Tests.Properties;

/// <summary>FsCheck generators of small random rule sets and operation scripts.</summary>
public static class ScenarioGenerators
{
    private static Gen<PatternSpec> Pattern(int index, int maxKind) =>
        from kind in Gen.Choose(0, maxKind)
        from minA in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
        from joinKind in index == 0 ? Gen.Constant(JoinKind.None) : Gen.Elements(JoinKind.None, JoinKind.Equal, JoinKind.Equal, JoinKind.Greater)
        from joinTo in Gen.Choose(0, Math.Max(0, index - 1))
        select new PatternSpec(kind, minA, joinKind, joinTo);

    private static Gen<int?> JoinTarget(int patterns) =>
        patterns == 0 ? Gen.Constant<int?>(null) : Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, patterns - 1).Select(i => (int?)i)));

    private static Gen<RuleSpec> Rule() =>
        from yields in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        let maxKind = yields ? 2 : 3
        from patternCount in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Constant(1)), (4, Gen.Constant(2)))
        from patterns in Gen.CollectToArray(Enumerable.Range(0, patternCount), i => Pattern(i, maxKind))
        from hasQuantifier in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from quantifier in
            from isNot in Gen.Elements(true, false)
            from kind in Gen.Choose(0, maxKind)
            from joinTo in JoinTarget(patternCount)
            select new QuantifierSpec(isNot, kind, joinTo)
        from hasCollect in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from collect in
            from kind in Gen.Choose(0, maxKind)
            from joinTo in JoinTarget(patternCount)
            from minCount in Gen.Choose(0, 2)
            select new CollectSpec(kind, joinTo, minCount)
        from priority in Gen.Choose(0, 1)
        from nonRepeatable in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        where patternCount > 0 || hasQuantifier || hasCollect
        select new RuleSpec(priority, nonRepeatable, patterns, hasQuantifier ? quantifier : null, hasCollect ? collect : null, yields);

    private static Gen<OpSpec> Op() =>
        from kind in Gen.Frequency(
            (6, Gen.Constant(OpKind.Insert)),
            (3, Gen.Constant(OpKind.Update)),
            (1, Gen.Constant(OpKind.Retract)),
            (2, Gen.Constant(OpKind.Fire)))
        from slot in Gen.Choose(0, 7)
        from factKind in Gen.Frequency((4, Gen.Choose(0, 2)), (1, Gen.Constant(3)))
        from a in Gen.Choose(0, 2)
        from b in Gen.Choose(0, 2)
        select new OpSpec(kind, slot, factKind, a, b);

    public static Arbitrary<Scenario> Scenarios() =>
        Arb.From(
            from ruleCount in Gen.Choose(1, 4)
            from rules in Gen.ArrayOf(Rule(), ruleCount)
            from opCount in Gen.Choose(2, 20)
            from ops in Gen.ArrayOf(Op(), opCount)
            select new Scenario(rules, ops));
}
