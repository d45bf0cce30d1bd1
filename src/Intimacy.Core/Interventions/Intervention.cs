using Intimacy.Core.Barriers;
using Intimacy.Core.Catalog;
using Intimacy.Core.Dimensions;
using Intimacy.Core.Sources;

namespace Intimacy.Core.Interventions;

/// <summary>
/// Something a couple or one partner can do, or be referred to, to rebuild intimacy or to stay safe:
/// an exercise, a shared activity, a therapy, a medical step, a safety route or a resource.
/// </summary>
/// <remarks>
/// <para>Sexual items (<see cref="IsSexual"/>) and medical items must carry a <see cref="Caution"/>:
/// sexual items need both partners' free consent and never pressure the partner who wants less;
/// medical items send the person to their prescriber or physician and never suggest changing a
/// medicine alone.</para>
/// <para><see cref="Contraindications"/> are data: a plan checks each one's specification against
/// the profile and holds the intervention back while any applies.</para>
/// </remarks>
public sealed record Intervention : ICatalogItem
{
    /// <summary>Creates an intervention.</summary>
    /// <param name="id">The stable id: <c>intervention.</c> followed by lower-case words joined by hyphens.</param>
    /// <param name="name">A short name.</param>
    /// <param name="description">What it is and how it is done, in the project's own words.</param>
    /// <param name="kind">What sort of help it is.</param>
    /// <param name="actor">Who carries it out.</param>
    /// <param name="stage">Where it belongs in a plan.</param>
    /// <param name="dimensions">The dimensions of intimacy it works on; at least one.</param>
    /// <param name="sources">Where it comes from; at least one reference.</param>
    /// <param name="addressesBarriers">The barriers it helps with; may be empty.</param>
    /// <param name="contraindications">Circumstances in which it must not be offered; may be empty.</param>
    /// <param name="dose">How much of it a source recommends, or null.</param>
    /// <param name="isSexual">Whether it is part of sexual reconnection.</param>
    /// <param name="caution">A consent or wording note to show with it, or null. Required for sexual and medical items.</param>
    /// <exception cref="ArgumentException">An argument is malformed, blank or empty, or a sexual or medical item has no caution.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public Intervention(
        string id,
        string name,
        string description,
        InterventionKind kind,
        InterventionActor actor,
        PlanStage stage,
        IEnumerable<IntimacyDimension> dimensions,
        IEnumerable<SourceReference> sources,
        IEnumerable<Barrier>? addressesBarriers = null,
        IEnumerable<Contraindication>? contraindications = null,
        Dose? dose = null,
        bool isSexual = false,
        string? caution = null)
    {
        Id = Guard.Id(id, "intervention");
        Name = Guard.NotBlank(name);
        Description = Guard.NotBlank(description);
        Kind = Guard.Defined(kind);
        Actor = Guard.Defined(actor);
        Stage = Guard.Defined(stage);
        Dimensions = Guard.Items(dimensions, allowEmpty: false);
        Sources = Guard.Items(sources, allowEmpty: false);
        AddressesBarriers = Guard.Items(addressesBarriers ?? [], allowEmpty: true);
        Contraindications = Guard.Items((contraindications ?? []).Distinct(), allowEmpty: true);
        Dose = dose;
        IsSexual = isSexual;
        Caution = string.IsNullOrWhiteSpace(caution) ? null : caution;
        if (Caution is null && (isSexual || kind == InterventionKind.Medical))
        {
            throw new ArgumentException(
                "Sexual and medical interventions need a caution: consent for sexual items, 'talk to the prescriber or physician' for medical ones.",
                nameof(caution));
        }
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>What sort of help it is.</summary>
    public InterventionKind Kind { get; }

    /// <summary>Who carries it out.</summary>
    public InterventionActor Actor { get; }

    /// <summary>Where it belongs in a plan.</summary>
    public PlanStage Stage { get; }

    /// <summary>The dimensions of intimacy it works on.</summary>
    public IReadOnlyList<IntimacyDimension> Dimensions { get; }

    /// <inheritdoc />
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>The barriers it helps with.</summary>
    public IReadOnlyList<Barrier> AddressesBarriers { get; }

    /// <summary>Circumstances in which it must not be offered.</summary>
    public IReadOnlyList<Contraindication> Contraindications { get; }

    /// <summary>How much of it a source recommends, or null when no source gives a dose.</summary>
    public Dose? Dose { get; }

    /// <summary>Whether it belongs to sexual reconnection, and so needs both partners' consent.</summary>
    public bool IsSexual { get; }

    /// <summary>A consent or wording note to show with it, or null when none is needed.</summary>
    public string? Caution { get; }

    /// <summary>Tells whether the intervention addresses the barrier with the given id.</summary>
    /// <param name="barrierId">A barrier id such as <c>barrier.fear-of-rejection</c>.</param>
    /// <returns>True when one of <see cref="AddressesBarriers"/> has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="barrierId"/> is null.</exception>
    public bool Addresses(string barrierId)
    {
        ArgumentNullException.ThrowIfNull(barrierId);
        return AddressesBarriers.Any(b => string.Equals(b.Id, barrierId, StringComparison.Ordinal));
    }

    /// <summary>Returns the id.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
