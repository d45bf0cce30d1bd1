namespace Intimacy.Rules.Fluent;

/// <summary>Names of the properties the DSL attaches to rule definitions.</summary>
public static class RuleProperties
{
    /// <summary>The <see cref="Type"/> of the DSL rule class.</summary>
    public const string ClrType = "ClrType";
}
