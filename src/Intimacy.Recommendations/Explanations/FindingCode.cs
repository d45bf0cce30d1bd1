using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Explanations;

/// <summary>
/// A finding code (for example <c>instrument.csi4-distress</c>) with its per-subject finding ids built
/// once, so rules can name findings without allocating.
/// </summary>
public sealed class FindingCode
{
    // Read-only: they reach plans as reasons' finding ids, shared by every evaluation.
    private readonly IReadOnlyList<string> _couple;
    private readonly IReadOnlyList<string> _a;
    private readonly IReadOnlyList<string> _b;

    /// <summary>Creates the code.</summary>
    /// <param name="code">The code, e.g. <c>barrier.fear-of-rejection</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public FindingCode(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        _couple = ReadOnly.Of([code]);
        _a = ReadOnly.Of([code + ":partnerA"]);
        _b = ReadOnly.Of([code + ":partnerB"]);
    }

    /// <summary>The code.</summary>
    public string Code { get; }

    /// <summary>The finding id when the finding is about the couple.</summary>
    public string CoupleId => _couple[0];

    /// <summary>The finding id when the finding is about one partner.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>For example <c>barrier.fear-of-rejection:partnerA</c>.</returns>
    public string IdFor(PartnerId partner) => partner == PartnerId.PartnerA ? _a[0] : _b[0];

    /// <summary>The finding id for a subject (null for the couple), as a cached one-element list.</summary>
    /// <param name="subject">The partner, or null for the couple.</param>
    /// <returns>The list.</returns>
    public IReadOnlyList<string> IdsFor(PartnerId? subject) => subject switch
    {
        PartnerId.PartnerA => _a,
        PartnerId.PartnerB => _b,
        _ => _couple,
    };

    /// <inheritdoc />
    public override string ToString() => Code;
}
