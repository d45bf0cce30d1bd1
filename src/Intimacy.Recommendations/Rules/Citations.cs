using Intimacy.Core.Catalog;
using Intimacy.Core.Plans;
using Intimacy.Core.Sources;
using Intimacy.Recommendations.Explanations;

namespace Intimacy.Recommendations.Rules;

/// <summary>Turns catalog source references into plan citations, once per rule.</summary>
/// <remarks>The lists are immutable, so the findings that cite them keep them as they are instead of copying them.</remarks>
public static class Citations
{
    /// <summary>The citations of a catalog item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Its sources as citations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public static IReadOnlyList<Citation> Of(ICatalogItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return ReadOnly.Of([.. item.Sources.Select(Citation.From)]);
    }

    /// <summary>Citations of the given references.</summary>
    /// <param name="references">The references.</param>
    /// <returns>The citations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="references"/> is null.</exception>
    public static IReadOnlyList<Citation> Of(params SourceReference[] references)
    {
        ArgumentNullException.ThrowIfNull(references);
        return ReadOnly.Of([.. references.Select(Citation.From)]);
    }
}
