using Intimacy.Core.Dimensions;
using Intimacy.Core.Specifications;

namespace Intimacy.Core.Interventions;

/// <summary>Ready-made specifications for common queries over interventions; combine them with And, Or and Not.</summary>
/// <example><c>catalog.Find(InterventionSpecifications.ForStage(PlanStage.NonSexualAffection).And(InterventionSpecifications.ForActor(InterventionActor.CoupleTogether)))</c></example>
public static class InterventionSpecifications
{
    /// <summary>Interventions that belong to sexual reconnection.</summary>
    public static Specification<Intervention> Sexual { get; } = new(i => i.IsSexual, "sexual");

    /// <summary>Interventions with a dose given by a source.</summary>
    public static Specification<Intervention> WithDose { get; } = new(i => i.Dose != null, "has a dose");

    /// <summary>Interventions of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not one of the named values.</exception>
    public static Specification<Intervention> OfKind(InterventionKind kind) => new(i => i.Kind == kind, $"kind is {Guard.Defined(kind)}");

    /// <summary>Interventions for one plan stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not one of the named values.</exception>
    public static Specification<Intervention> ForStage(PlanStage stage) => new(i => i.Stage == stage, $"stage is {Guard.Defined(stage)}");

    /// <summary>Interventions carried out by one kind of actor.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actor"/> is not one of the named values.</exception>
    public static Specification<Intervention> ForActor(InterventionActor actor) => new(i => i.Actor == actor, $"actor is {Guard.Defined(actor)}");

    /// <summary>Interventions that address the barrier with the given id.</summary>
    /// <param name="barrierId">A barrier id such as <c>barrier.fear-of-rejection</c>.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentException"><paramref name="barrierId"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="barrierId"/> is null.</exception>
    public static Specification<Intervention> Addressing(string barrierId)
    {
        Guard.NotBlank(barrierId);
        return new(i => i.AddressesBarriers.Any(b => b.Id == barrierId), $"addresses {barrierId}");
    }

    /// <summary>Interventions that work on a dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    public static Specification<Intervention> InDimension(IntimacyDimension dimension)
    {
        Guard.NotNull(dimension);
        var id = dimension.Id;
        return new(i => i.Dimensions.Any(d => d.Id == id), $"works on {id}");
    }

    /// <summary>Interventions that the given contraindication holds back.</summary>
    /// <param name="contraindicationId">A contraindication id such as <c>contraindication.violence</c>.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentException"><paramref name="contraindicationId"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="contraindicationId"/> is null.</exception>
    public static Specification<Intervention> ContraindicatedBy(string contraindicationId)
    {
        Guard.NotBlank(contraindicationId);
        return new(i => i.Contraindications.Any(c => c.Id == contraindicationId), $"contraindicated by {contraindicationId}");
    }
}
