using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;

namespace Intimacy.Recommendations.Tests.Properties;

/// <summary>
/// One engine of the property tests' pool: random thresholds within their accepted ranges, random
/// disabled tags, and the hostile app rules (always the late ones, sometimes also the early one) with
/// the hostile app's interventions, which carry no contraindications.
/// </summary>
/// <param name="Index">The position in the pool.</param>
/// <param name="Thresholds">Every threshold's value.</param>
/// <param name="DisabledTags">Switchable tags turned off.</param>
/// <param name="EarlyHostile">Whether <see cref="HostileEarlyRule"/> is added too.</param>
internal sealed record EngineSpec(int Index, IReadOnlyList<KeyValuePair<string, double>> Thresholds, IReadOnlyList<string> DisabledTags, bool EarlyHostile)
{
    /// <summary>The app rules every engine of the pool carries.</summary>
    public IReadOnlyList<Type> HostileRules =>
        EarlyHostile ? [typeof(HostileRule), typeof(HostileRetractRule), typeof(HostileEarlyRule)] : [typeof(HostileRule), typeof(HostileRetractRule)];

    /// <summary>Defaults, no disabled tag, late hostile rules only.</summary>
    /// <param name="index">The position in the pool.</param>
    /// <returns>The spec.</returns>
    public static EngineSpec Baseline(int index) =>
        new(index, [.. RecommendationOptions.Thresholds.Select(d => KeyValuePair.Create(d.Name, d.DefaultValue))], [], false);

    /// <summary>A random engine.</summary>
    /// <param name="index">The position in the pool.</param>
    /// <returns>The generator.</returns>
    public static Gen<EngineSpec> Random(int index) =>
        from values in Gen.CollectToArray(RecommendationOptions.Thresholds, d => Gen.Frequency(
            (1, Gen.Constant(d.DefaultValue)),
            (2, Gen.Choose(0, 1000).Select(k => Math.Clamp(Math.Round(d.Minimum + ((d.Maximum - d.Minimum) * k / 1000.0), 1), d.Minimum, d.Maximum)))))
        from tagRolls in Gen.ArrayOf(Gen.Choose(0, 99), RuleTags.Switchable.Count)
        from early in Gen.Elements(true, false)
        select new EngineSpec(
            index,
            [.. RecommendationOptions.Thresholds.Select((d, i) => KeyValuePair.Create(d.Name, values[i]))],
            [.. RuleTags.Switchable.Where((_, i) => tagRolls[i] < 12)],
            early);

    /// <summary>Compiles the engine.</summary>
    /// <returns>The engine.</returns>
    public RecommendationEngine Build() => Builder().Build();

    /// <summary>A builder configured like this spec, for variations.</summary>
    /// <returns>The builder.</returns>
    public RecommendationEngineBuilder Builder() =>
        new RecommendationEngineBuilder()
            .Configure(o =>
            {
                foreach (var (name, value) in Thresholds)
                {
                    o.SetThreshold(name, value);
                }

                o.DisabledTags.UnionWith(DisabledTags);
            })
            .AddRules([.. HostileRules])
            .AddInterventions(Hostile.Interventions);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"engine #{Index}: early hostile rule {(EarlyHostile ? "on" : "off")}; disabled tags [{string.Join(", ", DisabledTags)}]; ")
        + string.Join(", ", Thresholds.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key}={t.Value}")));
}
