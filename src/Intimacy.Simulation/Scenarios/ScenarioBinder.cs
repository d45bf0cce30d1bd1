using System.Globalization;

namespace Intimacy.Simulation.Scenarios;

/// <summary>
/// Turns a <see cref="DocNode"/> tree into a <see cref="Scenario"/>: every key known, every value of
/// the right type. Ranges and field paths are checked afterwards by the compiler, for scenarios built
/// in code too; the binder records where each key path was written so those errors can point there.
/// </summary>
internal sealed class ScenarioBinder
{
    private static readonly string[] TopKeys =
        ["name", "description", "count", "seed", "oneRespondentShare", "unknownShare", "partnerCorrelation", "instruments", "sections", "fields", "adjustments"];

    private static readonly Dictionary<string, string[]> DistributionKeys = new(StringComparer.Ordinal)
    {
        ["normal"] = ["mean", "sd"],
        ["lognormal"] = ["mu", "sigma"],
        ["beta"] = ["alpha", "beta", "lower?", "upper?"],
        ["gamma"] = ["shape", "rate"],
        ["exponential"] = ["rate"],
        ["uniform"] = ["lower", "upper"],
        ["triangular"] = ["lower", "upper", "mode"],
        ["poisson"] = ["lambda"],
        ["negativeBinomial"] = ["r", "p"],
        ["binomial"] = ["n", "p"],
        ["bernoulli"] = ["p"],
        ["categorical"] = ["weights"],
        ["constant"] = ["value"],
    };

    private static readonly string[] CommonFieldKeys = ["distribution", "unknown", "correlation"];

    private static readonly string[] ActionKeys = ["shift", "scale", "set", "weights"];

    public Dictionary<string, Mark> Marks { get; } = new(StringComparer.Ordinal);

    public Scenario Bind(DocNode root)
    {
        var top = AsMapping(root, string.Empty, "the scenario");
        var values = Entries(top, string.Empty, TopKeys);

        var name = values.TryGetValue("name", out var nameNode)
            ? ReadText(nameNode, "name")
            : throw new DocumentException(top.Mark, "name", "is required: give the scenario a short name.");
        if (!values.TryGetValue("fields", out var fieldsNode))
        {
            throw new DocumentException(top.Mark, "fields", "is required: give at least a distribution for ageYears.");
        }

        return new Scenario
        {
            Name = name,
            Description = values.TryGetValue("description", out var d) ? ReadText(d, "description") : null,
            DefaultCount = values.TryGetValue("count", out var c) ? ReadWhole(c, "count") : 10_000,
            DefaultSeed = values.TryGetValue("seed", out var s) ? ReadWhole(s, "seed") : 1,
            OneRespondentShare = values.TryGetValue("oneRespondentShare", out var o) ? ReadNumber(o, "oneRespondentShare") : 0,
            UnknownShare = values.TryGetValue("unknownShare", out var u) ? ReadNumber(u, "unknownShare") : 0,
            PartnerCorrelation = values.TryGetValue("partnerCorrelation", out var pc) ? ReadNumber(pc, "partnerCorrelation") : 0,
            Instruments = values.TryGetValue("instruments", out var i) ? BindInstruments(i) : new Dictionary<Instrument, double>(),
            Sections = values.TryGetValue("sections", out var sec) ? BindShares(sec, "sections") : new Dictionary<string, double>(),
            Fields = BindFields(fieldsNode),
            Adjustments = values.TryGetValue("adjustments", out var a) ? BindAdjustments(a) : [],
        };
    }

    private Dictionary<Instrument, double> BindInstruments(DocNode node)
    {
        var mapping = AsMapping(node, "instruments", "a mapping from instrument id to share");
        var result = new Dictionary<Instrument, double>();
        foreach (var (key, keyMark, value) in mapping.Entries)
        {
            var path = ScenarioKeyPath.Child("instruments", key);
            Marks[path] = value.Mark;
            if (!Instrument.TryFromId(key, out var instrument))
            {
                throw new DocumentException(keyMark, path, "is not a known instrument; use one of " + string.Join(", ", Instrument.All.Select(x => x.Id)) + ".");
            }

            result[instrument] = ReadNumber(value, path);
        }

        return result;
    }

    private Dictionary<string, double> BindShares(DocNode node, string path)
    {
        var mapping = AsMapping(node, path, "a mapping from section name to share");
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, _, value) in mapping.Entries)
        {
            var childPath = ScenarioKeyPath.Child(path, key);
            Marks[childPath] = value.Mark;
            result[key] = ReadNumber(value, childPath);
        }

        return result;
    }

    private List<FieldSpec> BindFields(DocNode node)
    {
        var mapping = AsMapping(node, "fields", "a mapping from field path to distribution");
        var result = new List<FieldSpec>();
        foreach (var (key, keyMark, value) in mapping.Entries)
        {
            var path = ScenarioKeyPath.Child("fields", key);
            Marks[path] = keyMark;
            var spec = AsMapping(value, path, "a mapping with a distribution and its parameters");
            var entries = Entries(spec, path, null);
            if (!entries.TryGetValue("distribution", out var kindNode))
            {
                throw new DocumentException(spec.Mark, path + ".distribution", "is required: name one of " + string.Join(", ", DistributionKeys.Keys) + ".");
            }

            var kind = ReadText(kindNode, path + ".distribution");
            if (!DistributionKeys.TryGetValue(kind, out var parameterKeys))
            {
                throw new DocumentException(kindNode.Mark, path + ".distribution", $"'{kind}' is not a known distribution; use one of {string.Join(", ", DistributionKeys.Keys)}.");
            }

            var allowed = parameterKeys.Select(k => k.TrimEnd('?')).ToArray();
            foreach (var (entryKey, entryMark, _) in spec.Entries)
            {
                if (!allowed.Contains(entryKey) && !CommonFieldKeys.Contains(entryKey))
                {
                    throw new DocumentException(entryMark, path + "." + entryKey, $"is not a parameter of the {kind} distribution; it takes {string.Join(", ", allowed)} (and unknown, correlation).");
                }
            }

            foreach (var required in parameterKeys.Where(k => !k.EndsWith('?')))
            {
                if (!entries.ContainsKey(required))
                {
                    throw new DocumentException(spec.Mark, path + "." + required, $"is required for the {kind} distribution.");
                }
            }

            double Num(string k) => ReadNumber(entries[k], path + "." + k);
            double? Opt(string k) => entries.ContainsKey(k) ? Num(k) : null;

            FieldDistribution distribution = kind switch
            {
                "normal" => new NormalDistribution(Num("mean"), Num("sd")),
                "lognormal" => new LogNormalDistribution(Num("mu"), Num("sigma")),
                "beta" => new BetaDistribution(Num("alpha"), Num("beta")) { Lower = Opt("lower"), Upper = Opt("upper") },
                "gamma" => new GammaDistribution(Num("shape"), Num("rate")),
                "exponential" => new ExponentialDistribution(Num("rate")),
                "uniform" => new UniformDistribution(Num("lower"), Num("upper")),
                "triangular" => new TriangularDistribution(Num("lower"), Num("upper"), Num("mode")),
                "poisson" => new PoissonDistribution(Num("lambda")),
                "negativeBinomial" => new NegativeBinomialDistribution(Num("r"), Num("p")),
                "binomial" => new BinomialDistribution(ReadInt(entries["n"], path + ".n"), Num("p")),
                "bernoulli" => new BernoulliDistribution(Num("p")),
                "categorical" => new CategoricalDistribution(BindWeights(entries["weights"], path + ".weights")),
                _ => new ConstantDistribution(ReadLiteral(entries["value"], path + ".value")),
            };

            result.Add(new FieldSpec(key, distribution)
            {
                UnknownShare = Opt("unknown"),
                Correlation = Opt("correlation"),
            });
        }

        return result;
    }

    private List<CategoryWeight> BindWeights(DocNode node, string path)
    {
        var mapping = AsMapping(node, path, "a mapping from option to weight");
        var weights = new List<CategoryWeight>();
        foreach (var (key, _, value) in mapping.Entries)
        {
            var childPath = path + "." + key;
            Marks[childPath] = value.Mark;
            weights.Add(new CategoryWeight(key, ReadNumber(value, childPath)));
        }

        return weights;
    }

    private List<Adjustment> BindAdjustments(DocNode node)
    {
        if (node is not DocSequence sequence)
        {
            throw new DocumentException(node.Mark, "adjustments", $"must be a list of adjustments, not {node.Describe}.");
        }

        var result = new List<Adjustment>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var path = ScenarioKeyPath.Item("adjustments", i);
            var item = AsMapping(sequence.Items[i], path, "a mapping with when and then");
            var entries = Entries(item, path, ["when", "then"]);
            if (!entries.TryGetValue("when", out var whenNode))
            {
                throw new DocumentException(item.Mark, path + ".when", "is required: the condition under which the changes apply.");
            }

            if (!entries.TryGetValue("then", out var thenNode))
            {
                throw new DocumentException(item.Mark, path + ".then", "is required: the fields to change.");
            }

            var when = ReadLiteral(whenNode, path + ".when");
            var thenPath = path + ".then";
            var then = AsMapping(thenNode, thenPath, "a mapping from field path to change");
            var actions = new List<FieldAdjustment>();
            foreach (var (field, fieldMark, actionNode) in then.Entries)
            {
                var actionPath = ScenarioKeyPath.Child(thenPath, field);
                Marks[actionPath] = fieldMark;
                var action = AsMapping(actionNode, actionPath, "a mapping with shift, scale, set or weights");
                var a = Entries(action, actionPath, ActionKeys);
                actions.Add(new FieldAdjustment(field)
                {
                    Shift = a.TryGetValue("shift", out var shift) ? ReadNumber(shift, actionPath + ".shift") : null,
                    Scale = a.TryGetValue("scale", out var scale) ? ReadNumber(scale, actionPath + ".scale") : null,
                    Set = a.TryGetValue("set", out var set) ? ReadLiteral(set, actionPath + ".set") : null,
                    Weights = a.TryGetValue("weights", out var weights) ? BindWeights(weights, actionPath + ".weights") : null,
                });
            }

            result.Add(new Adjustment(when, actions));
        }

        return result;
    }

    /// <summary>Reads a mapping's entries, rejecting keys outside <paramref name="allowed"/> (when given).</summary>
    private Dictionary<string, DocNode> Entries(DocMapping mapping, string path, string[]? allowed)
    {
        var result = new Dictionary<string, DocNode>(StringComparer.Ordinal);
        foreach (var (key, keyMark, value) in mapping.Entries)
        {
            var childPath = ScenarioKeyPath.Child(path, key);
            if (allowed is not null && !allowed.Contains(key))
            {
                throw new DocumentException(keyMark, childPath, "is not a known key here; expected one of " + string.Join(", ", allowed) + ".");
            }

            Marks.TryAdd(childPath, value.Mark);
            result[key] = value;
        }

        return result;
    }

    private DocMapping AsMapping(DocNode node, string path, string expected)
    {
        if (path.Length > 0)
        {
            Marks.TryAdd(path, node.Mark);
        }

        return node as DocMapping
            ?? throw new DocumentException(node.Mark, path, $"must be {expected}, not {node.Describe}.");
    }

    private static string ReadText(DocNode node, string path)
    {
        if (node is DocScalar { Kind: ScalarKind.Plain or ScalarKind.Text } scalar && !(scalar.Kind == ScalarKind.Plain && scalar.IsNull))
        {
            return scalar.Text;
        }

        throw new DocumentException(node.Mark, path, $"must be text, not {Describe(node)}.");
    }

    /// <summary>Reads a scalar of any kind as its text: an option, a boolean or a number.</summary>
    private static string ReadLiteral(DocNode node, string path)
    {
        if (node is DocScalar scalar && !scalar.IsNull)
        {
            return scalar.Text;
        }

        throw new DocumentException(node.Mark, path, $"must be a single value, not {Describe(node)}.");
    }

    private static double ReadNumber(DocNode node, string path)
    {
        if (node is DocScalar { Kind: ScalarKind.Plain } yaml && IsYamlNonFinite(yaml.Text))
        {
            throw new DocumentException(node.Mark, path, $"must be a finite number, not {yaml.Text}.");
        }

        if (node is DocScalar { Kind: ScalarKind.Plain or ScalarKind.Number } scalar
            && double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            if (double.IsFinite(value))
            {
                return value;
            }

            // NaN and Infinity are words .NET reads as numbers; 1e400 is a number too large for a double.
            throw new DocumentException(
                node.Mark,
                path,
                IsNumberWord(scalar.Text)
                    ? $"must be a finite number, not {scalar.Text}."
                    : "is too large: it is beyond the largest number a scenario can hold.");
        }

        throw new DocumentException(node.Mark, path, $"must be a number, not {Describe(node)}.");
    }

    /// <summary>The largest whole number a double holds exactly; beyond it 1e17 and 1e17 + 1 would be the same.</summary>
    private const double ExactWhole = 9_007_199_254_740_992;

    private static long ReadWhole(DocNode node, string path)
    {
        if (node is DocScalar { Kind: ScalarKind.Plain } yaml && IsYamlNonFinite(yaml.Text))
        {
            throw new DocumentException(node.Mark, path, $"must be a whole number, not {yaml.Text}.");
        }

        if (node is DocScalar { Kind: ScalarKind.Plain or ScalarKind.Number } scalar)
        {
            if (long.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            // 1e6 is a natural way to write a million; a fraction or an overflow gets its own message.
            if (double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                if (IsNumberWord(scalar.Text))
                {
                    throw new DocumentException(node.Mark, path, $"must be a whole number, not {scalar.Text}.");
                }

                if (number != Math.Floor(number))
                {
                    throw new DocumentException(node.Mark, path, "must be a whole number, not a fraction.");
                }

                return Math.Abs(number) <= ExactWhole
                    ? (long)number
                    : throw new DocumentException(node.Mark, path, "is too large for a whole number here.");
            }
        }

        throw new DocumentException(node.Mark, path, $"must be a whole number, not {Describe(node)}.");
    }

    /// <summary>
    /// Whether a plain YAML value is one of YAML's spellings of not-a-number or infinity (<c>.nan</c>, <c>.NaN</c>,
    /// <c>.NAN</c>, <c>.inf</c>, <c>.Inf</c>, <c>.INF</c>, signed or not), which .NET does not read as numbers; a
    /// scenario holds finite numbers only, so these are named as what they are rather than as text.
    /// </summary>
    private static bool IsYamlNonFinite(string text) => text switch
    {
        ".nan" or ".NaN" or ".NAN" => true,
        _ => (text.StartsWith('-') || text.StartsWith('+') ? text[1..] : text) is ".inf" or ".Inf" or ".INF",
    };

    /// <summary>Whether text .NET reads as a number is a word for one (NaN, Infinity, -Infinity), not digits.</summary>
    private static bool IsNumberWord(string text) => !text.Any(char.IsAsciiDigit);

    private static int ReadInt(DocNode node, string path)
    {
        var value = ReadWhole(node, path);
        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new DocumentException(node.Mark, path, "is too large.");
    }

    private static string Describe(DocNode node) => node switch
    {
        DocScalar { IsNull: true } => "null",
        DocScalar { Kind: ScalarKind.Text } => "text in quotes",
        DocScalar { Kind: ScalarKind.Boolean } => "true/false",
        DocScalar { Kind: ScalarKind.Number } => "a number",
        DocScalar { Kind: ScalarKind.Plain } s when double.TryParse(s.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => "a number",
        DocScalar => "text",
        _ => node.Describe,
    };
}
