namespace Intimacy.Recommendations.Options;

/// <summary>Where a threshold's default value comes from.</summary>
public enum ThresholdBasis
{
    /// <summary>A published cut-off or figure, cited by <see cref="ThresholdDescriptor.SourceId"/>.</summary>
    Literature,

    /// <summary>A choice of this project where the literature gives no number; change it freely.</summary>
    ProjectDefault,
}
