using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Network;

/// <summary>A matched value as seen from outside: its declaration and the fact.</summary>
internal sealed class FactMatch : IFactMatch
{
    private readonly Fact? _fact;

    public FactMatch(Declaration declaration, Fact? fact)
    {
        Declaration = declaration;
        _fact = fact;
    }

    public Declaration Declaration { get; }

    public Type? Type => _fact?.Object?.GetType() ?? Declaration.Type;

    public object? Value => _fact?.Object;

    public IFactSource? Source => _fact?.Source;
}
