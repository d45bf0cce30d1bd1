namespace Intimacy.Recommendations.Crisis;

/// <summary>What sort of crisis help a plan item needs contacts for.</summary>
public enum CrisisKind
{
    /// <summary>Immediate danger to life: emergency services.</summary>
    Emergency,

    /// <summary>Risk of self-harm or suicide.</summary>
    SelfHarm,

    /// <summary>Violence, fear or coercion in the relationship.</summary>
    DomesticViolence,
}
