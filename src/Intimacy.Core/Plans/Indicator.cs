namespace Intimacy.Core.Plans;

/// <summary>How urgent a finding or plan item is, as HL7 CDS Hooks cards grade it.</summary>
public enum Indicator
{
    /// <summary>Useful to know; no special urgency.</summary>
    Info,

    /// <summary>Deserves attention soon.</summary>
    Warning,

    /// <summary>Comes before everything else.</summary>
    Critical,
}
