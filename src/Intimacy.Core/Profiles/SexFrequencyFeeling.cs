namespace Intimacy.Core.Profiles;

/// <summary>How a partner feels about how often the couple has sex.</summary>
public enum SexFrequencyFeeling
{
    /// <summary>The partner is content with the present frequency.</summary>
    Content,

    /// <summary>The partner would like sex more often.</summary>
    WantsMore,

    /// <summary>The partner would like sex less often.</summary>
    WantsLess,
}
