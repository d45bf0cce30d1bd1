namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>A builder of a condition element.</summary>
internal interface IElementBuilder
{
    RuleLeftElement BuildElement();
}
