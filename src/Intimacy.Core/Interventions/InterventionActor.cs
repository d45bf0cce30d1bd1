namespace Intimacy.Core.Interventions;

/// <summary>Who carries out an <see cref="Intervention"/>.</summary>
public enum InterventionActor
{
    /// <summary>Both partners, together. Needs both partners' agreement.</summary>
    CoupleTogether = 0,

    /// <summary>One partner on their own; each partner may do it individually, and it does not depend on the other taking part.</summary>
    OnePartner = 1,
}
