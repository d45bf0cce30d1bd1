using System.Globalization;

namespace Intimacy.Rules.Fluent.Expressions;

/// <summary>State shared by all builders of one rule's DSL: its aliases and a name counter.</summary>
internal sealed class DslContext
{
    private int _names;
    private int _yields;

    public SymbolTable Symbols { get; } = new();

    public string NextName() => "$q" + (++_names).ToString(CultureInfo.InvariantCulture);

    public string NextYieldKey() => "$yield" + (++_yields).ToString(CultureInfo.InvariantCulture);
}
