namespace Intimacy.Core.Sources;

/// <summary>What kind of work a <see cref="Source"/> is.</summary>
public enum SourceKind
{
    /// <summary>One of the five web articles the project started from (practitioner writing for the public).</summary>
    SeedArticle = 0,

    /// <summary>A paper in a peer-reviewed journal.</summary>
    PeerReviewedPaper = 1,

    /// <summary>A book or a chapter in an edited book.</summary>
    Book = 2,

    /// <summary>A clinical guideline or consensus statement.</summary>
    Guideline = 3,

    /// <summary>The manual or scoring documentation of an assessment instrument.</summary>
    InstrumentManual = 4,

    /// <summary>A technical specification, such as a data-exchange standard.</summary>
    TechnicalSpecification = 5,
}
