using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Rules;

/// <summary>A fixed set of answers a rule reads, as cached per-partner and both-partner path lists.</summary>
public sealed class InputSet
{
    private readonly string[] _a;
    private readonly string[] _b;
    private readonly string[] _both;

    /// <summary>Creates the set from paths relative to a partner.</summary>
    /// <param name="relativePaths">For example <c>view.sexPerYear</c>.</param>
    public InputSet(params string[] relativePaths)
    {
        ArgumentNullException.ThrowIfNull(relativePaths);
        _a = [.. relativePaths.Select(p => "$.partnerA." + p)];
        _b = [.. relativePaths.Select(p => "$.partnerB." + p)];
        _both = [.. _a, .. _b];
    }

    /// <summary>The paths for one partner.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The cached list.</returns>
    public IReadOnlyList<string> For(PartnerId partner) => partner == PartnerId.PartnerA ? _a : _b;

    /// <summary>The paths for both partners, partner A first.</summary>
    public IReadOnlyList<string> Both => _both;
}
