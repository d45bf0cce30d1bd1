using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Profiles;
using Intimacy.Core.Sources;
using Intimacy.Core.Specifications;
using Intimacy.Core.WarningSigns;

namespace Intimacy.Core.Catalog;

/// <summary>
/// An immutable collection of everything the library knows about intimacy: dimensions, sources,
/// barriers, warning signs, interventions and contraindications, with lookup by id and queries by
/// specification.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> holds the built-in items. Apps that add their own use
/// <see cref="WithSources"/>, <see cref="WithBarriers"/>, <see cref="WithWarningSigns"/> and
/// <see cref="WithInterventions"/>, which return a new catalog and leave the original untouched.</para>
/// <para>A catalog is always consistent: ids are unique across all kinds, and every source,
/// barrier and contraindication an item refers to is in the same catalog.</para>
/// </remarks>
public sealed class IntimacyCatalog
{
    private readonly FrozenDictionary<string, IntimacyDimension> _dimensions;
    private readonly FrozenDictionary<string, Source> _sources;
    private readonly FrozenDictionary<string, Barrier> _barriers;
    private readonly FrozenDictionary<string, WarningSign> _warningSigns;
    private readonly FrozenDictionary<string, Intervention> _interventions;
    private readonly FrozenDictionary<string, Contraindication> _contraindications;

    private IntimacyCatalog(
        IReadOnlyList<Source> sources,
        IReadOnlyList<Barrier> barriers,
        IReadOnlyList<WarningSign> warningSigns,
        IReadOnlyList<Intervention> interventions)
    {
        Dimensions = IntimacyDimension.All;
        Contraindications = Contraindication.All;
        Sources = sources;
        Barriers = barriers;
        WarningSigns = warningSigns;
        Interventions = interventions;

        EnsureUniqueIds();
        _dimensions = Dimensions.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
        _sources = Sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _barriers = Barriers.ToFrozenDictionary(b => b.Id, StringComparer.Ordinal);
        _warningSigns = WarningSigns.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _interventions = Interventions.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
        _contraindications = Contraindications.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        EnsureReferencesResolve();
    }

    /// <summary>The built-in catalog.</summary>
    public static IntimacyCatalog Default { get; } = new(
        Intimacy.Core.Sources.Sources.All,
        Intimacy.Core.Barriers.Barriers.All,
        Intimacy.Core.WarningSigns.WarningSigns.All,
        Intimacy.Core.Interventions.Interventions.All);

    /// <summary>The dimensions of intimacy (a closed set).</summary>
    public IReadOnlyList<IntimacyDimension> Dimensions { get; }

    /// <summary>The works the catalog cites.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The causes of lost intimacy.</summary>
    public IReadOnlyList<Barrier> Barriers { get; }

    /// <summary>The symptoms a couple can notice, each with its detection.</summary>
    public IReadOnlyList<WarningSign> WarningSigns { get; }

    /// <summary>The exercises, activities, therapies, medical steps, safety routes and resources.</summary>
    public IReadOnlyList<Intervention> Interventions { get; }

    /// <summary>The circumstances that hold interventions back (a closed set).</summary>
    public IReadOnlyList<Contraindication> Contraindications { get; }

    /// <summary>Every cited item: dimensions, barriers, warning signs, interventions and contraindications, in that order.</summary>
    public IEnumerable<ICatalogItem> Items =>
        Dimensions.Cast<ICatalogItem>().Concat(Barriers).Concat(WarningSigns).Concat(Interventions).Concat(Contraindications);

    /// <summary>Tells whether any item or source in the catalog has the id.</summary>
    /// <param name="id">An id of any kind.</param>
    /// <returns>True when the id is in use.</returns>
    public bool Contains(string? id) => id is not null && (_sources.ContainsKey(id) || _dimensions.ContainsKey(id)
        || _barriers.ContainsKey(id) || _warningSigns.ContainsKey(id) || _interventions.ContainsKey(id) || _contraindications.ContainsKey(id));

    /// <summary>Looks up a dimension.</summary>
    /// <param name="id">An id such as <c>dimension.emotional</c>.</param>
    /// <param name="dimension">The dimension, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetDimension(string? id, [NotNullWhen(true)] out IntimacyDimension? dimension) => TryGet(_dimensions, id, out dimension);

    /// <summary>Gets a dimension.</summary>
    /// <param name="id">An id such as <c>dimension.emotional</c>.</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="CatalogItemNotFoundException">No dimension has that id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public IntimacyDimension GetDimension(string id) => Get(_dimensions, id, "dimension");

    /// <summary>Looks up a source.</summary>
    /// <param name="id">An id such as <c>source.funk-rogge-2007</c>.</param>
    /// <param name="source">The source, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetSource(string? id, [NotNullWhen(true)] out Source? source) => TryGet(_sources, id, out source);

    /// <summary>Gets a source.</summary>
    /// <param name="id">An id such as <c>source.funk-rogge-2007</c>.</param>
    /// <returns>The source.</returns>
    /// <exception cref="CatalogItemNotFoundException">No source has that id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Source GetSource(string id) => Get(_sources, id, "source");

    /// <summary>Looks up a barrier.</summary>
    /// <param name="id">An id such as <c>barrier.fear-of-rejection</c>.</param>
    /// <param name="barrier">The barrier, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetBarrier(string? id, [NotNullWhen(true)] out Barrier? barrier) => TryGet(_barriers, id, out barrier);

    /// <summary>Gets a barrier.</summary>
    /// <param name="id">An id such as <c>barrier.fear-of-rejection</c>.</param>
    /// <returns>The barrier.</returns>
    /// <exception cref="CatalogItemNotFoundException">No barrier has that id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Barrier GetBarrier(string id) => Get(_barriers, id, "barrier");

    /// <summary>Looks up a warning sign.</summary>
    /// <param name="id">An id such as <c>sign.sexless-relationship</c>.</param>
    /// <param name="warningSign">The sign, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetWarningSign(string? id, [NotNullWhen(true)] out WarningSign? warningSign) => TryGet(_warningSigns, id, out warningSign);

    /// <summary>Gets a warning sign.</summary>
    /// <param name="id">An id such as <c>sign.sexless-relationship</c>.</param>
    /// <returns>The sign.</returns>
    /// <exception cref="CatalogItemNotFoundException">No warning sign has that id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public WarningSign GetWarningSign(string id) => Get(_warningSigns, id, "warning sign");

    /// <summary>Looks up an intervention.</summary>
    /// <param name="id">An id such as <c>intervention.sensate-focus</c>.</param>
    /// <param name="intervention">The intervention, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetIntervention(string? id, [NotNullWhen(true)] out Intervention? intervention) => TryGet(_interventions, id, out intervention);

    /// <summary>Gets an intervention.</summary>
    /// <param name="id">An id such as <c>intervention.sensate-focus</c>.</param>
    /// <returns>The intervention.</returns>
    /// <exception cref="CatalogItemNotFoundException">No intervention has that id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Intervention GetIntervention(string id) => Get(_interventions, id, "intervention");

    /// <summary>Looks up a contraindication.</summary>
    /// <param name="id">An id such as <c>contraindication.violence</c>.</param>
    /// <param name="contraindication">The contraindication, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetContraindication(string? id, [NotNullWhen(true)] out Contraindication? contraindication)
        => TryGet(_contraindications, id, out contraindication);

    /// <summary>Gets a contraindication.</summary>
    /// <param name="id">An id such as <c>contraindication.violence</c>.</param>
    /// <returns>The contraindication.</returns>
    /// <exception cref="CatalogItemNotFoundException">No contraindication has that id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Contraindication GetContraindication(string id) => Get(_contraindications, id, "contraindication");

    /// <summary>The barriers that satisfy a specification, in catalog order.</summary>
    /// <param name="specification">The query, e.g. <c>BarrierSpecifications.InFamily(BarrierFamily.Health)</c>.</param>
    /// <returns>The matching barriers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="specification"/> is null.</exception>
    public IReadOnlyList<Barrier> Find(Specification<Barrier> specification) => Query(Barriers, specification);

    /// <summary>The warning signs that satisfy a specification, in catalog order.</summary>
    /// <param name="specification">The query.</param>
    /// <returns>The matching signs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="specification"/> is null.</exception>
    public IReadOnlyList<WarningSign> Find(Specification<WarningSign> specification) => Query(WarningSigns, specification);

    /// <summary>The interventions that satisfy a specification, in catalog order.</summary>
    /// <param name="specification">The query, e.g. <c>InterventionSpecifications.ForStage(PlanStage.SexualReconnection)</c>.</param>
    /// <returns>The matching interventions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="specification"/> is null.</exception>
    public IReadOnlyList<Intervention> Find(Specification<Intervention> specification) => Query(Interventions, specification);

    /// <summary>The sources that satisfy a specification, in catalog order.</summary>
    /// <param name="specification">The query.</param>
    /// <returns>The matching sources.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="specification"/> is null.</exception>
    public IReadOnlyList<Source> Find(Specification<Source> specification) => Query(Sources, specification);

    /// <summary>The warning signs whose detection fires on a profile, in catalog order.</summary>
    /// <param name="profile">The profile to examine.</param>
    /// <returns>The signs present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public IReadOnlyList<WarningSign> DetectWarningSigns(CoupleProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Array.AsReadOnly(WarningSigns.Where(s => s.Detection.IsSatisfiedBy(profile)).ToArray());
    }

    /// <summary>The contraindications that apply to a profile, in catalog order.</summary>
    /// <param name="profile">The profile to examine.</param>
    /// <returns>The contraindications in force.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public IReadOnlyList<Contraindication> ApplicableContraindications(CoupleProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Array.AsReadOnly(Contraindications.Where(c => c.AppliesTo.IsSatisfiedBy(profile)).ToArray());
    }

    /// <summary>Returns a new catalog that also holds <paramref name="sources"/>.</summary>
    /// <param name="sources">The sources to add.</param>
    /// <returns>The extended catalog.</returns>
    /// <exception cref="ArgumentException">An id is already in use, or appears twice among the new items.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> or one of its items is null.</exception>
    public IntimacyCatalog WithSources(params IEnumerable<Source> sources)
        => new([.. Sources, .. Checked(sources)], Barriers, WarningSigns, Interventions);

    /// <summary>Returns a new catalog that also holds <paramref name="barriers"/>.</summary>
    /// <param name="barriers">The barriers to add; the sources they cite must already be in the catalog.</param>
    /// <returns>The extended catalog.</returns>
    /// <exception cref="ArgumentException">An id is already in use or repeated, or a cited source is not in the catalog.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="barriers"/> or one of its items is null.</exception>
    public IntimacyCatalog WithBarriers(params IEnumerable<Barrier> barriers)
        => new(Sources, [.. Barriers, .. Checked(barriers)], WarningSigns, Interventions);

    /// <summary>Returns a new catalog that also holds <paramref name="warningSigns"/>.</summary>
    /// <param name="warningSigns">The signs to add; the sources they cite must already be in the catalog.</param>
    /// <returns>The extended catalog.</returns>
    /// <exception cref="ArgumentException">An id is already in use or repeated, or a cited source is not in the catalog.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="warningSigns"/> or one of its items is null.</exception>
    public IntimacyCatalog WithWarningSigns(params IEnumerable<WarningSign> warningSigns)
        => new(Sources, Barriers, [.. WarningSigns, .. Checked(warningSigns)], Interventions);

    /// <summary>Returns a new catalog that also holds <paramref name="interventions"/>.</summary>
    /// <param name="interventions">
    /// The interventions to add; the sources they cite and the barriers they address must already be
    /// in the catalog (add barriers first with <see cref="WithBarriers"/>).
    /// </param>
    /// <returns>The extended catalog.</returns>
    /// <exception cref="ArgumentException">An id is already in use or repeated, or a cited source or addressed barrier is not in the catalog.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="interventions"/> or one of its items is null.</exception>
    public IntimacyCatalog WithInterventions(params IEnumerable<Intervention> interventions)
        => new(Sources, Barriers, WarningSigns, [.. Interventions, .. Checked(interventions)]);

    private static T[] Checked<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? parameterName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, parameterName);
        var array = items.ToArray();
        if (Array.Exists(array, item => item is null))
        {
            throw new ArgumentNullException(parameterName, "The items to add must not contain null.");
        }

        return array;
    }

    private static IReadOnlyList<T> Query<T>(IReadOnlyList<T> items, Specification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return Array.AsReadOnly(specification.Evaluate(items).ToArray());
    }

    private static bool TryGet<T>(FrozenDictionary<string, T> items, string? id, [NotNullWhen(true)] out T? item)
        where T : class
    {
        item = null;
        return id is not null && items.TryGetValue(id, out item);
    }

    private static T Get<T>(FrozenDictionary<string, T> items, string id, string kind)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(id);
        return items.TryGetValue(id, out var item) ? item : throw new CatalogItemNotFoundException(kind, id);
    }

    private void EnsureUniqueIds()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in Sources.Select(s => s.Id).Concat(Items.Select(i => i.Id)))
        {
            if (!seen.Add(id))
            {
                throw new ArgumentException($"The id '{id}' is used more than once; every id in a catalog must be unique.");
            }
        }
    }

    private void EnsureReferencesResolve()
    {
        foreach (var item in Items)
        {
            foreach (var reference in item.Sources)
            {
                RequireSource(item.Id, reference.Source);
            }
        }

        foreach (var sign in WarningSigns)
        {
            foreach (var fact in sign.Facts)
            {
                RequireSource(sign.Id, fact.Source.Source);
            }
        }

        foreach (var intervention in Interventions)
        {
            foreach (var barrier in intervention.AddressesBarriers)
            {
                if (!_barriers.TryGetValue(barrier.Id, out var known) || !known.Equals(barrier))
                {
                    throw new ArgumentException(
                        $"'{intervention.Id}' addresses '{barrier.Id}', which is not in the catalog (or differs from the catalog's barrier with that id); add the barrier with WithBarriers first.");
                }
            }
        }
    }

    private void RequireSource(string itemId, Source source)
    {
        if (!_sources.TryGetValue(source.Id, out var known) || !known.Equals(source))
        {
            throw new ArgumentException(
                $"'{itemId}' cites '{source.Id}', which is not in the catalog (or differs from the catalog's source with that id); add the source with WithSources first.");
        }
    }
}
