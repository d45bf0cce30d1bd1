namespace Intimacy.Core.Profiles;

/// <summary>Which way a partner sees the closeness of the relationship moving lately.</summary>
public enum Trend
{
    /// <summary>Things are getting better.</summary>
    Improving,

    /// <summary>Things are neither better nor worse.</summary>
    Stable,

    /// <summary>Things are getting worse.</summary>
    Worsening,
}
