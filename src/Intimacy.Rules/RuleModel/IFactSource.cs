namespace Intimacy.Rules.RuleModel;

/// <summary>Where an engine-made fact came from.</summary>
public interface IFactSource
{
    /// <summary>Kind of source.</summary>
    FactSourceType SourceType { get; }

    /// <summary>The facts the engine-made fact was derived from.</summary>
    IEnumerable<IFact> Facts { get; }
}
