using Intimacy.Core.Catalog;
using Intimacy.Core.Dimensions;
using Intimacy.Core.Sources;

namespace Intimacy.Core.Barriers;

/// <summary>
/// Something that gets in the way of intimacy: a cause that a plan can address, as opposed to a
/// warning sign, which is what the couple notices.
/// </summary>
public sealed record Barrier : ICatalogItem
{
    /// <summary>Creates a barrier.</summary>
    /// <param name="id">The stable id: <c>barrier.</c> followed by lower-case words joined by hyphens.</param>
    /// <param name="name">A short name.</param>
    /// <param name="description">What the barrier is and how it gets in the way, in the project's own words.</param>
    /// <param name="family">The broad kind of cause.</param>
    /// <param name="dimensions">The dimensions of intimacy it affects; at least one.</param>
    /// <param name="sources">Where it comes from; at least one reference.</param>
    /// <exception cref="ArgumentException">An argument is malformed, blank or empty.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Barrier(
        string id,
        string name,
        string description,
        BarrierFamily family,
        IEnumerable<IntimacyDimension> dimensions,
        IEnumerable<SourceReference> sources)
    {
        Id = Guard.Id(id, "barrier");
        Name = Guard.NotBlank(name);
        Description = Guard.NotBlank(description);
        Family = Guard.Defined(family);
        Dimensions = Guard.Items(dimensions, allowEmpty: false);
        Sources = Guard.Items(sources, allowEmpty: false);
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>The broad kind of cause.</summary>
    public BarrierFamily Family { get; }

    /// <summary>The dimensions of intimacy this barrier affects.</summary>
    public IReadOnlyList<IntimacyDimension> Dimensions { get; }

    /// <inheritdoc />
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>Returns the id.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
