using FsCheck;
using FsCheck.Fluent;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Scenarios;

/// <summary>
/// Random adjustment conditions, written out with random spacing and parentheses, hold exactly when a plain
/// evaluator of the documented rules says so: an unknown answer makes arithmetic, comparisons and <c>not</c>
/// unknown, <c>and</c>/<c>or</c> are settled by a known side that decides them, and a condition that ends unknown
/// does not hold.
/// </summary>
public class ConditionDifferentialTests
{
    private abstract record Expr;

    private sealed record Field(string Path, bool Partner) : Expr;

    private sealed record Literal(double Value) : Expr;

    private sealed record Unary(string Op, Expr Operand) : Expr;

    private sealed record Binary(string Op, Expr Left, Expr Right) : Expr;

    private sealed record OptionIs(string Path, bool Partner, string Op, string Option, int Index) : Expr;

    private static readonly string[] Numbers = ["view.desireLevel", "view.sexPerYear", "relationship.lengthYears"];

    private static readonly string[] Booleans = ["view.feelsRejected", "life.newParent", "relationship.livingTogether"];

    private static Gen<Expr> Numeric(int depth) => depth == 0
        ? Gen.OneOf(
            Gen.Elements(Numbers).SelectMany(p => Gen.Elements(false, true).Select(partner => (Expr)new Field(p, partner && !p.StartsWith("relationship.", StringComparison.Ordinal)))),
            Gen.Choose(-20, 20).Select(x => (Expr)new Literal(x / 2.0)))
        : Gen.OneOf(
            Numeric(0),
            Gen.Elements("+", "-", "*").SelectMany(op => Numeric(depth - 1).SelectMany(l => Numeric(depth - 1).Select(r => (Expr)new Binary(op, l, r)))),
            Numeric(depth - 1).SelectMany(l => Gen.Elements(0.5, 2.0, -4.0).Select(d => (Expr)new Binary("/", l, new Literal(d)))),
            Gen.Elements("abs", "-").SelectMany(op => Numeric(depth - 1).Select(e => (Expr)new Unary(op, e))));

    private static Gen<Expr> Logical(int depth) => depth == 0
        ? Gen.OneOf(
            Gen.Elements(Booleans).Select(p => (Expr)new Field(p, false)),
            Gen.Elements("==", "!=", "<", "<=", ">", ">=").SelectMany(op => Numeric(1).SelectMany(l => Numeric(1).Select(r => (Expr)new Binary(op, l, r)))),
            Gen.Elements("improving", "stable", "worsening").SelectMany(o => Gen.Elements("==", "!=").SelectMany(op => Gen.Elements(false, true).Select(partner =>
                (Expr)new OptionIs("view.trend", partner, op, o, Array.IndexOf(new[] { "improving", "stable", "worsening" }, o))))))
        : Gen.OneOf(
            Logical(0),
            Gen.Elements("and", "or").SelectMany(op => Logical(depth - 1).SelectMany(l => Logical(depth - 1).Select(r => (Expr)new Binary(op, l, r)))),
            Logical(depth - 1).Select(e => (Expr)new Unary("not", e)));

    /// <summary>An answer: unknown (NaN) about a third of the time.</summary>
    private static Gen<double> Answer(ProfileField field) => Gen.OneOf(
        Gen.Constant(double.NaN),
        Gen.Choose((int)field.Min, (int)Math.Min(field.Max, 8)).Select(x => (double)x));

    [Fact]
    public void Condition_HoldsExactlyWhenThePlainThreeValuedEvaluatorSaysSo()
    {
        var relationshipFields = ProfileField.Catalog.Relationship;
        var partnerFields = ProfileField.Catalog.Partner;
        var gen =
            from condition in Logical(3)
            from relationship in Gen.CollectToArray(relationshipFields.Select(Answer))
            from self in Gen.CollectToArray(partnerFields.Select(Answer))
            from other in Gen.CollectToArray(partnerFields.Select(Answer))
            from spacing in Gen.Elements(" ", "  ", "\t")
            select (condition, relationship, self, other, spacing);

        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (condition, relationship, self, other, spacing) = input;
            var text = Write(condition, spacing);
            var expected = Evaluate(condition, relationship, self, other);
            var holds = Condition.Parse(text).Holds(relationship, self, other);
            if (holds != (expected is { } v && v != 0))
            {
                throw new InvalidOperationException($"'{text}' holds {holds}, the plain evaluator says {(expected is { } e ? RandomScenarioDocuments.Format(e) : "unknown")}.");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    private static string Write(Expr expr, string space) => expr switch
    {
        Field f => (f.Partner ? "partner." : string.Empty) + f.Path,
        Literal l => l.Value < 0 ? "(" + RandomScenarioDocuments.Format(l.Value) + ")" : RandomScenarioDocuments.Format(l.Value),
        Unary { Op: "abs" } u => "abs(" + Write(u.Operand, space) + ")",
        Unary { Op: "not" } u => "not" + space + "(" + Write(u.Operand, space) + ")",
        Unary u => "-(" + Write(u.Operand, space) + ")",
        Binary b => "(" + Write(b.Left, space) + space + b.Op + space + Write(b.Right, space) + ")",
        OptionIs o => (o.Partner ? "partner." : string.Empty) + o.Path + space + o.Op + space + o.Option,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The documented rules over nullable numbers: null is unknown.</summary>
    private static double? Evaluate(Expr expr, double[] relationship, double[] self, double[] other)
    {
        double? Read(string path, bool partner)
        {
            var field = ProfileField.Catalog.Get(path);
            var value = field.IsRelationship ? relationship[field.Slot] : (partner ? other : self)[field.Slot];
            return double.IsNaN(value) ? null : value;
        }

        static double? Truth(double? value) => value is { } v ? (v != 0 ? 1 : 0) : null;

        switch (expr)
        {
            case Field f:
                return Read(f.Path, f.Partner);
            case Literal literal:
                return literal.Value;
            case OptionIs o:
                return Read(o.Path, o.Partner) is { } index ? ((index == o.Index) == (o.Op == "==") ? 1 : 0) : null;
            case Unary u:
                var operand = Evaluate(u.Operand, relationship, self, other);
                return operand is not { } x ? null : u.Op switch { "not" => x == 0 ? 1 : 0, "abs" => Math.Abs(x), _ => -x };
            case Binary { Op: "and" or "or" } b:
                var decides = b.Op == "and" ? 0.0 : 1.0;
                var left = Truth(Evaluate(b.Left, relationship, self, other));
                var right = Truth(Evaluate(b.Right, relationship, self, other));
                return left == decides || right == decides ? decides : left is null || right is null ? null : 1 - decides;
            case Binary b:
                var (l, r) = (Evaluate(b.Left, relationship, self, other), Evaluate(b.Right, relationship, self, other));
                if (l is not { } a || r is not { } c)
                {
                    return null;
                }

                return b.Op switch
                {
                    "+" => a + c,
                    "-" => a - c,
                    "*" => a * c,
                    "/" => a / c,
                    "==" => a == c ? 1 : 0,
                    "!=" => a != c ? 1 : 0,
                    "<" => a < c ? 1 : 0,
                    "<=" => a <= c ? 1 : 0,
                    ">" => a > c ? 1 : 0,
                    _ => a >= c ? 1 : 0,
                };
            default:
                throw new InvalidOperationException();
        }
    }
}
