using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Explanations;

/// <summary>
/// One answer's JSON path for each partner, built once, so rules can cite their inputs without
/// allocating (for example <c>$.partnerA.view.sexPerYear</c> and <c>$.partnerB.view.sexPerYear</c>).
/// </summary>
public sealed class InputPath
{
    private readonly string[] _a;
    private readonly string[] _b;

    /// <summary>Creates the pair of paths for a path relative to a partner.</summary>
    /// <param name="relative">The path below a partner, e.g. <c>view.sexPerYear</c>.</param>
    public InputPath(string relative)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relative);
        Relative = relative;
        _a = ["$.partnerA." + relative];
        _b = ["$.partnerB." + relative];
        Both = [_a[0], _b[0]];
    }

    /// <summary>The path below a partner.</summary>
    public string Relative { get; }

    /// <summary>Both partners' paths, partner A first.</summary>
    public IReadOnlyList<string> Both { get; }

    /// <summary>The full path for one partner.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The JSON path.</returns>
    public string this[PartnerId partner] => partner == PartnerId.PartnerA ? _a[0] : _b[0];

    /// <summary>The full path for one partner, as a one-element list (cached).</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The list.</returns>
    public IReadOnlyList<string> For(PartnerId partner) => partner == PartnerId.PartnerA ? _a : _b;

    /// <inheritdoc />
    public override string ToString() => Relative;
}
