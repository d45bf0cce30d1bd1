namespace Intimacy.Core.Sources;

/// <summary>A published work the catalog cites: a seed article, a paper, a book, a guideline or a standard.</summary>
/// <remarks>
/// Only details the project is sure of are recorded: <see cref="Url"/> and <see cref="Year"/> are
/// null rather than guessed.
/// </remarks>
public sealed record Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">The stable id, <c>source.</c> followed by lower-case words joined by hyphens.</param>
    /// <param name="title">The work's title as published.</param>
    /// <param name="author">The authors or organisation, or null when the work names none.</param>
    /// <param name="year">The year of publication, or null when unknown.</param>
    /// <param name="kind">What kind of work it is.</param>
    /// <param name="evidence">The evidence level a reference to this work carries unless it says otherwise.</param>
    /// <param name="url">Where the work can be read, or null when not known.</param>
    /// <param name="publishedIn">The journal, publisher or site that published it, or null when unknown.</param>
    /// <exception cref="ArgumentException">The id is malformed, the title is blank, or the URL is not an absolute http(s) address.</exception>
    public Source(string id, string title, string? author, int? year, SourceKind kind, EvidenceLevel evidence, Uri? url = null, string? publishedIn = null)
    {
        Id = Guard.Id(id, "source");
        Title = Guard.NotBlank(title);
        Author = string.IsNullOrWhiteSpace(author) ? null : author;
        if (year is < 1800 or > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(year), "The year must be between 1800 and 2100, or null when unknown.");
        }

        if (url is not null && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            throw new ArgumentException("The URL must be an absolute http or https address.", nameof(url));
        }

        Year = year;
        Kind = kind;
        Evidence = evidence;
        Url = url;
        PublishedIn = string.IsNullOrWhiteSpace(publishedIn) ? null : publishedIn;
    }

    /// <summary>The stable id, such as <c>source.funk-rogge-2007</c>.</summary>
    public string Id { get; }

    /// <summary>The work's title as published.</summary>
    public string Title { get; }

    /// <summary>The authors or the organisation responsible, or null when the work names none.</summary>
    public string? Author { get; }

    /// <summary>The year of publication, or null when unknown.</summary>
    public int? Year { get; }

    /// <summary>What kind of work this is.</summary>
    public SourceKind Kind { get; }

    /// <summary>The evidence level a reference to this work carries unless the reference says otherwise.</summary>
    public EvidenceLevel Evidence { get; }

    /// <summary>Where the work can be read, or null when the project does not know a stable address.</summary>
    public Uri? Url { get; }

    /// <summary>The journal, publisher or site that published the work, or null when unknown.</summary>
    public string? PublishedIn { get; }

    /// <summary>Cites a specific place in this work at the work's own evidence level.</summary>
    /// <param name="locator">Which section, table, page or finding is meant.</param>
    /// <returns>A reference to this source.</returns>
    /// <exception cref="ArgumentException"><paramref name="locator"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="locator"/> is null.</exception>
    public SourceReference At(string locator) => new(this, locator, Evidence);

    /// <summary>Cites a specific place in this work at a stated evidence level.</summary>
    /// <param name="locator">Which section, table, page or finding is meant.</param>
    /// <param name="evidence">The evidence level of the cited statement.</param>
    /// <returns>A reference to this source.</returns>
    /// <exception cref="ArgumentException"><paramref name="locator"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="locator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="evidence"/> is not one of the named values.</exception>
    public SourceReference At(string locator, EvidenceLevel evidence) => new(this, locator, Guard.Defined(evidence));

    /// <summary>A short citation such as "Funk &amp; Rogge (2007)".</summary>
    /// <returns>The author (or title when there is none) and year.</returns>
    public override string ToString()
        => $"{Author ?? Title} ({(Year is { } y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "n.d.")})";
}
