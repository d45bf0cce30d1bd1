using Intimacy.Core.Catalog;
using Intimacy.Core.Sources;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Core.Dimensions;

/// <summary>
/// One area of a couple's closeness. A closed set: <see cref="Emotional"/>,
/// <see cref="PhysicalAffection"/>, <see cref="Sexual"/>, <see cref="Intellectual"/>,
/// <see cref="Recreational"/> and <see cref="Social"/>.
/// </summary>
/// <remarks>
/// Each dimension records, as data, where it sits in the two taxonomies behind the catalog:
/// PAIR's five scales (<see cref="Pair"/>) and the seeds' three kinds (<see cref="SeedType"/>).
/// The library keeps non-sexual affection apart from sex because the seeds and the usual
/// order of repair treat them differently: affection comes back first, sex later and only by
/// mutual wish. PAIR's sexual scale covers both.
/// </remarks>
public sealed class IntimacyDimension : ICatalogItem
{
    private IntimacyDimension(
        string id, string name, string description, PairDimension? pair, SeedIntimacyType? seedType, params SourceReference[] sources)
    {
        Id = id;
        Name = name;
        Description = description;
        Pair = pair;
        SeedType = seedType;
        Sources = Array.AsReadOnly(sources);
    }

    /// <summary>Feeling known, safe and understood; sharing feelings and fears.</summary>
    public static IntimacyDimension Emotional { get; } = new(
        "dimension.emotional",
        "Emotional",
        "Being able to show one's feelings, worries and hopes to the partner and feel accepted rather than judged; the sense of being known and safe with each other.",
        PairDimension.Emotional, SeedIntimacyType.Emotional,
        Restore.At("Understanding intimacy: types of intimacy"),
        RebuildEmotional.At("Understanding emotional intimacy"),
        SchaeferOlson1981.At("PAIR emotional scale"));

    /// <summary>Non-sexual touch: hugs, hand-holding, cuddling, a hand on the shoulder.</summary>
    public static IntimacyDimension PhysicalAffection { get; } = new(
        "dimension.physical-affection",
        "Physical affection (non-sexual)",
        "Touch given for warmth and comfort with no sexual aim, such as hugs, holding hands, cuddling or a hand on the back, and ease with being physically close.",
        PairDimension.Sexual, SeedIntimacyType.Physical,
        TherapistGuide.At("What is physical intimacy: non-sexual touch"),
        Restore.At("Reintroducing physical intimacy: small gestures"),
        SchaeferOlson1981.At("PAIR sexual scale (covers affection as well as sex)"));

    /// <summary>Sexual desire, activity and satisfaction.</summary>
    public static IntimacyDimension Sexual { get; } = new(
        "dimension.sexual",
        "Sexual",
        "Desire, arousal and sexual activity of any kind the partners share, and how content each is with how often and how it happens.",
        PairDimension.Sexual, SeedIntimacyType.Physical,
        TherapistGuide.At("What is physical intimacy: sexual touch"),
        SchaeferOlson1981.At("PAIR sexual scale"));

    /// <summary>Sharing ideas and stimulating conversation, with respect for each other's opinions.</summary>
    public static IntimacyDimension Intellectual { get; } = new(
        "dimension.intellectual",
        "Intellectual",
        "Exchanging thoughts and ideas, enjoying conversation that goes beyond logistics, and taking the partner's opinions seriously even when they differ.",
        PairDimension.Intellectual, SeedIntimacyType.Intellectual,
        Restore.At("Understanding intimacy: intellectual intimacy"),
        SchaeferOlson1981.At("PAIR intellectual scale"));

    /// <summary>Shared experiences: quality time, hobbies, novelty and travel.</summary>
    public static IntimacyDimension Recreational { get; } = new(
        "dimension.recreational",
        "Recreational (shared experiences)",
        "Time spent doing things together for enjoyment: hobbies, outings, trips and new experiences that give the couple common memories.",
        PairDimension.Recreational, null,
        Restore.At("Incorporating fun and novelty"),
        RebuildEmotional.At("Common causes: disconnected lives"),
        SchaeferOlson1981.At("PAIR recreational scale"));

    /// <summary>A shared social world: friends, family and community the couple has in common.</summary>
    public static IntimacyDimension Social { get; } = new(
        "dimension.social",
        "Social",
        "The friends, relatives and community life the two have in common, and how much their social circles overlap rather than run separately.",
        PairDimension.Social, null,
        SchaeferOlson1981.At("PAIR social scale"),
        RebuildEmotional.At("Common causes: disconnected lives (separate social circles)"));

    /// <summary>All six dimensions in their documented order.</summary>
    public static IReadOnlyList<IntimacyDimension> All { get; } =
        Array.AsReadOnly([Emotional, PhysicalAffection, Sexual, Intellectual, Recreational, Social]);

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>
    /// The PAIR scale this dimension is measured by. Physical affection and sex share PAIR's
    /// sexual scale, which asks about both.
    /// </summary>
    public PairDimension? Pair { get; }

    /// <summary>
    /// The seeds' kind of intimacy this dimension belongs to, or null when the seeds treat it as
    /// an activity (shared experiences) or do not name it (social) rather than as a kind of intimacy.
    /// </summary>
    public SeedIntimacyType? SeedType { get; }

    /// <inheritdoc />
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>Finds a dimension by id.</summary>
    /// <param name="id">An id such as <c>dimension.emotional</c>.</param>
    /// <param name="dimension">The dimension, when found.</param>
    /// <returns>True when a dimension has that id.</returns>
    public static bool TryFromId(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IntimacyDimension? dimension)
    {
        dimension = null;
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Id, id, StringComparison.Ordinal))
            {
                dimension = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the id.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
