using System.Text.Json.Serialization;
using Intimacy.Core.Sources;

namespace Intimacy.Core.Plans;

/// <summary>A source as a plan cites it: flat data, ready for JSON and CDS Hooks cards.</summary>
/// <param name="SourceId">The catalog id of the source, e.g. <c>source.funk-rogge-2007</c>.</param>
/// <param name="Label">Author or organisation, year and title.</param>
/// <param name="Url">Where to read it, when known. Plan JSON always writes it (as <c>null</c> when unknown) because it is a constructor argument without a default.</param>
/// <param name="Locator">Which part of the source is meant.</param>
/// <param name="Evidence">The strength of the evidence, e.g. <c>guideline</c>.</param>
public sealed record Citation(
    string SourceId,
    string Label,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Uri? Url,
    string Locator,
    EvidenceLevel Evidence)
{
    /// <summary>Makes a citation from a catalog source reference.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    public static Citation From(SourceReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new Citation(reference.Source.Id, reference.Source.ToString(), reference.Source.Url, reference.Locator, reference.Evidence);
    }
}
