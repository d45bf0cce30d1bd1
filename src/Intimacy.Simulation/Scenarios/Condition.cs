using System.Globalization;
using System.Linq.Expressions;
using System.Text;

namespace Intimacy.Simulation.Scenarios;

/// <summary>
/// A compiled <see cref="Adjustment.When"/> condition. Values are numbers: true is 1, false 0, an
/// option its index, an unknown answer NaN. An unknown stays unknown through arithmetic, comparisons
/// and <c>not</c>; <c>and</c> and <c>or</c> are unknown only when the known side does not decide them
/// (false and unknown is false, true or unknown is true). A condition that ends unknown does not hold,
/// so an unknown answer never triggers an adjustment, negated or not.
/// </summary>
internal sealed class Condition
{
    private static readonly Expression One = Expression.Constant(1.0);
    private static readonly Expression Zero = Expression.Constant(0.0);
    private static readonly Expression Unknown = Expression.Constant(double.NaN);
    private static readonly System.Reflection.MethodInfo Abs = typeof(Math).GetMethod(nameof(Math.Abs), [typeof(double)])!;

    private readonly Node _root;
    private Func<double[], double[], double[], double>? _compiled;

    private Condition(Node root, string canonical, IReadOnlyList<ProfileField> relationshipRefs, IReadOnlyList<ProfileField> partnerRefs)
    {
        _root = root;
        Canonical = canonical;
        RelationshipReferences = relationshipRefs;
        PartnerReferences = partnerRefs;
    }

    /// <summary>The condition written in one normal form, for hashing.</summary>
    public string Canonical { get; }

    /// <summary>Relationship fields the condition reads.</summary>
    public IReadOnlyList<ProfileField> RelationshipReferences { get; }

    /// <summary>Partner fields the condition reads, of either partner.</summary>
    public IReadOnlyList<ProfileField> PartnerReferences { get; }

    /// <summary>Parses and resolves a condition.</summary>
    /// <exception cref="ConditionSyntaxException">The text is not a valid condition.</exception>
    public static Condition Parse(string text)
    {
        var parser = new Parser(text);
        var root = parser.ParseAll();
        return new Condition(root, root.ToCanonical(), parser.RelationshipRefs, parser.PartnerRefs);
    }

    /// <summary>Whether the condition holds for one partner (or for the couple, with empty partner arrays).</summary>
    /// <remarks>
    /// The tree is compiled into one method on first use (not when parsed: hashing a scenario parses its conditions
    /// too): a generated profile asks a condition once per field it adjusts, and walking the tree node by node through
    /// virtual calls cost more than the rest of the field's draw. A lost race compiles it twice, harmlessly.
    /// </remarks>
    public bool Holds(double[] relationship, double[] self, double[] other)
    {
        var evaluate = _compiled ??= Compile(_root);
        return IsTrue(evaluate(relationship, self, other));
    }

    private static Func<double[], double[], double[], double> Compile(Node root)
    {
        var relationship = Expression.Parameter(typeof(double[]), "relationship");
        var self = Expression.Parameter(typeof(double[]), "self");
        var other = Expression.Parameter(typeof(double[]), "other");
        var body = root.ToExpression(relationship, self, other);
        return Expression.Lambda<Func<double[], double[], double[], double>>(body, relationship, self, other).Compile();
    }

    /// <summary>A value as a truth value: 1, 0, or NaN for unknown.</summary>
    private static Expression TruthOf(Expression value)
    {
        var v = Expression.Variable(typeof(double), "v");
        return Expression.Block(
            [v],
            Expression.Assign(v, value),
            Expression.Condition(IsUnknown(v), Unknown, Expression.Condition(Expression.NotEqual(v, Zero), One, Zero)));
    }

    /// <summary>double.IsNaN of a variable, compiled: NaN is the one value unequal to itself.</summary>
    private static Expression IsUnknown(ParameterExpression value) => Expression.NotEqual(value, value);

    private static bool IsTrue(double value) => !double.IsNaN(value) && value != 0;

    private abstract class Node
    {
        public virtual ProfileField? Field => null;

        /// <summary>The node's value (NaN for unknown) as an expression over the three arrays.</summary>
        public abstract Expression ToExpression(ParameterExpression relationship, ParameterExpression self, ParameterExpression other);

        public abstract string ToCanonical();
    }

    private sealed class Constant(double value, string text) : Node
    {
        public override Expression ToExpression(ParameterExpression relationship, ParameterExpression self, ParameterExpression other) => Expression.Constant(value);

        public override string ToCanonical() => text;
    }

    /// <summary>A bare word such as <c>wantsMore</c>, resolved against the field it is compared with.</summary>
    private sealed class Word(string text, int position) : Node
    {
        public string Text => text;

        public int Position => position;

        public override Expression ToExpression(ParameterExpression relationship, ParameterExpression self, ParameterExpression other) => Unknown;

        public override string ToCanonical() => text;
    }

    private enum Scope
    {
        Relationship,
        Self,
        Other,
    }

    private sealed class FieldRef(ProfileField target, Scope scope) : Node
    {
        public override ProfileField Field => target;

        public override Expression ToExpression(ParameterExpression relationship, ParameterExpression self, ParameterExpression other)
            => Expression.ArrayIndex(scope switch { Scope.Relationship => relationship, Scope.Self => self, _ => other }, Expression.Constant(target.Slot));

        public override string ToCanonical() => scope == Scope.Other ? "partner." + target.Path : target.Path;
    }

    private sealed class Unary(string op, Node operand) : Node
    {
        public Node Operand => operand;

        public override Expression ToExpression(ParameterExpression relationship, ParameterExpression self, ParameterExpression other)
        {
            var value = Expression.Variable(typeof(double), "value");
            Expression result = op switch
            {
                "not" => Expression.Condition(IsUnknown(value), Unknown, Expression.Condition(Expression.Equal(value, Zero), One, Zero)),
                "abs" => Expression.Call(Abs, value),
                _ => Expression.Negate(value),
            };
            return Expression.Block([value], Expression.Assign(value, operand.ToExpression(relationship, self, other)), result);
        }

        public override string ToCanonical() => op switch
        {
            "not" => "(not " + operand.ToCanonical() + ")",
            "abs" => "abs(" + operand.ToCanonical() + ")",
            _ => "(-" + operand.ToCanonical() + ")",
        };
    }

    private sealed class Binary(string op, Node left, Node right) : Node
    {
        public Node Left => left;

        public Node Right => right;

        public override Expression ToExpression(ParameterExpression relationship, ParameterExpression self, ParameterExpression other)
        {
            var l = Expression.Variable(typeof(double), "l");
            if (op is "and" or "or")
            {
                // Three-valued: the known side decides when it can (false and x, true or x), and the right side is
                // computed only then; otherwise an unknown side leaves the result unknown, so that a "not" around it
                // stays unknown too.
                var decides = Expression.Constant(op == "and" ? 0.0 : 1.0);
                var undecided = Expression.Constant(op == "and" ? 1.0 : 0.0);
                var lt = Expression.Variable(typeof(double), "lt");
                var rt = Expression.Variable(typeof(double), "rt");
                return Expression.Block(
                    [l, lt, rt],
                    Expression.Assign(l, left.ToExpression(relationship, self, other)),
                    Expression.Assign(lt, TruthOf(l)),
                    Expression.Condition(
                        Expression.Equal(lt, decides),
                        decides,
                        Expression.Block(
                            Expression.Assign(rt, TruthOf(right.ToExpression(relationship, self, other))),
                            Expression.Condition(
                                Expression.Equal(rt, decides),
                                decides,
                                Expression.Condition(Expression.OrElse(IsUnknown(lt), IsUnknown(rt)), Unknown, undecided)))));
            }

            // An unknown answer makes arithmetic and comparisons unknown, which no condition treats as true.
            var r = Expression.Variable(typeof(double), "r");
            Expression result = op switch
            {
                "+" => Expression.Add(l, r),
                "-" => Expression.Subtract(l, r),
                "*" => Expression.Multiply(l, r),
                "/" => Expression.Divide(l, r),
                "==" => Expression.Condition(Expression.Equal(l, r), One, Zero),
                "!=" => Expression.Condition(Expression.NotEqual(l, r), One, Zero),
                "<" => Expression.Condition(Expression.LessThan(l, r), One, Zero),
                "<=" => Expression.Condition(Expression.LessThanOrEqual(l, r), One, Zero),
                ">" => Expression.Condition(Expression.GreaterThan(l, r), One, Zero),
                _ => Expression.Condition(Expression.GreaterThanOrEqual(l, r), One, Zero),
            };
            return Expression.Block(
                [l, r],
                Expression.Assign(l, left.ToExpression(relationship, self, other)),
                Expression.Assign(r, right.ToExpression(relationship, self, other)),
                Expression.Condition(Expression.OrElse(IsUnknown(l), IsUnknown(r)), Unknown, result));
        }

        public override string ToCanonical() => "(" + left.ToCanonical() + " " + op + " " + right.ToCanonical() + ")";
    }

    private sealed class Parser
    {
        private readonly string _text;
        private readonly List<(string Text, int Position, bool IsWord)> _tokens = [];
        private int _next;

        public Parser(string text)
        {
            _text = text;
            Tokenize();
        }

        public List<ProfileField> RelationshipRefs { get; } = [];

        public List<ProfileField> PartnerRefs { get; } = [];

        public Node ParseAll()
        {
            if (_tokens.Count == 0)
            {
                throw new ConditionSyntaxException("is empty; write a condition such as life.newParent == true.", 0);
            }

            var node = ParseOr();
            if (_next < _tokens.Count)
            {
                throw new ConditionSyntaxException($"has an unexpected '{_tokens[_next].Text}' at character {_tokens[_next].Position + 1}.", _tokens[_next].Position);
            }

            CheckNoLooseWords(node);
            return node;
        }

        private static void CheckNoLooseWords(Node node)
        {
            switch (node)
            {
                case Word word:
                    throw new ConditionSyntaxException($"names '{word.Text}' at character {word.Position + 1}, which is not a field path (relationship.…, partner.… or a section path such as view.desireLevel) nor an option of the field it is compared with.", word.Position);
                case Unary unary:
                    CheckNoLooseWords(unary.Operand);
                    break;
                case Binary binary:
                    CheckNoLooseWords(binary.Left);
                    CheckNoLooseWords(binary.Right);
                    break;
            }
        }

        private Node ParseOr()
        {
            var left = ParseAnd();
            while (Accept("or"))
            {
                left = new Binary("or", left, ParseAnd());
            }

            return left;
        }

        private Node ParseAnd()
        {
            var left = ParseNot();
            while (Accept("and"))
            {
                left = new Binary("and", left, ParseNot());
            }

            return left;
        }

        private Node ParseNot() => Accept("not") ? new Unary("not", ParseNot()) : ParseComparison();

        private Node ParseComparison()
        {
            var left = ParseSum();
            if (Peek() is "==" or "!=" or "<" or "<=" or ">" or ">=")
            {
                var op = _tokens[_next++].Text;
                var right = ParseSum();
                (left, right) = (Resolve(left, right), Resolve(right, left));
                return new Binary(op, left, right);
            }

            return left;
        }

        private static Node Resolve(Node node, Node other)
        {
            if (node is not Word word)
            {
                return node;
            }

            if (other.Field is { Kind: FieldKind.Option } field)
            {
                var index = field.OptionIndex(word.Text);
                if (index < 0)
                {
                    throw new ConditionSyntaxException($"compares {field.Path} with '{word.Text}', which is not one of its options ({string.Join(", ", field.Options)}).", word.Position);
                }

                return new Constant(index, word.Text);
            }

            return node;
        }

        private Node ParseSum()
        {
            var left = ParseProduct();
            while (Peek() is "+" or "-")
            {
                var op = _tokens[_next++].Text;
                left = new Binary(op, left, ParseProduct());
            }

            return left;
        }

        private Node ParseProduct()
        {
            var left = ParseUnary();
            while (Peek() is "*" or "/")
            {
                var op = _tokens[_next++].Text;
                left = new Binary(op, left, ParseUnary());
            }

            return left;
        }

        private Node ParseUnary() => Accept("-") ? new Unary("-", ParseUnary()) : ParseAtom();

        private Node ParseAtom()
        {
            if (_next >= _tokens.Count)
            {
                throw new ConditionSyntaxException("ends too early: a value is missing at the end.", _text.Length);
            }

            var (text, position, isWord) = _tokens[_next++];
            if (text == "(")
            {
                var inner = ParseOr();
                Expect(")");
                return inner;
            }

            if (text == "abs" && Peek() == "(")
            {
                _next++;
                var inner = ParseOr();
                Expect(")");
                return new Unary("abs", inner);
            }

            if (!isWord)
            {
                throw new ConditionSyntaxException($"has an unexpected '{text}' at character {position + 1}.", position);
            }

            if (text == "true")
            {
                return new Constant(1, "true");
            }

            if (text == "false")
            {
                return new Constant(0, "false");
            }

            if (char.IsAsciiDigit(text[0]) || text[0] == '.')
            {
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    throw new ConditionSyntaxException($"has '{text}' at character {position + 1}, which is not a number.", position);
                }

                return new Constant(number, number.ToString("R", CultureInfo.InvariantCulture));
            }

            if (text.StartsWith("partner.", StringComparison.Ordinal))
            {
                var field = ProfileField.Catalog.Find(text["partner.".Length..]);
                if (field is null || field.IsRelationship)
                {
                    throw new ConditionSyntaxException($"names '{text}' at character {position + 1}, which is not a partner field.", position);
                }

                PartnerRefs.Add(field);
                return new FieldRef(field, Scope.Other);
            }

            var known = ProfileField.Catalog.Find(text);
            if (known is not null)
            {
                if (known.IsRelationship)
                {
                    RelationshipRefs.Add(known);
                    return new FieldRef(known, Scope.Relationship);
                }

                PartnerRefs.Add(known);
                return new FieldRef(known, Scope.Self);
            }

            if (text.Contains('.', StringComparison.Ordinal))
            {
                throw new ConditionSyntaxException($"names '{text}' at character {position + 1}, which is not a field of the profile.", position);
            }

            return new Word(text, position);
        }

        private string? Peek() => _next < _tokens.Count ? _tokens[_next].Text : null;

        private bool Accept(string text)
        {
            if (Peek() == text)
            {
                _next++;
                return true;
            }

            return false;
        }

        private void Expect(string text)
        {
            if (!Accept(text))
            {
                var position = _next < _tokens.Count ? _tokens[_next].Position : _text.Length;
                throw new ConditionSyntaxException($"is missing '{text}' at character {position + 1}.", position);
            }
        }

        private void Tokenize()
        {
            var i = 0;
            while (i < _text.Length)
            {
                var c = _text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                var start = i;
                if (char.IsAsciiLetterOrDigit(c) || c == '_' || c == '.')
                {
                    var word = new StringBuilder();
                    while (i < _text.Length && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '_' or '.'
                        || (_text[i] is '+' or '-' && i > start && _text[i - 1] is 'e' or 'E' && char.IsAsciiDigit(_text[start]))))
                    {
                        word.Append(_text[i++]);
                    }

                    _tokens.Add((word.ToString(), start, true));
                    continue;
                }

                var two = i + 1 < _text.Length ? _text.Substring(i, 2) : null;
                if (two is "==" or "!=" or "<=" or ">=")
                {
                    _tokens.Add((two, start, false));
                    i += 2;
                    continue;
                }

                if (c is '<' or '>' or '+' or '-' or '*' or '/' or '(' or ')')
                {
                    _tokens.Add((c.ToString(), start, false));
                    i++;
                    continue;
                }

                throw new ConditionSyntaxException($"has an unexpected '{c}' at character {i + 1}.", i);
            }
        }
    }
}

/// <summary>A condition's text is not valid; the message completes "the condition …".</summary>
internal sealed class ConditionSyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
