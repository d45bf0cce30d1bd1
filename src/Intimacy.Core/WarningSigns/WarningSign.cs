using Intimacy.Core.Catalog;
using Intimacy.Core.Dimensions;
using Intimacy.Core.Profiles;
using Intimacy.Core.Sources;
using Intimacy.Core.Specifications;

namespace Intimacy.Core.WarningSigns;

/// <summary>
/// Something a couple can notice that shows intimacy is in trouble, with the specification that
/// detects it in a <see cref="CoupleProfile"/>.
/// </summary>
/// <remarks>
/// A sign's <see cref="Detection"/> fires only on known answers that show it: an unknown answer is
/// never read as "fine", but it is not evidence of the sign either.
/// </remarks>
public sealed record WarningSign : ICatalogItem
{
    /// <summary>Creates a warning sign.</summary>
    /// <param name="id">The stable id: <c>sign.</c> followed by lower-case words joined by hyphens.</param>
    /// <param name="name">A short name.</param>
    /// <param name="description">What the sign looks like, in the project's own words.</param>
    /// <param name="dimensions">The dimensions of intimacy it concerns; at least one.</param>
    /// <param name="detection">The specification that finds the sign in a profile.</param>
    /// <param name="sources">Where it comes from; at least one reference.</param>
    /// <param name="indicatesProfessionalHelp">Whether the sources name it as a reason to seek professional help.</param>
    /// <param name="facts">Cited figures that give context, such as how common the sign is; may be empty.</param>
    /// <exception cref="ArgumentException">An argument is malformed, blank or empty.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public WarningSign(
        string id,
        string name,
        string description,
        IEnumerable<IntimacyDimension> dimensions,
        Specification<CoupleProfile> detection,
        IEnumerable<SourceReference> sources,
        bool indicatesProfessionalHelp = false,
        IEnumerable<WarningSignFact>? facts = null)
    {
        Id = Guard.Id(id, "sign");
        Name = Guard.NotBlank(name);
        Description = Guard.NotBlank(description);
        Dimensions = Guard.Items(dimensions, allowEmpty: false);
        Detection = Guard.NotNull(detection);
        Sources = Guard.Items(sources, allowEmpty: false);
        IndicatesProfessionalHelp = indicatesProfessionalHelp;
        Facts = Guard.Items(facts ?? [], allowEmpty: true);
    }

    private WarningSign(WarningSign original, Specification<CoupleProfile> detection)
    {
        Id = original.Id;
        Name = original.Name;
        Description = original.Description;
        Dimensions = original.Dimensions;
        Sources = original.Sources;
        IndicatesProfessionalHelp = original.IndicatesProfessionalHelp;
        Facts = original.Facts;
        Detection = detection;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>The dimensions of intimacy the sign concerns.</summary>
    public IReadOnlyList<IntimacyDimension> Dimensions { get; }

    /// <summary>Finds the sign in a profile.</summary>
    public Specification<CoupleProfile> Detection { get; }

    /// <inheritdoc />
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>Whether the sources name this sign as a reason to seek professional help.</summary>
    public bool IndicatesProfessionalHelp { get; }

    /// <summary>Cited figures that give context, such as how common the sign is.</summary>
    public IReadOnlyList<WarningSignFact> Facts { get; }

    /// <summary>Tells whether the sign shows in <paramref name="profile"/>.</summary>
    /// <param name="profile">The profile to examine.</param>
    /// <returns>True when <see cref="Detection"/> is satisfied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public bool IsPresentIn(CoupleProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Detection.IsSatisfiedBy(profile);
    }

    /// <summary>
    /// Returns the same sign with a different detection, for apps whose options change a threshold
    /// (e.g. <c>WarningSigns.SexlessRelationship.WithDetection(WarningSignDetection.SexlessRelationship(12))</c>).
    /// </summary>
    /// <param name="detection">The specification to use instead.</param>
    /// <returns>A copy of this sign using <paramref name="detection"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="detection"/> is null.</exception>
    public WarningSign WithDetection(Specification<CoupleProfile> detection) => new(this, Guard.NotNull(detection));

    /// <summary>Returns the id.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
