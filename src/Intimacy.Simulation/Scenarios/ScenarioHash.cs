using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Intimacy.Simulation.Scenarios;

/// <summary>
/// Identifies a population: the SHA-256 of the scenario's canonical form, for stamping outputs.
/// </summary>
/// <remarks>
/// The canonical form holds everything that changes the generated profiles and nothing else:
/// the file's format (YAML or JSON), comments, key order, spacing in conditions, the name, the
/// description and the default count and seed leave the hash unchanged. Fields are sorted by path,
/// options by name; adjustments keep their order because it matters.
/// </remarks>
/// <param name="Hex">The hash as 64 lower-case hexadecimal digits.</param>
public readonly record struct ScenarioHash(string Hex)
{
    /// <summary>Computes the hash of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static ScenarioHash Compute(Scenario scenario)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalForm(scenario)));
        return new ScenarioHash(Convert.ToHexStringLower(bytes));
    }

    /// <summary>The canonical JSON form that is hashed.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>Compact JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static string CanonicalForm(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps conditions readable ("a >= 2", not "a \u003E= 2"); the text is hashed, never put in HTML.
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("format", 1);
            Number(w, "oneRespondentShare", scenario.OneRespondentShare);
            Number(w, "unknownShare", scenario.UnknownShare);
            Number(w, "partnerCorrelation", scenario.PartnerCorrelation);

            w.WriteStartObject("instruments");
            foreach (var instrument in Instrument.All)
            {
                Number(w, instrument.Id, scenario.Instruments.TryGetValue(instrument, out var share) ? share : 0);
            }

            w.WriteEndObject();

            w.WriteStartObject("sections");
            foreach (var (section, share) in scenario.Sections.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                Number(w, section, share);
            }

            w.WriteEndObject();

            w.WriteStartArray("fields");
            foreach (var field in scenario.Fields.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("path", field.Path);
                WriteDistribution(w, field.Distribution);
                if (field.UnknownShare is { } unknown)
                {
                    Number(w, "unknown", unknown);
                }

                if (field.Correlation is { } correlation)
                {
                    Number(w, "correlation", correlation);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("adjustments");
            foreach (var adjustment in scenario.Adjustments)
            {
                w.WriteStartObject();
                w.WriteString("when", CanonicalCondition(adjustment.When));
                w.WriteStartArray("then");
                foreach (var change in adjustment.Then.OrderBy(c => c.Path, StringComparer.Ordinal))
                {
                    w.WriteStartObject();
                    w.WriteString("path", change.Path);
                    if (change.Scale is { } scale)
                    {
                        Number(w, "scale", scale);
                    }

                    if (change.Shift is { } shift)
                    {
                        Number(w, "shift", shift);
                    }

                    if (change.Set is { } set)
                    {
                        w.WriteString("set", Answer(set));
                    }

                    if (change.Weights is { } weights)
                    {
                        WriteWeights(w, weights);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <inheritdoc />
    public override string ToString() => "sha256:" + Hex;

    private static void WriteDistribution(Utf8JsonWriter w, FieldDistribution distribution)
    {
        w.WriteString("distribution", distribution.Id);
        foreach (var (name, value) in distribution.NumericParameters)
        {
            Number(w, name, value);
        }

        switch (distribution)
        {
            case CategoricalDistribution categorical:
                WriteWeights(w, categorical.Weights);
                break;
            case ConstantDistribution constant:
                w.WriteString("value", Answer(constant.Value));
                break;
        }
    }

    private static void WriteWeights(Utf8JsonWriter w, IReadOnlyList<CategoryWeight> weights)
    {
        w.WriteStartObject("weights");
        foreach (var (option, weight) in weights.Select(x => (Answer(x.Option), x.Weight)).OrderBy(x => x.Item1, StringComparer.Ordinal))
        {
            Number(w, option, weight);
        }

        w.WriteEndObject();
    }

    private static string CanonicalCondition(string when)
    {
        try
        {
            return Condition.Parse(when).Canonical;
        }
        catch (ConditionSyntaxException)
        {
            return string.Join(' ', when.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
    }

    /// <summary>
    /// An answer as written in the scenario (a constant, a set answer, a categorical value): a number in round-trip
    /// text, so 1, 1.0 and 1e0 hash alike as they generate alike; option names and true/false as they are.
    /// </summary>
    private static string Answer(string text)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number.ToString("R", CultureInfo.InvariantCulture)
            : text;

    // Numbers as round-trip text, so 0.1 and 0.10 hash alike and every platform writes the same digits.
    private static void Number(Utf8JsonWriter w, string name, double value)
        => w.WriteString(name, value.ToString("R", CultureInfo.InvariantCulture));
}
