using System.Linq.Expressions;
using System.Reflection;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.RuleModel.Builders;

namespace Intimacy.Rules.Tests.Properties;

/// <summary>Runs a scenario on Intimacy.Rules, with the rules built through the runtime RuleBuilder.</summary>
public static class EngineRunner
{
    public static List<string> Run(Scenario scenario) => Run(scenario, reuseAfterReset: false);

    /// <summary>
    /// Runs the scenario; with <paramref name="reuseAfterReset"/>, on a session that first ran the whole
    /// scenario twice (each time left dirty: facts, matches, counts), being reset after each, so that the
    /// last run takes the objects the session kept from the run before it. The log is of the last run only.
    /// </summary>
    public static List<string> Run(Scenario scenario, bool reuseAfterReset)
    {
        var log = new List<string>();
        var derived = new DerivedIds();
        var definitions = scenario.Rules.Select((rule, index) => Build(index, rule, new Harness(index, rule, log, derived))).ToArray();
        var session = new RuleCompiler().Compile(definitions).CreateSession();
        // A session keeps its objects from its first reset on: the second run's are the ones reused.
        for (var run = 0; reuseAfterReset && run < 2; run++)
        {
            // Left without the final Fire, so matches are still waiting on the agenda when it is reset.
            Play(scenario, session, fireAtEnd: false);
            session.Reset();
            log.Clear();
            derived.Next = Scenario.FirstDerivedId;
        }

        Play(scenario, session, fireAtEnd: true);
        return log;
    }

    private static void Play(Scenario scenario, ISession session, bool fireAtEnd)
    {
        var live = new List<PFact>();
        var nextId = 1;
        foreach (var op in scenario.Ops)
        {
            switch (op.Kind)
            {
                case OpKind.Insert:
                    var fact = new PFact(nextId++, op.FactKind, op.A, op.B);
                    live.Add(fact);
                    session.Insert(fact);
                    break;
                case OpKind.Update when live.Count > 0:
                    var updated = live[op.Slot % live.Count];
                    updated.A = op.A;
                    updated.B = op.B;
                    session.Update(updated);
                    break;
                case OpKind.Retract when live.Count > 0:
                    var index = op.Slot % live.Count;
                    session.Retract(live[index]);
                    live.RemoveAt(index);
                    break;
                case OpKind.Fire:
                    session.Fire();
                    break;
            }
        }

        if (fireAtEnd)
        {
            session.Fire();
        }
    }

    private static IRuleDefinition Build(int index, RuleSpec spec, Harness harness)
    {
        var builder = new RuleBuilder();
        builder.Name("r" + index);
        builder.Priority(spec.Priority);
        builder.Repeatability(spec.NonRepeatable ? RuleRepeatability.NonRepeatable : RuleRepeatability.Repeatable);
        var lhs = builder.LeftHandSide();
        var declared = new List<ParameterExpression>();
        for (var i = 0; i < spec.Patterns.Length; i++)
        {
            var pattern = spec.Patterns[i];
            var self = Expression.Parameter(typeof(PFact), "p" + i);
            var builderOfPattern = lhs.Pattern(typeof(PFact), self.Name);
            builderOfPattern.Condition(Expression.Lambda(Expression.Equal(Member(self, "Kind"), Expression.Constant(pattern.Kind)), self));
            if (pattern.MinA > 0)
            {
                builderOfPattern.Condition(Expression.Lambda(Expression.GreaterThanOrEqual(Member(self, "A"), Expression.Constant(pattern.MinA)), self));
            }

            if (pattern.Join != JoinKind.None)
            {
                var other = Expression.Parameter(typeof(PFact), "p" + pattern.JoinTo);
                var body = pattern.Join == JoinKind.Equal
                    ? Expression.Equal(Member(self, "B"), Member(other, "A"))
                    : Expression.GreaterThan(Member(self, "A"), Member(other, "A"));
                builderOfPattern.Condition(Expression.Lambda(body, self, other));
            }

            declared.Add(self);
        }

        if (spec.Quantifier is { } quantifier)
        {
            var pattern = quantifier.IsNot ? lhs.Not().Pattern(typeof(PFact), "q") : lhs.Exists().Pattern(typeof(PFact), "q");
            AddSourceConditions(pattern, "q", quantifier.Kind, quantifier.JoinTo);
        }

        if (spec.Collect is { } collect)
        {
            var collection = Expression.Parameter(typeof(IEnumerable<PFact>), "c");
            var pattern = lhs.Pattern(typeof(IEnumerable<PFact>), "c");
            var count = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Count) && m.GetParameters().Length == 1).MakeGenericMethod(typeof(PFact));
            pattern.Condition(Expression.Lambda(Expression.GreaterThanOrEqual(Expression.Call(count, collection), Expression.Constant(collect.MinCount)), collection));
            var aggregate = pattern.Aggregate();
            aggregate.Collect();
            AddSourceConditions(aggregate.Pattern(typeof(PFact), "s"), "s", collect.Kind, collect.JoinTo);
        }

        var context = Expression.Parameter(typeof(IContext), "ctx");
        var onFire = typeof(Harness).GetMethod(nameof(Harness.OnFire), BindingFlags.Public | BindingFlags.Instance)!;
        builder.RightHandSide().Action(Expression.Lambda(Expression.Call(Expression.Constant(harness), onFire, context), context));
        return builder.Build();
    }

    private static void AddSourceConditions(PatternBuilder pattern, string name, int kind, int? joinTo)
    {
        var self = Expression.Parameter(typeof(PFact), name);
        pattern.Condition(Expression.Lambda(Expression.Equal(Member(self, "Kind"), Expression.Constant(kind)), self));
        if (joinTo is { } target)
        {
            var other = Expression.Parameter(typeof(PFact), "p" + target);
            pattern.Condition(Expression.Lambda(Expression.Equal(Member(self, "B"), Member(other, "A")), self, other));
        }
    }

    private static MemberExpression Member(Expression target, string name) => Expression.Property(target, name);

    private sealed class DerivedIds
    {
        public int Next { get; set; } = Scenario.FirstDerivedId;
    }

    /// <summary>What every generated rule does when it fires: log the match, and yield when asked.</summary>
    private sealed class Harness(int index, RuleSpec spec, List<string> log, DerivedIds derived)
    {
        public void OnFire(IContext context)
        {
            var values = context.Match.Facts.Select(f => f.Value).ToList();
            var tuple = values.OfType<PFact>().ToList();
            var collected = values.OfType<IEnumerable<PFact>>().SingleOrDefault()?.ToList();
            var entry = $"r{index}:{context.Match.Trigger}:({string.Join(",", tuple.Select(f => f.Id))})";
            if (collected is not null)
            {
                entry += "[" + string.Join(",", collected.Select(f => f.Id).Order()) + "]";
            }

            log.Add(entry);
            if (!spec.Yields)
            {
                return;
            }

            var a = tuple.Sum(f => f.A) + (collected?.Count ?? 0);
            var b = tuple.Count > 0 ? tuple[0].B : 0;
            if (context.GetLinked("y") is PFact existing)
            {
                context.UpdateLinked("y", new PFact(existing.Id, Scenario.DerivedKind, a, b));
            }
            else
            {
                context.InsertLinked("y", new PFact(derived.Next++, Scenario.DerivedKind, a, b));
            }
        }
    }
}
