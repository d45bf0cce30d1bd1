namespace Intimacy.Core.Sources;

/// <summary>A citation of one place in a <see cref="Source"/>, with the strength of its evidence.</summary>
public sealed record SourceReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="source">The cited work.</param>
    /// <param name="locator">Which section, table, page or finding is meant.</param>
    /// <param name="evidence">How strong the evidence behind the cited statement is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="locator"/> is blank.</exception>
    public SourceReference(Source source, string locator, EvidenceLevel evidence)
    {
        Source = Guard.NotNull(source);
        Locator = Guard.NotBlank(locator);
        Evidence = evidence;
    }

    /// <summary>The cited work.</summary>
    public Source Source { get; }

    /// <summary>Which section, table, page or finding of the work is meant.</summary>
    public string Locator { get; }

    /// <summary>How strong the evidence behind the cited statement is.</summary>
    public EvidenceLevel Evidence { get; }

    /// <summary>The citation as text, e.g. "Funk &amp; Rogge (2007), CSI-32 cutoff".</summary>
    /// <returns>The source and the locator.</returns>
    public override string ToString() => $"{Source}, {Locator}";
}
