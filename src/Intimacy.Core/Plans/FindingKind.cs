namespace Intimacy.Core.Plans;

/// <summary>What sort of observation a <see cref="Finding"/> is.</summary>
public enum FindingKind
{
    /// <summary>A warning sign from the catalog was seen in the answers.</summary>
    WarningSign,

    /// <summary>A barrier (a cause) from the catalog is shown or suggested by the answers.</summary>
    Barrier,

    /// <summary>A questionnaire score crossed its published cut-off.</summary>
    Instrument,

    /// <summary>Something only visible by comparing the two partners' answers.</summary>
    Dyadic,

    /// <summary>A safety concern: danger, violence, coercion, self-harm, or safety not screened.</summary>
    Safety,

    /// <summary>What has been tried so far, and how it went.</summary>
    History,
}
