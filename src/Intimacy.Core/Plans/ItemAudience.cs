namespace Intimacy.Core.Plans;

/// <summary>Who a plan item is for: who is asked to act on it.</summary>
public enum ItemAudience
{
    /// <summary>The partners together.</summary>
    Couple,

    /// <summary>Partner A on their own.</summary>
    PartnerA,

    /// <summary>Partner B on their own.</summary>
    PartnerB,
}
