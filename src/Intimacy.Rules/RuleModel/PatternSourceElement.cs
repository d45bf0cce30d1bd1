namespace Intimacy.Rules.RuleModel;

/// <summary>Where a pattern gets its values from, when not from working memory.</summary>
public abstract class PatternSourceElement : RuleLeftElement
{
    private protected PatternSourceElement(Type resultType)
    {
        ArgumentNullException.ThrowIfNull(resultType);
        ResultType = resultType;
    }

    /// <summary>Type of the values produced.</summary>
    public Type ResultType { get; }
}
