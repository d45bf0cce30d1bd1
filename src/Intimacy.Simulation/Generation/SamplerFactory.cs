using System.Globalization;
using Intimacy.Simulation.Scenarios;
using MathNet.Numerics.Distributions;

namespace Intimacy.Simulation.Generation;

/// <summary>
/// Checks a distribution's parameters against MathNet's rules and the field it is for, and tabulates
/// it for <see cref="ValueSampler"/>: whole-number fields and discrete distributions get the exact
/// probability of each value (tails folded onto the range's ends, continuous draws rounded to the
/// nearest whole number), real-valued fields get a quantile table.
/// </summary>
internal static class SamplerFactory
{
    /// <summary>The sampler for a non-boolean field.</summary>
    public static ValueSampler Create(FieldDistribution distribution, ProfileField field, string keyPath)
    {
        try
        {
            return CreateUnchecked(distribution, field, keyPath);
        }
        catch (Exception ex) when (ex is ArgumentException or ArithmeticException or InvalidOperationException or MathNet.Numerics.NonConvergenceException)
        {
            // MathNet's iterative inverses give up at extreme parameters (found by a property test:
            // a gamma with a shape near 1e-9); the user gets the field and its parameters, not a stack trace.
            var parameters = string.Join(", ", distribution.NumericParameters.Select(p => p.Name + " " + p.Value.ToString("R", CultureInfo.InvariantCulture)));
            throw new ScenarioIssue(keyPath, $"the {distribution.Id} distribution ({parameters}) cannot be tabulated for {field.Path}; choose less extreme parameters.");
        }
    }

    private static ValueSampler CreateUnchecked(FieldDistribution distribution, ProfileField field, string keyPath)
    {
        switch (distribution)
        {
            case ConstantDistribution constant:
                return new ConstantSampler(ParseValue(field, constant.Value, keyPath + ".value"));
            case CategoricalDistribution categorical:
                return Categorical(categorical.Weights, field, keyPath + ".weights");
        }

        if (field.Kind == FieldKind.Option)
        {
            throw new ScenarioIssue(keyPath + ".distribution", $"{field.Path} is one of a set of options; use categorical (or constant), not {distribution.Id}.");
        }

        if (distribution is BernoulliDistribution)
        {
            throw new ScenarioIssue(keyPath + ".distribution", $"{field.Path} is {field.RangeText}; bernoulli is for true/false fields.");
        }

        foreach (var (name, value) in distribution.NumericParameters)
        {
            if (!double.IsFinite(value))
            {
                throw new ScenarioIssue(keyPath + "." + name, "must be a finite number.");
            }
        }

        var min = field.Min;
        var max = field.Max;
        switch (distribution)
        {
            case NormalDistribution n:
                Require(n.StandardDeviation >= 0, keyPath + ".sd", "must be zero or more.");
                return n.StandardDeviation == 0
                    ? Point(n.Mean, field)
                    : Continuous(field, x => Normal.CDF(n.Mean, n.StandardDeviation, x), p => Normal.InvCDF(n.Mean, n.StandardDeviation, p));
            case LogNormalDistribution l:
                Require(l.Sigma >= 0, keyPath + ".sigma", "must be zero or more.");
                return l.Sigma == 0
                    ? Point(Math.Exp(l.Mu), field)
                    : Continuous(field, x => x <= 0 ? 0 : LogNormal.CDF(l.Mu, l.Sigma, x), p => LogNormal.InvCDF(l.Mu, l.Sigma, p));
            case BetaDistribution b:
                Require(b.Alpha > 0, keyPath + ".alpha", "must be greater than 0.");
                Require(b.Beta > 0, keyPath + ".beta", "must be greater than 0.");

                // As for gamma: the inverse CDF slows down as the smaller shape grows (over 20 seconds at 1e12 and 1e16).
                Require(
                    Math.Min(b.Alpha, b.Beta) <= MaxGammaShape,
                    keyPath + (b.Alpha <= b.Beta ? ".alpha" : ".beta"),
                    $"must be at most 100000 when {(b.Alpha <= b.Beta ? "beta" : "alpha")} is larger too: a beta distribution that narrow is a normal one (mean lower + (upper − lower)·alpha / (alpha + beta)) for every purpose here, and tabulating it would take long; use a normal distribution.");
                var lower = b.Lower ?? min;
                var upper = b.Upper ?? max;
                Require(upper > lower, keyPath + (b.Upper is null ? ".lower" : ".upper"), "must leave upper greater than lower.");

                // As for uniform and triangular: bounds wholly outside the field would clamp every draw to one end.
                RequireOverlap(lower, upper, field, keyPath + (b.Lower is null ? ".upper" : ".lower"));
                var width = upper - lower;
                return Continuous(
                    field,
                    x => Beta.CDF(b.Alpha, b.Beta, Math.Clamp((x - lower) / width, 0, 1)),
                    p => lower + (width * Beta.InvCDF(b.Alpha, b.Beta, p)));
            case GammaDistribution g:
                Require(g.Shape > 0, keyPath + ".shape", "must be greater than 0.");

                // Tabulating the quantiles takes time growing with the shape's square root (seconds at 1e8, minutes
                // further on); past this the distribution is a normal one to every digit a profile field keeps.
                Require(g.Shape <= MaxGammaShape, keyPath + ".shape", "must be at most 100000: a gamma distribution that narrow is a normal one (mean shape / rate, sd √shape / rate) for every purpose here, and tabulating it would take long; use a normal distribution.");
                Require(g.Rate > 0, keyPath + ".rate", "must be greater than 0.");
                return Continuous(field, x => x <= 0 ? 0 : Gamma.CDF(g.Shape, g.Rate, x), p => Gamma.InvCDF(g.Shape, g.Rate, p));
            case ExponentialDistribution e:
                Require(e.Rate > 0, keyPath + ".rate", "must be greater than 0.");
                return Continuous(field, x => x <= 0 ? 0 : Exponential.CDF(e.Rate, x), p => Exponential.InvCDF(e.Rate, p));
            case UniformDistribution u:
                Require(u.Upper >= u.Lower, keyPath + ".upper", "must be at least lower.");
                RequireOverlap(u.Lower, u.Upper, field, keyPath + ".lower");
                if (field.Kind == FieldKind.Integer)
                {
                    Require(u.Lower == Math.Floor(u.Lower), keyPath + ".lower", $"must be a whole number: {field.Path} holds whole numbers.");
                    Require(u.Upper == Math.Floor(u.Upper), keyPath + ".upper", $"must be a whole number: {field.Path} holds whole numbers.");
                    // In doubles, by halves: bounds may lie far beyond the int range (the draws beyond the field land
                    // on its ends), where MathNet's int bounds would overflow and (upper - lower + 1) could not be held.
                    var lo = u.Lower;
                    var hi = u.Upper;
                    return Discrete(field, k => k < lo ? 0 : k >= hi ? 1 : ((k / 2.0) - (lo / 2) + 0.5) / ((hi / 2) - (lo / 2) + 0.5));
                }

                return u.Upper == u.Lower
                    ? Point(u.Lower, field)
                    : new QuantileSampler(p => ContinuousUniform.InvCDF(u.Lower, u.Upper, p), min, max);
            case TriangularDistribution t:
                Require(t.Upper > t.Lower, keyPath + ".upper", "must be greater than lower.");
                Require(t.Mode >= t.Lower && t.Mode <= t.Upper, keyPath + ".mode", "must lie between lower and upper.");
                RequireOverlap(t.Lower, t.Upper, field, keyPath + ".lower");
                // MathNet's CDF is 0/0 exactly at an end that is also the mode (a right triangle), met on whole-number fields at k + 0.5.
                return Continuous(field, x => x <= t.Lower ? 0 : x >= t.Upper ? 1 : Triangular.CDF(t.Lower, t.Upper, t.Mode, x), p => Triangular.InvCDF(t.Lower, t.Upper, t.Mode, p));
            case PoissonDistribution p:
                Require(p.Lambda > 0, keyPath + ".lambda", "must be greater than 0.");
                return Discrete(field, k => Poisson.CDF(p.Lambda, k));
            case NegativeBinomialDistribution nb:
                Require(nb.R > 0, keyPath + ".r", "must be greater than 0.");
                Require(nb.P > 0 && nb.P <= 1, keyPath + ".p", "must be greater than 0 and at most 1.");
                return Discrete(field, k => NegativeBinomial.CDF(nb.R, nb.P, k));
            case BinomialDistribution bi:
                Require(bi.Trials >= 0, keyPath + ".n", "must be zero or more.");
                Require(bi.P >= 0 && bi.P <= 1, keyPath + ".p", "must be from 0 to 1.");
                // P(X ≤ k) is 1 from k = n on; MathNet's CDF is NaN at k = n for p above about 0.7, for p = 1 and for n = 0.
                return Discrete(field, k => k >= bi.Trials ? 1 : Binomial.CDF(bi.P, bi.Trials, k));
            default:
                throw new ScenarioIssue(keyPath + ".distribution", $"{distribution.Id} is not supported for {field.Path}.");
        }
    }

    /// <summary>The probability of true for a boolean field.</summary>
    public static double Probability(FieldDistribution distribution, ProfileField field, string keyPath)
    {
        switch (distribution)
        {
            case BernoulliDistribution b:
                Require(double.IsFinite(b.P) && b.P >= 0 && b.P <= 1, keyPath + ".p", "must be a probability from 0 to 1.");
                return b.P;
            case ConstantDistribution c:
                return ParseValue(field, c.Value, keyPath + ".value");
            case CategoricalDistribution categorical:
                var weights = Weights(categorical.Weights, field, keyPath + ".weights");
                return weights[1] / (weights[0] + weights[1]);
            default:
                throw new ScenarioIssue(keyPath + ".distribution", $"{field.Path} is true or false; use bernoulli (or constant), not {distribution.Id}.");
        }
    }

    /// <summary>A categorical sampler over an option field's options or a number field's listed values.</summary>
    public static DiscreteSampler Categorical(IReadOnlyList<CategoryWeight> weights, ProfileField field, string keyPath)
    {
        if (field.Kind == FieldKind.Option)
        {
            var perOption = Weights(weights, field, keyPath);
            var values = new double[perOption.Length];
            var cumulative = new double[perOption.Length];
            var total = perOption.Sum();
            var running = 0.0;
            for (var i = 0; i < perOption.Length; i++)
            {
                values[i] = i;
                running += perOption[i];
                cumulative[i] = running / total;
            }

            return new DiscreteSampler(values, cumulative);
        }

        var parsed = new SortedDictionary<double, double>();
        var written = new Dictionary<double, string>();
        var scale = SumScale(weights);
        foreach (var weight in weights)
        {
            var value = ParseValue(field, weight.Option, keyPath + "." + weight.Option);
            CheckWeight(weight, keyPath);

            // 3, 3.0, +3 and 03 are one value of a number field: two of them are a repeated key in another spelling,
            // refused like one rather than their weights added up unseen.
            if (!written.TryAdd(value, weight.Option))
            {
                throw new ScenarioIssue(
                    keyPath + "." + weight.Option,
                    $"is the value {field.Format(value)} of {field.Path}, which weights.{written[value]} already lists; give each value one weight.");
            }

            parsed[value] = weight.Weight * scale;
        }

        var sum = CheckTotal(parsed.Values.Sum(), weights.Count, keyPath);
        var acc = 0.0;
        return new DiscreteSampler(
            [.. parsed.Keys],
            [.. parsed.Values.Select(w => (acc += w) / sum)]);
    }

    /// <summary>Parses a literal value of a field (an option name, true/false, a number in range).</summary>
    public static double ParseValue(ProfileField field, string text, string keyPath)
        => field.TryParseValue(text, out var value)
            ? value
            : throw new ScenarioIssue(keyPath, $"'{text}' is not a value of {field.Path}, which takes {field.RangeText}.");

    private static double[] Weights(IReadOnlyList<CategoryWeight> weights, ProfileField field, string keyPath)
    {
        var options = field.Kind == FieldKind.Boolean ? ["false", "true"] : field.Options;
        var result = new double[options.Length];
        var listed = new HashSet<int>();
        var scale = SumScale(weights);
        foreach (var weight in weights)
        {
            var index = Array.IndexOf(options, weight.Option);
            if (index < 0)
            {
                throw new ScenarioIssue(keyPath + "." + weight.Option, $"is not an option of {field.Path}; its options are {string.Join(", ", options)}.");
            }

            CheckWeight(weight, keyPath);

            // A file cannot list an option twice (a repeated key), but a scenario built in code can: refused alike.
            Require(listed.Add(index), keyPath + "." + weight.Option, "is listed twice; give each option one weight.");
            result[index] += weight.Weight * scale;
        }

        CheckTotal(result.Sum(), weights.Count, keyPath);
        return result;
    }

    /// <summary>
    /// What to multiply weights by so that their sum stays finite: each weight may be as large as a double holds,
    /// and a sum beyond that (infinity) would turn every share into 0 or NaN. 1 whenever the sum is finite.
    /// </summary>
    private static double SumScale(IReadOnlyList<CategoryWeight> weights)
    {
        var sum = 0.0;
        foreach (var weight in weights)
        {
            sum += weight.Weight;
        }

        return double.IsPositiveInfinity(sum) ? 1.0 / weights.Count : 1;
    }

    private static void CheckWeight(CategoryWeight weight, string keyPath)
        => Require(double.IsFinite(weight.Weight) && weight.Weight >= 0, keyPath + "." + weight.Option, "must be a weight of zero or more.");

    private static double CheckTotal(double total, int count, string keyPath)
    {
        Require(count > 0, keyPath, "must list at least one option.");
        Require(total > 0, keyPath, "must have weights that sum to more than 0.");
        return total;
    }

    private static ValueSampler Point(double value, ProfileField field)
    {
        var v = Math.Clamp(value, field.Min, field.Max);
        return new ConstantSampler(field.Kind == FieldKind.Integer ? Math.Round(v, MidpointRounding.AwayFromZero) : v);
    }

    /// <summary>A continuous distribution: rounded to whole numbers on integer fields, a quantile table otherwise.</summary>
    private static ValueSampler Continuous(ProfileField field, Func<double, double> cdf, Func<double, double> inverseCdf)
    {
        if (field.Kind == FieldKind.Integer)
        {
            // P(round(X) <= k) = F(k + 0.5); everything below the range lands on its minimum, above on its maximum.
            return Discrete(field, k => cdf(k + 0.5));
        }

        return new QuantileSampler(inverseCdf, field.Min, field.Max);
    }

    /// <summary>Tabulates P(value ≤ k) over the whole numbers of the field's range; the top value takes the rest.</summary>
    private static DiscreteSampler Discrete(ProfileField field, Func<int, double> cdf)
    {
        var lo = (int)Math.Ceiling(field.Min);
        var hi = (int)Math.Floor(field.Max);
        var values = new double[hi - lo + 1];
        var cumulative = new double[values.Length];
        for (var k = lo; k <= hi; k++)
        {
            values[k - lo] = k;
            var c = k == hi ? 1.0 : cdf(k);
            cumulative[k - lo] = double.IsNaN(c) ? throw new ArithmeticException("The CDF returned NaN.") : c;
        }

        return new DiscreteSampler(values, cumulative);
    }

    private static void RequireOverlap(double lower, double upper, ProfileField field, string keyPath)
        => Require(
            upper >= field.Min && lower <= field.Max,
            keyPath,
            string.Create(CultureInfo.InvariantCulture, $"puts every value outside the range of {field.Path} ({field.Min} to {field.Max})."));

    /// <summary>The largest gamma shape a scenario may give, and the largest the smaller beta shape may be (see those cases).</summary>
    private const double MaxGammaShape = 100_000;

    private static void Require(bool condition, string keyPath, string message)
    {
        if (!condition)
        {
            throw new ScenarioIssue(keyPath, message);
        }
    }
}
