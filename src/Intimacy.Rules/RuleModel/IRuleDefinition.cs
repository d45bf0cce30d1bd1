namespace Intimacy.Rules.RuleModel;

/// <summary>A production rule in the engine's canonical model, however it was written.</summary>
public interface IRuleDefinition
{
    /// <summary>Rule name.</summary>
    string Name { get; }

    /// <summary>Rule description; empty when none was given.</summary>
    string Description { get; }

    /// <summary>Priority: higher fires first. Default zero.</summary>
    int Priority { get; }

    /// <summary>Whether the rule fires again on updates of a match it already fired on.</summary>
    RuleRepeatability Repeatability { get; }

    /// <summary>Tags attached to the rule.</summary>
    IEnumerable<string> Tags { get; }

    /// <summary>Custom metadata attached to the rule.</summary>
    IPropertyMap Properties { get; }

    /// <summary>The conditions.</summary>
    GroupElement LeftHandSide { get; }

    /// <summary>The actions.</summary>
    ActionGroupElement RightHandSide { get; }
}
