namespace Intimacy.Core.Plans;

/// <summary>Who is looking at a plan. Each audience sees only what it may see.</summary>
public enum Audience
{
    /// <summary>Both partners together: only what follows from shared answers.</summary>
    Couple,

    /// <summary>Partner A alone: shared items plus what follows from partner A's private answers.</summary>
    PartnerA,

    /// <summary>Partner B alone: shared items plus what follows from partner B's private answers.</summary>
    PartnerB,

    /// <summary>A clinician reviewing the case: everything.</summary>
    Clinician,
}
