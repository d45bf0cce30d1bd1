using Intimacy.Recommendations.Explanations;
using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Rules;

/// <summary>A fixed set of answers a rule reads, as cached per-partner and both-partner path lists.</summary>
/// <remarks>
/// The lists are read-only: they reach plans as findings' and reasons' input paths and are shared by every
/// evaluation, so a caller who could overwrite one would change what later plans cite and who may see them.
/// </remarks>
public sealed class InputSet
{
    private readonly IReadOnlyList<string> _a;
    private readonly IReadOnlyList<string> _b;
    private readonly IReadOnlyList<string> _both;

    /// <summary>Creates the set from paths relative to a partner.</summary>
    /// <param name="relativePaths">For example <c>view.sexPerYear</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="relativePaths"/> is null.</exception>
    public InputSet(params string[] relativePaths)
    {
        ArgumentNullException.ThrowIfNull(relativePaths);
        string[] a = [.. relativePaths.Select(p => "$.partnerA." + p)];
        string[] b = [.. relativePaths.Select(p => "$.partnerB." + p)];
        _a = ReadOnly.Of(a);
        _b = ReadOnly.Of(b);
        _both = ReadOnly.Of([.. a, .. b]);
    }

    /// <summary>The paths for one partner.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The cached list.</returns>
    public IReadOnlyList<string> For(PartnerId partner) => partner == PartnerId.PartnerA ? _a : _b;

    /// <summary>The paths for both partners, partner A first.</summary>
    public IReadOnlyList<string> Both => _both;
}
