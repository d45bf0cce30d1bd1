using System.Globalization;

namespace Intimacy.Simulation.Scenarios;

/// <summary>
/// One number in a scenario, named by the key path that error messages use, so that a sweep can set it
/// to a range of values: <c>unknownShare</c>, <c>instruments.csi4</c>, <c>sections.safety</c>,
/// <c>fields[view.sexPerYear].mean</c>, <c>fields[view.trend].weights.worsening</c>,
/// <c>fields[ageYears].correlation</c>, <c>adjustments[0].then[view.feelsRejected].shift</c>.
/// </summary>
/// <remarks>
/// <c>fields.view.sexPerYear.mean</c> (dots instead of brackets) is read as the bracketed form when the
/// scenario has a field <c>view.sexPerYear</c>. Setting a value does not check its range: the
/// scenario is checked as a whole when it is compiled (by <see cref="Generation.ProfileGenerator"/>),
/// with the same messages as a file.
/// </remarks>
public sealed class ScenarioParameter
{
    private static readonly string[] TopLevel = ["oneRespondentShare", "unknownShare", "partnerCorrelation"];

    private ScenarioParameter(string path) => Path = path;

    /// <summary>The key path as given.</summary>
    public string Path { get; }

    /// <summary>Reads a key path; whether it names a number is checked against a scenario when it is applied.</summary>
    /// <param name="path">The key path.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ScenarioParameter Parse(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new ScenarioParameter(path.Trim());
    }

    /// <summary>The key path in its canonical, bracketed form for a scenario, e.g. <c>fields[view.sexPerYear].mean</c>.</summary>
    /// <param name="scenario">The scenario the path is read against.</param>
    /// <returns>The canonical path.</returns>
    /// <exception cref="ScenarioException">The path names nothing in this scenario that can be set to a number.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public string Canonical(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Resolve(scenario).Canonical;
    }

    /// <summary>The value the scenario itself gives the parameter.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The value; for a share or weight the scenario does not list, the value it stands for (0 or 1).</returns>
    /// <exception cref="ScenarioException">The path names nothing in this scenario that can be set to a number.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public double ValueIn(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Resolve(scenario).Read();
    }

    /// <summary>A copy of the scenario with the parameter set to a value.</summary>
    /// <param name="scenario">The scenario; not changed.</param>
    /// <param name="value">The value.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ScenarioException">The path names nothing in this scenario that can be set to a number, or the value cannot be that parameter (a fractional binomial n).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public Scenario Apply(Scenario scenario, double value)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Resolve(scenario).Write(value);
    }

    /// <inheritdoc />
    public override string ToString() => Path;

    private Target Resolve(Scenario scenario)
    {
        var path = Path;
        if (TopLevel.Contains(path, StringComparer.Ordinal))
        {
            return path switch
            {
                "oneRespondentShare" => new(path, () => scenario.OneRespondentShare, v => scenario with { OneRespondentShare = v }),
                "unknownShare" => new(path, () => scenario.UnknownShare, v => scenario with { UnknownShare = v }),
                _ => new(path, () => scenario.PartnerCorrelation, v => scenario with { PartnerCorrelation = v }),
            };
        }

        if (path.StartsWith("instruments.", StringComparison.Ordinal))
        {
            var id = path["instruments.".Length..];
            var instrument = Instrument.All.FirstOrDefault(i => i.Id == id)
                ?? throw Fail(scenario, path, $"is not a known instrument; use one of {string.Join(", ", Instrument.All.Select(i => i.Id))}.");
            return new(path, () => scenario.Instruments.GetValueOrDefault(instrument), v =>
            {
                var shares = scenario.Instruments.ToDictionary();
                shares[instrument] = v;
                return scenario with { Instruments = shares };
            });
        }

        if (path.StartsWith("sections.", StringComparison.Ordinal))
        {
            var section = path["sections.".Length..];
            return new(path, () => scenario.Sections.TryGetValue(section, out var share) ? share : 1, v =>
            {
                var shares = scenario.Sections.ToDictionary();
                shares[section] = v;
                return scenario with { Sections = shares };
            });
        }

        if (path.StartsWith("fields", StringComparison.Ordinal))
        {
            var (fieldPath, rest) = SplitField(scenario, path, "fields", scenario.Fields.Select(f => f.Path));
            var index = IndexOf(scenario.Fields, f => f.Path == fieldPath);
            if (index < 0)
            {
                throw Fail(scenario, $"fields[{fieldPath}]", "has no distribution in this scenario; add the field to the scenario first.");
            }

            var canonical = $"fields[{fieldPath}].{rest}";
            var spec = scenario.Fields[index];
            Scenario With(FieldSpec changed) => scenario with { Fields = Replace(scenario.Fields, index, changed) };
            switch (rest)
            {
                case "unknown":
                    return new(canonical, () => spec.UnknownShare ?? scenario.UnknownShare, v => With(spec with { UnknownShare = v }));
                case "correlation":
                    return new(canonical, () => spec.Correlation ?? scenario.PartnerCorrelation, v => With(spec with { Correlation = v }));
            }

            if (spec.Distribution is CategoricalDistribution categorical)
            {
                return WeightTarget(scenario, canonical, rest, categorical.Weights, weights => With(spec with { Distribution = new CategoricalDistribution(weights) }));
            }

            var parameters = spec.Distribution.NumericParameters.ToList();
            var known = spec.Distribution.WithParameter(rest, 0) is not null;
            if (!known)
            {
                var names = DistributionParameterNames(spec.Distribution);
                throw Fail(scenario, canonical, $"is not a parameter of the {spec.Distribution.Id} distribution; it takes {(names.Length == 0 ? "no numeric parameter" : string.Join(", ", names))} (and unknown, correlation).");
            }

            var current = parameters.FirstOrDefault(p => p.Name == rest);
            return new(canonical, () => current.Name is null ? double.NaN : current.Value, v =>
            {
                RequireWholeWhereNeeded(scenario, canonical, spec.Distribution, rest, v);
                return With(spec with { Distribution = spec.Distribution.WithParameter(rest, v)! });
            });
        }

        if (path.StartsWith("adjustments[", StringComparison.Ordinal))
        {
            var close = path.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || !int.TryParse(path.AsSpan("adjustments[".Length, close - "adjustments[".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || number >= scenario.Adjustments.Count)
            {
                throw Fail(scenario, path, $"does not name one of the scenario's adjustments; they are numbered from adjustments[0] to adjustments[{scenario.Adjustments.Count - 1}].");
            }

            var adjustment = scenario.Adjustments[number];
            var prefix = $"adjustments[{number}]";
            var after = path[(close + 1)..];
            if (!after.StartsWith(".then", StringComparison.Ordinal))
            {
                throw Fail(scenario, path, $"must go on with .then[<field>].shift, .scale or .weights.<option> after {prefix}.");
            }

            var (fieldPath, rest) = SplitField(scenario, path, prefix + ".then", adjustment.Then.Select(t => t.Path), after[".then".Length..]);
            var index = IndexOf(adjustment.Then, t => t.Path == fieldPath);
            if (index < 0)
            {
                throw Fail(scenario, $"{prefix}.then[{fieldPath}]", $"is not changed by this adjustment; it changes {string.Join(", ", adjustment.Then.Select(t => t.Path))}.");
            }

            var canonical = $"{prefix}.then[{fieldPath}].{rest}";
            var change = adjustment.Then[index];
            Scenario With(FieldAdjustment changed) => scenario with
            {
                Adjustments = Replace(scenario.Adjustments, number, adjustment with { Then = Replace(adjustment.Then, index, changed) }),
            };
            return rest switch
            {
                "shift" => new(canonical, () => change.Shift ?? 0, v => With(change with { Shift = v })),
                "scale" => new(canonical, () => change.Scale ?? 1, v => With(change with { Scale = v })),
                _ when change.Weights is { } weights => WeightTarget(scenario, canonical, rest, weights, w => With(change with { Weights = w })),
                _ => throw Fail(scenario, canonical, "is not a number of this change; a change has shift, scale or weights.<option>."),
            };
        }

        throw Fail(scenario, path, "is not a scenario parameter that can be swept; use oneRespondentShare, unknownShare, partnerCorrelation, instruments.<id>, sections.<name>, fields[<field>].<parameter> or adjustments[<n>].then[<field>].shift, .scale or .weights.<option>.");
    }

    /// <summary>
    /// Splits <c>fields[view.trend].weights.stable</c> or <c>fields.view.trend.weights.stable</c> into the
    /// field path and what follows; the dotted form takes the longest field path the scenario has.
    /// </summary>
    private (string Field, string After) SplitField(Scenario scenario, string path, string prefix, IEnumerable<string> fieldPaths, string? tail = null)
    {
        tail ??= path[prefix.Length..];
        if (tail.StartsWith('['))
        {
            var close = tail.IndexOf(']', StringComparison.Ordinal);
            if (close > 1 && close + 2 < tail.Length && tail[close + 1] == '.')
            {
                return (tail[1..close], tail[(close + 2)..]);
            }
        }
        else if (tail.StartsWith('.'))
        {
            var dotted = tail[1..];
            var match = fieldPaths.Where(f => dotted.StartsWith(f + ".", StringComparison.Ordinal)).MaxBy(f => f.Length);
            if (match is not null)
            {
                return (match, dotted[(match.Length + 1)..]);
            }
        }

        throw Fail(scenario, path, $"must name a field and a number of it, such as {prefix}[view.sexPerYear].mean; the fields here are {string.Join(", ", fieldPaths)}.");
    }

    private static Target WeightTarget(Scenario scenario, string canonical, string rest, IReadOnlyList<CategoryWeight> weights, Func<IReadOnlyList<CategoryWeight>, Scenario> write)
    {
        const string Prefix = "weights.";
        var option = rest.StartsWith(Prefix, StringComparison.Ordinal) ? rest[Prefix.Length..] : null;
        var index = option is null ? -1 : IndexOf(weights, w => w.Option == option);
        if (index < 0)
        {
            throw Fail(scenario, canonical, $"must be weights.<option> for one of the listed options: {string.Join(", ", weights.Select(w => w.Option))}.");
        }

        return new(canonical, () => weights[index].Weight, v => write(Replace(weights, index, weights[index] with { Weight = v })));
    }

    private static void RequireWholeWhereNeeded(Scenario scenario, string canonical, FieldDistribution distribution, string name, double value)
    {
        if (distribution is BinomialDistribution && name == "n" && (value != Math.Floor(value) || value < 0 || value > int.MaxValue))
        {
            throw Fail(scenario, canonical, string.Create(CultureInfo.InvariantCulture, $"must be a whole number zero or more, not {value}."));
        }
    }

    private static string[] DistributionParameterNames(FieldDistribution distribution) => distribution switch
    {
        BetaDistribution => ["alpha", "beta", "lower", "upper"],
        ConstantDistribution => ["value"],
        _ => [.. distribution.NumericParameters.Select(p => p.Name)],
    };

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static T[] Replace<T>(IReadOnlyList<T> items, int index, T item)
    {
        var copy = items.ToArray();
        copy[index] = item;
        return copy;
    }

    private static ScenarioException Fail(Scenario scenario, string keyPath, string detail) =>
        new(string.IsNullOrEmpty(scenario.Name) ? "scenario" : scenario.Name, null, null, keyPath, detail);

    private sealed record Target(string Canonical, Func<double> Read, Func<double, Scenario> Write);
}
