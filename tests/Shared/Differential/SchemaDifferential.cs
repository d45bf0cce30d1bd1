using System.Text.Json;
using Intimacy.Core.Validation;
using Json.Schema;

namespace Intimacy.Testing.Differential;

/// <summary>What the schema and the library each made of one mutated document.</summary>
/// <param name="Mutation">The document.</param>
/// <param name="SchemaAccepts">Whether the committed JSON Schema accepts it; null when the validator cannot evaluate it.</param>
/// <param name="LibraryAccepts">Whether the library's reader accepts it.</param>
/// <param name="LibraryErrors">The reader's errors when it refuses.</param>
internal sealed record Verdict(Mutation Mutation, bool? SchemaAccepts, bool LibraryAccepts, IReadOnlyList<ValidationError> LibraryErrors)
{
    public bool Agree => SchemaAccepts is not { } schema || schema == LibraryAccepts;

    public override string ToString() =>
        $"{Mutation.Path} [{Mutation.Change}]: schema {SchemaAccepts switch { true => "accepts", false => "refuses", null => "cannot evaluate" }}, library {(LibraryAccepts ? "accepts" : "refuses")}"
        + (LibraryErrors.Count > 0 ? " (" + string.Join("; ", LibraryErrors.Select(e => e.Path + " " + e.Code)) + ")" : string.Empty);
}

/// <summary>Runs mutated documents through a committed JSON Schema (JsonSchema.Net, draft 2020-12) and through the library's reader.</summary>
internal static class SchemaDifferential
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    // Built once per file: JsonSchema.Net registers a schema's $id globally and refuses to register it again.
    public static JsonSchema LoadSchema(string relativePath) =>
        Schemas.GetOrAdd(relativePath, static path => JsonSchema.FromText(File.ReadAllText(RepositoryFiles.PathOf(path))));

    /// <summary>
    /// Whether the schema accepts the text; <see langword="null"/> when JsonSchema.Net cannot evaluate it: it compares
    /// numbers as <see cref="decimal"/>, so a number beyond decimal's range (1e300) against <c>const</c> throws.
    /// </summary>
    public static bool? SchemaAccepts(JsonSchema schema, string json)
    {
        // A duplicate key is read by JsonDocument as given; the validator sees the object's properties by name.
        // "format" is asserted, as app developers' validators commonly do (draft 2020-12 leaves it to the validator).
        using var document = JsonDocument.Parse(json);
        try
        {
            return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true }).IsValid;
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Runs each mutation through the schema and through <paramref name="read"/>, which returns the reader's errors (none when it accepts).</summary>
    public static List<Verdict> Run(JsonSchema schema, IEnumerable<Mutation> mutations, Func<string, IReadOnlyList<ValidationError>> read) =>
        [.. mutations.Select(m =>
        {
            var errors = read(m.Json);
            return new Verdict(m, SchemaAccepts(schema, m.Json), errors.Count == 0, errors);
        })];

    /// <summary>
    /// Writes what the run found (how many <paramref name="documents"/>, how many the validator could not evaluate, the
    /// disagreements by documented reason, every undocumented one) and asserts that more than <paramref name="atLeast"/>
    /// documents were compared and that every disagreement has a reason from <paramref name="documented"/>.
    /// </summary>
    public static void ShouldAgree(
        IReadOnlyList<Verdict> verdicts, Func<Verdict, string?> documented, Action<string> write, string documents, int atLeast, long elapsedMilliseconds)
    {
        var disagreements = verdicts.Where(v => !v.Agree).ToList();
        var explained = disagreements.Where(v => documented(v) is not null).ToList();
        var unexplained = disagreements.Except(explained).ToList();

        write($"{verdicts.Count} mutated {documents}, {verdicts.Count(v => v.SchemaAccepts is null)} the validator cannot evaluate, "
            + $"{disagreements.Count} disagreements ({explained.Count} documented, {unexplained.Count} not), {elapsedMilliseconds} ms");
        foreach (var group in explained.GroupBy(documented))
        {
            write($"documented: {group.Key}: {group.Count()}");
        }

        foreach (var d in unexplained)
        {
            write(d.ToString());
        }

        verdicts.Count.Should().BeGreaterThan(atLeast);
        unexplained.Select(v => v.ToString()).Should().BeEmpty();
    }
}
