using Intimacy.Core.Sources;

namespace Intimacy.Core.Catalog;

/// <summary>What every entry of the catalog has: a stable id, a name, a description and its sources.</summary>
public interface ICatalogItem
{
    /// <summary>The stable id, a kind prefix and lower-case words joined by hyphens (e.g. <c>barrier.fear-of-rejection</c>).</summary>
    string Id { get; }

    /// <summary>A short human-readable name.</summary>
    string Name { get; }

    /// <summary>What the item means, in the project's own words.</summary>
    string Description { get; }

    /// <summary>Where the item comes from; at least one reference.</summary>
    IReadOnlyList<SourceReference> Sources { get; }
}
