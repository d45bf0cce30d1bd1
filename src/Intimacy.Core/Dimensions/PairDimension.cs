namespace Intimacy.Core.Dimensions;

/// <summary>
/// The five intimacy scales of the PAIR inventory (Schaefer &amp; Olson 1981), each answered as
/// "how it is" and "how I would like it".
/// </summary>
public enum PairDimension
{
    /// <summary>Feeling close and understood; sharing feelings.</summary>
    Emotional = 0,

    /// <summary>Having friends and social life in common.</summary>
    Social = 1,

    /// <summary>Sharing affection and sexual activity.</summary>
    Sexual = 2,

    /// <summary>Sharing ideas and talking about things that matter.</summary>
    Intellectual = 3,

    /// <summary>Sharing pastimes and leisure.</summary>
    Recreational = 4,
}
