namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>Hands out names for declarations the author left unnamed, unique within one rule.</summary>
internal sealed class DeclarationNames
{
    private int _next;

    public string Next() => "$var" + (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
