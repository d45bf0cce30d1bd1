using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Scenarios;

/// <summary>
/// Random scenario files built from the grammar of docs/scenario-format.md, as a tree that renders to YAML or
/// JSON: every top-level key, every field of the profile, every distribution with parameters across their whole
/// valid range (edges included: the smallest and largest doubles, shares of exactly 0 and 1, zero weights),
/// follow-up questions with the question they follow, and adjustments whose conditions read only fields drawn
/// before the field they change. Every document <see cref="Valid"/> makes is a valid scenario by the documentation.
/// </summary>
internal static class RandomScenarioDocuments
{
    private static readonly string[] GateParents =
        ["trust.breachOccurred", "health.painDuringSex", "history.selfHelpTried", "safety.selfHarmThoughts", "safety.experiencesViolence", "life.caresForChildren"];

    private static readonly (string Child, string Parent)[] Gates =
    [
        ("trust.by", "trust.breachOccurred"), ("trust.disclosed", "trust.breachOccurred"), ("trust.ended", "trust.breachOccurred"),
        ("health.painBeingTreated", "health.painDuringSex"), ("history.selfHelpWeeks", "history.selfHelpTried"),
        ("history.selfHelpOutcome", "history.selfHelpTried"), ("safety.selfHarmPlan", "safety.selfHarmThoughts"),
        ("safety.selfHarmIntent", "safety.selfHarmThoughts"), ("safety.recentSelfHarmAttempt", "safety.selfHarmThoughts"),
        ("safety.strangulation", "safety.experiencesViolence"), ("safety.violenceEscalating", "safety.experiencesViolence"),
        ("life.newParent", "life.caresForChildren"),
    ];

    public static IReadOnlyList<ProfileField> AllFields { get; } = [.. ProfileField.Catalog.Relationship.Concat(ProfileField.Catalog.Partner)];

    /// <summary>Positive numbers from the smallest double to the largest, with a log-uniform spread between.</summary>
    public static Gen<double> Positive { get; } = Gen.OneOf(
        Gen.Elements(double.Epsilon, 1e-300, 1e-12, 1e-6, 0.01, 0.5, 1.0, 2.0, 10.0, 1000.0, 1e6, 1e12, 1e300, double.MaxValue),
        Gen.Choose(-3000, 3000).Select(e => Math.Pow(10, e / 100.0)));

    /// <summary>Shares from 0 to 1, with both ends and the values next to them.</summary>
    public static Gen<double> Share { get; } = Gen.OneOf(
        Gen.Elements(0.0, 1.0, 0.5, double.Epsilon, Math.BitDecrement(1.0), 1e-9),
        Gen.Choose(0, 1000).Select(x => x / 1000.0));

    /// <summary>Any finite number, mostly moderate.</summary>
    public static Gen<double> Finite { get; } = Gen.OneOf(
        Gen.Elements(0.0, 1e-300, -1e-300, 1e300, -1e300, double.MaxValue, -double.MaxValue, 0.5, -0.5),
        Gen.Choose(-2000, 2000).Select(x => (double)x),
        Gen.Choose(-100_000, 100_000).Select(x => x / 100.0));

    private static Gen<double> Weight { get; } = Gen.OneOf(
        Gen.Elements(0.0, 0.0, 1e-300, 0.5, 1.0, 3.0, 1e300, double.MaxValue),
        Gen.Choose(0, 1000).Select(x => x / 100.0));

    /// <summary>Positive numbers from 1e-6 to 1e6, where every distribution can be tabulated.</summary>
    public static Gen<double> ModeratePositive { get; } = Gen.OneOf(
        Gen.Elements(1e-6, 0.01, 0.5, 1.0, 2.0, 10.0, 1000.0, 1e6),
        Gen.Choose(-600, 600).Select(e => Math.Pow(10, e / 100.0)));

    /// <summary>A valid scenario document, with parameters anywhere in their valid ranges (down to the smallest double, up to the largest).</summary>
    public static Gen<Map> Valid { get; } = Documents(Positive);

    /// <summary>A valid scenario document whose positive parameters (shapes, rates, sd, lambda, r, bound distances) lie from 1e-6 to 1e6.</summary>
    public static Gen<Map> ValidModerate { get; } = Documents(ModeratePositive);

    private static Gen<Map> Documents(Gen<double> positive) =>
        from fieldCount in Gen.Choose(0, 14)
        from picks in Gen.ArrayOf(Gen.Choose(0, AllFields.Count - 1), fieldCount)
        from shuffle in Gen.ArrayOf(Gen.Choose(0, 1_000_000), AllFields.Count)
        from instrumentShares in Gen.ArrayOf(Gen.OneOf(Gen.Constant(-1.0), Share), Instrument.All.Count)
        from sectionShares in Gen.ArrayOf(Gen.OneOf(Gen.Constant(-1.0), Gen.Constant(-1.0), Share), CompiledScenario.SectionNames.Length)
        from top in Gen.ArrayOf(Gen.OneOf(Gen.Constant(-1.0), Share), 3)
        from count in Gen.OneOf(Gen.Constant(-1L), Gen.Elements(1L, 2L, 1_000_000L, 9_007_199_254_740_992L))
        from seed in Gen.OneOf(Gen.Constant(long.MinValue + 1), Gen.Choose(-1000, 1000).Select(x => (long)x), Gen.Constant(-1L))
        from description in Gen.Elements<string?>(null, "a population", "déjà vu: \"quoted\" # not a comment")
        from distributions in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), AllFields.Count)
        from fieldExtras in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), AllFields.Count)
        from adjustmentCount in Gen.Choose(0, 5)
        from adjustmentSeeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), adjustmentCount)
        from values in Gen.ArrayOf(Finite, 64)
        from positives in Gen.ArrayOf(positive, 64)
        from shares in Gen.ArrayOf(Share, 64)
        from weights in Gen.ArrayOf(Weight, 64)
        from distances in Gen.ArrayOf(Gen.OneOf(Gen.Constant(0.0), positive, Gen.Choose(0, 50).Select(x => (double)x)), 64)
        from ints in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), 97)
        select Build(new Pool(values, positives, shares, weights, distances, ints), picks, shuffle, instrumentShares, sectionShares, top, count, seed, description, distributions, fieldExtras, adjustmentSeeds);

    /// <summary>A ring of pre-drawn numbers: FsCheck draws a fixed number of each kind, and building takes them in turn.</summary>
    internal sealed class Pool(double[] finite, double[] positive, double[] share, double[] weight, double[] distance, int[] ints)
    {
        private int _next;

        public double Finite() => finite[_next++ % finite.Length];

        public double Positive() => positive[_next++ % positive.Length];

        public double Share() => share[_next++ % share.Length];

        public double Weight() => weight[_next++ % weight.Length];

        public double Distance() => distance[_next++ % distance.Length];

        public int Int(int bound) => bound <= 1 ? 0 : ints[_next++ % ints.Length] % bound;
    }

    private static Map Build(
        Pool pool, int[] picks, int[] shuffle, double[] instrumentShares, double[] sectionShares, double[] top, long count, long seed, string? description,
        int[] distributions, int[] fieldExtras, int[] adjustmentSeeds)
    {
        var chosen = new HashSet<ProfileField> { ProfileField.Catalog.Get("ageYears") };
        foreach (var pick in picks)
        {
            chosen.Add(AllFields[pick]);
        }

        var instruments = new Map();
        for (var i = 0; i < Instrument.All.Count; i++)
        {
            if (instrumentShares[i] < 0)
            {
                continue;
            }

            instruments.Add(Instrument.All[i].Id, new Num(instrumentShares[i]));
            if (instrumentShares[i] > 0)
            {
                // A carried instrument needs a distribution for at least one of its scores.
                var paths = Instrument.All[i].FieldPaths;
                chosen.Add(ProfileField.Catalog.Get(paths[picks.Length % paths.Count]));
            }
        }

        foreach (var (child, parent) in Gates)
        {
            if (chosen.Contains(ProfileField.Catalog.Get(child)))
            {
                chosen.Add(ProfileField.Catalog.Get(parent));
            }
        }

        // Drawing order for dependencies: the questions others follow first, then the rest shuffled.
        var order = chosen
            .OrderBy(f => GateParents.Contains(f.Path) ? 0 : 1)
            .ThenBy(f => shuffle[AllFields.ToList().IndexOf(f)])
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

        var doc = new Map();
        doc.Add("name", new Text("fuzz"));
        if (description is not null)
        {
            doc.Add("description", new Text(description));
        }

        if (count > 0)
        {
            doc.Add("count", new Num(count, count.ToString(CultureInfo.InvariantCulture)));
        }

        if (seed != -1)
        {
            doc.Add("seed", new Num(seed, seed.ToString(CultureInfo.InvariantCulture)));
        }

        string[] topNames = ["oneRespondentShare", "unknownShare", "partnerCorrelation"];
        for (var i = 0; i < 3; i++)
        {
            if (top[i] >= 0)
            {
                doc.Add(topNames[i], new Num(top[i]));
            }
        }

        if (instruments.Entries.Count > 0 || instrumentShares[0] == 0)
        {
            doc.Add("instruments", instruments);
        }

        var sections = new Map();
        for (var i = 0; i < sectionShares.Length; i++)
        {
            if (sectionShares[i] >= 0)
            {
                sections.Add(CompiledScenario.SectionNames[i], new Num(sectionShares[i]));
            }
        }

        if (sections.Entries.Count > 0)
        {
            doc.Add("sections", sections);
        }

        var fields = new Map();
        foreach (var field in order)
        {
            var index = AllFields.ToList().IndexOf(field);
            var spec = Distribution(pool, field, distributions[index]);
            var extra = fieldExtras[index];
            if (extra % 3 == 0)
            {
                spec.Add("unknown", new Num(field.Required ? 0 : pool.Share()));
            }

            if (extra % 5 == 0 && !field.IsRelationship)
            {
                spec.Add("correlation", new Num(pool.Share()));
            }

            fields.Add(field.Path, spec);
        }

        doc.Add("fields", fields);

        var adjustments = new Seq();
        foreach (var adjustmentSeed in adjustmentSeeds)
        {
            if (Adjustment(pool, order, adjustmentSeed) is { } adjustment)
            {
                adjustments.Items.Add(adjustment);
            }
        }

        if (adjustments.Items.Count > 0 || adjustmentSeeds.Length == 1)
        {
            doc.Add("adjustments", adjustments);
        }

        return doc;
    }

    private static Map Distribution(Pool pool, ProfileField field, int seed)
    {
        var spec = new Map();
        switch (field.Kind)
        {
            case FieldKind.Boolean:
                switch (seed % 3)
                {
                    case 0:
                        spec.Add("distribution", new Text("bernoulli"));
                        spec.Add("p", new Num(pool.Share()));
                        break;
                    case 1:
                        spec.Add("distribution", new Text("constant"));
                        spec.Add("value", new Bare(seed % 2 == 0 ? "true" : "false"));
                        break;
                    default:
                        spec.Add("distribution", new Text("categorical"));
                        spec.Add("weights", Weights(pool, ["false", "true"], seed));
                        break;
                }

                return spec;
            case FieldKind.Option:
                if (seed % 4 == 0)
                {
                    spec.Add("distribution", new Text("constant"));
                    spec.Add("value", new Bare(field.Options[seed % field.Options.Length]));
                }
                else
                {
                    spec.Add("distribution", new Text("categorical"));
                    spec.Add("weights", Weights(pool, field.Options, seed));
                }

                return spec;
        }

        var whole = field.Kind == FieldKind.Integer;
        var inside = Inside(pool, field);
        switch (seed % 13)
        {
            case 0:
                Add(spec, "normal", ("mean", pool.Int(2) == 0 ? inside : pool.Finite()), ("sd", pool.Int(4) == 0 ? 0 : pool.Positive()));
                break;
            case 1:
                Add(spec, "lognormal", ("mu", pool.Int(2) == 0 ? Math.Log(Math.Max(inside, 1e-9)) : pool.Finite()), ("sigma", pool.Int(4) == 0 ? 0 : pool.Positive()));
                break;
            case 2:
                {
                    // Documented: the two shapes are not both above 100000.
                    var (alpha, beta) = (pool.Positive(), pool.Positive());
                    (alpha, beta) = alpha <= beta ? (Math.Min(alpha, 100_000), beta) : (alpha, Math.Min(beta, 100_000));
                    Add(spec, "beta", ("alpha", alpha), ("beta", beta));
                }

                var bounds = pool.Int(4);
                var below = pool.Distance();
                var above = pool.Distance();
                if (bounds == 1 && inside < field.Max)
                {
                    spec.Add("lower", new Num(inside - below));
                }
                else if (bounds == 2 && inside > field.Min)
                {
                    spec.Add("upper", new Num(inside + above));
                }
                else if (bounds == 3)
                {
                    var lower = inside - below;
                    var upper = inside + above;
                    if (!(upper > lower))
                    {
                        upper = inside + Math.Max(1, Math.Abs(inside) * 1e-6);
                    }

                    spec.Add("lower", new Num(lower));
                    spec.Add("upper", new Num(upper));
                }

                break;
            case 3:
                Add(spec, "gamma", ("shape", Math.Min(pool.Positive(), 100_000)), ("rate", pool.Positive()));
                break;
            case 4:
                Add(spec, "exponential", ("rate", pool.Positive()));
                break;
            case 5:
                {
                    var lower = inside - pool.Distance();
                    var upper = inside + pool.Distance();
                    if (whole)
                    {
                        lower = Math.Floor(lower);
                        upper = Math.Ceiling(upper);
                    }

                    Add(spec, "uniform", ("lower", lower), ("upper", upper));
                    break;
                }

            case 6:
                {
                    var lower = inside - pool.Distance();
                    var upper = inside + pool.Distance();
                    if (!(upper > lower))
                    {
                        upper = inside + Math.Max(1, Math.Abs(inside) * 1e-6);
                    }

                    var t = pool.Share();
                    var mode = Math.Clamp(lower + (t * (upper - lower)), lower, upper);
                    if (double.IsNaN(mode))
                    {
                        mode = t < 0.5 ? lower : upper;
                    }

                    Add(spec, "triangular", ("lower", lower), ("upper", upper), ("mode", mode));
                    break;
                }

            case 7:
                Add(spec, "poisson", ("lambda", pool.Positive()));
                break;
            case 8:
                Add(spec, "negativeBinomial", ("r", pool.Positive()), ("p", Math.Max(pool.Share(), double.Epsilon)));
                break;
            case 9:
                Add(spec, "binomial", ("n", pool.Int(5) switch { 0 => 0, 1 => int.MaxValue, 2 => 1, _ => pool.Int(2000) }), ("p", pool.Share()));
                break;
            case 10:
                {
                    var options = Enumerable.Range(0, 1 + pool.Int(5)).Select(_ => Format(whole ? Math.Round(Inside(pool, field)) : Inside(pool, field))).Distinct().ToArray();
                    spec.Add("distribution", new Text("categorical"));
                    spec.Add("weights", Weights(pool, options, seed));
                    break;
                }

            case 11:
                spec.Add("distribution", new Text("constant"));
                spec.Add("value", new Num(whole ? Math.Round(inside) : inside));
                break;
            default:
                Add(spec, "normal", ("mean", inside), ("sd", (field.Max - field.Min) / 4));
                break;
        }

        return spec;
    }

    /// <summary>A number inside the field's range: an end, the middle, or anywhere.</summary>
    private static double Inside(Pool pool, ProfileField field) => pool.Int(4) switch
    {
        0 => field.Min,
        1 => field.Max,
        2 => field.Min + ((field.Max - field.Min) * pool.Share()),
        _ => field.Kind == FieldKind.Integer ? Math.Round(field.Min + ((field.Max - field.Min) * pool.Share())) : (field.Min + field.Max) / 2,
    };

    private static Map Weights(Pool pool, IReadOnlyList<string> options, int seed)
    {
        var weights = new Map();
        var listed = options.Where((_, i) => i == seed % options.Count || pool.Int(3) > 0).ToList();
        var anyPositive = false;
        foreach (var option in listed)
        {
            var weight = pool.Weight();
            anyPositive |= weight > 0;
            weights.Add(option, new Num(weight));
        }

        if (!anyPositive)
        {
            weights.Entries[^1] = (weights.Entries[^1].Key, new Num(1));
        }

        return weights;
    }

    private static void Add(Map spec, string kind, params (string Name, double Value)[] parameters)
    {
        spec.Add("distribution", new Text(kind));
        foreach (var (name, value) in parameters)
        {
            spec.Add(name, new Num(value));
        }
    }

    private static Map? Adjustment(Pool pool, List<ProfileField> order, int seed)
    {
        var target = order[seed % order.Count];
        var position = order.IndexOf(target);
        var readable = order.Take(position).Where(f => !target.IsRelationship || f.IsRelationship).ToList();
        if (readable.Count == 0)
        {
            return null;
        }

        var when = Atom(pool, readable, target);
        if (pool.Int(3) == 0)
        {
            when = $"{when} {(pool.Int(2) == 0 ? "and" : "or")} {Atom(pool, readable, target)}";
        }

        if (pool.Int(4) == 0)
        {
            when = "not (" + when + ")";
        }

        var changes = new Map();
        changes.Add(target.Path, Change(pool, target));
        var adjustment = new Map();
        adjustment.Add("when", new Text(when));
        adjustment.Add("then", changes);
        return adjustment;
    }

    private static string Atom(Pool pool, List<ProfileField> readable, ProfileField target)
    {
        var field = readable[pool.Int(readable.Count)];
        var reference = !field.IsRelationship && !target.IsRelationship && pool.Int(3) == 0 ? "partner." + field.Path : field.Path;
        return field.Kind switch
        {
            FieldKind.Boolean => pool.Int(3) switch { 0 => reference, 1 => "not " + reference, _ => reference + " == true" },
            FieldKind.Option => $"{reference} {(pool.Int(2) == 0 ? "==" : "!=")} {field.Options[pool.Int(field.Options.Length)]}",
            _ => pool.Int(4) switch
            {
                0 when !field.IsRelationship && !target.IsRelationship => $"abs({field.Path} - partner.{field.Path}) >= {Format(Math.Abs(pool.Finite()))}",
                1 => $"{reference} * 2 + 1 > {Format(pool.Finite())}",
                2 => $"{reference} / {Format(pool.Finite())} <= 1",
                _ => $"{reference} < {Format(Math.Abs(pool.Finite()))}",
            },
        };
    }

    private static Map Change(Pool pool, ProfileField target)
    {
        var change = new Map();
        var kind = pool.Int(4);
        switch (target.Kind)
        {
            case FieldKind.Option when kind == 0 || (target.OptionType != typeof(Core.Profiles.Frequency) && kind == 1):
                change.Add("set", new Bare(target.Options[pool.Int(target.Options.Length)]));
                break;
            case FieldKind.Option when target.OptionType == typeof(Core.Profiles.Frequency) && kind == 1:
                change.Add("shift", new Num(pool.Finite()));
                break;
            case FieldKind.Option:
                change.Add("weights", Weights(pool, target.Options, kind));
                if (target.OptionType == typeof(Core.Profiles.Frequency) && kind == 3)
                {
                    change.Add("shift", new Num(pool.Finite()));
                }

                break;
            case FieldKind.Boolean when kind == 0:
                change.Add("set", new Bare(pool.Int(2) == 0 ? "true" : "false"));
                break;
            case FieldKind.Boolean:
            case FieldKind.Integer or FieldKind.Real when kind > 0:
                if (kind != 2)
                {
                    change.Add("scale", new Num(Math.Abs(pool.Int(2) == 0 ? pool.Positive() : pool.Finite())));
                }

                if (kind != 1)
                {
                    change.Add("shift", new Num(pool.Finite()));
                }

                break;
            default:
                change.Add("set", new Num(target.Kind == FieldKind.Integer ? Math.Round(Inside(pool, target)) : Inside(pool, target)));
                break;
        }

        return change;
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A node of a scenario document.</summary>
    internal abstract class Node
    {
        public abstract Node Clone();
    }

    /// <summary>A mapping, in key order as written.</summary>
    internal sealed class Map : Node
    {
        public List<(string Key, Node Value)> Entries { get; } = [];

        public void Add(string key, Node value) => Entries.Add((key, value));

        public Node? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;

        public override Node Clone()
        {
            var copy = new Map();
            foreach (var (key, value) in Entries)
            {
                copy.Add(key, value.Clone());
            }

            return copy;
        }
    }

    /// <summary>A list.</summary>
    internal sealed class Seq : Node
    {
        public List<Node> Items { get; } = [];

        public override Node Clone()
        {
            var copy = new Seq();
            copy.Items.AddRange(Items.Select(i => i.Clone()));
            return copy;
        }
    }

    /// <summary>A number, written unquoted (or raw text such as NaN when given).</summary>
    internal sealed class Num(double value, string? raw = null) : Node
    {
        public double Value => value;

        public string Written => raw ?? Format(value);

        public override Node Clone() => new Num(value, raw);
    }

    /// <summary>Text, always quoted.</summary>
    internal sealed class Text(string value) : Node
    {
        public string Value => value;

        public override Node Clone() => new Text(value);
    }

    /// <summary>A bare word: true, false, an option name (quoted in JSON unless true, false or null).</summary>
    internal sealed class Bare(string value) : Node
    {
        public string Value => value;

        public override Node Clone() => new Bare(value);
    }

    /// <summary>Writes a document as YAML (block style, keys and text quoted).</summary>
    public static string ToYaml(Map doc)
    {
        var builder = new StringBuilder();
        WriteYaml(builder, doc, 0);
        return builder.ToString();
    }

    /// <summary>Writes a document as JSON.</summary>
    public static string ToJson(Node node) => node switch
    {
        Map map => "{" + string.Join(", ", map.Entries.Select(e => Quote(e.Key) + ": " + ToJson(e.Value))) + "}",
        Seq seq => "[" + string.Join(", ", seq.Items.Select(ToJson)) + "]",
        Num num => num.Written,
        Text text => Quote(text.Value),
        Bare { Value: "true" or "false" or "null" } bare => bare.Value,
        Bare bare => Quote(bare.Value),
        _ => throw new InvalidOperationException(),
    };

    private static void WriteYaml(StringBuilder builder, Map map, int indent)
    {
        foreach (var (key, value) in map.Entries)
        {
            builder.Append(' ', indent).Append(Quote(key)).Append(':');
            WriteYamlValue(builder, value, indent);
        }
    }

    private static void WriteYamlValue(StringBuilder builder, Node value, int indent)
    {
        switch (value)
        {
            case Map { Entries.Count: 0 }:
                builder.Append(" {}\n");
                break;
            case Map child:
                builder.Append('\n');
                WriteYaml(builder, child, indent + 2);
                break;
            case Seq { Items.Count: 0 }:
                builder.Append(" []\n");
                break;
            case Seq seq:
                builder.Append('\n');
                foreach (var item in seq.Items)
                {
                    builder.Append(' ', indent + 2).Append("-");
                    if (item is Map { Entries.Count: > 0 } itemMap)
                    {
                        // The first key on the dash's line, the rest indented under it.
                        var inner = new StringBuilder();
                        WriteYaml(inner, itemMap, indent + 4);
                        builder.Append(' ').Append(inner.ToString(indent + 4, inner.Length - indent - 4));
                    }
                    else
                    {
                        WriteYamlValue(builder, item, indent + 2);
                    }
                }

                break;
            case Num num:
                builder.Append(' ').Append(num.Written).Append('\n');
                break;
            case Text text:
                builder.Append(' ').Append(Quote(text.Value)).Append('\n');
                break;
            case Bare bare:
                builder.Append(' ').Append(bare.Value).Append('\n');
                break;
        }
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when c < ' ' => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
