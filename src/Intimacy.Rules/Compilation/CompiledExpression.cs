using System.Linq.Expressions;
using Intimacy.Rules.Network;
using Intimacy.Shared;

namespace Intimacy.Rules.Compilation;

/// <summary>
/// A rule expression rewritten to read its parameters from a token and the value under evaluation,
/// compiled to a delegate on first use and then cached for the life of the factory. Concurrent first
/// uses may compile twice; the delegates are equivalent, so the race is harmless.
/// </summary>
/// <typeparam name="TDelegate">The delegate type the rewritten expression compiles to.</typeparam>
internal sealed class CompiledExpression<TDelegate>
    where TDelegate : Delegate
{
    private readonly Expression<TDelegate> _rewritten;
    private TDelegate? _compiled;

    public CompiledExpression(LambdaExpression source, ParameterBinding[] bindings, Expression<TDelegate> rewritten)
    {
        Source = source;
        Bindings = bindings;
        _rewritten = rewritten;
    }

    public LambdaExpression Source { get; }

    public ParameterBinding[] Bindings { get; }

    public TDelegate Delegate => _compiled ?? Compile();

    public object?[] Arguments(Token? token, object? own)
    {
        var values = new object?[Bindings.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Bindings[i].IsOwn ? own : Bindings[i].IsUnbound ? null : TokenAccess.Read(token, Bindings[i].Up);
        }

        return values;
    }

    public override string ToString() => Source.ToString();

    /// <summary>
    /// The tree the delegate is compiled from: the rewritten expression with its captured constants typed as what they are
    /// (<see cref="ConstantTightener"/>) and its record null tests as reference tests (<see cref="RecordNullTests"/>).
    /// </summary>
    internal Expression<TDelegate> ToCompile() =>
        RecordNullTests.Rewrite((Expression<TDelegate>)ConstantTightener.Instance.Visit(_rewritten));

    private TDelegate Compile()
    {
        var compiled = ToCompile().Compile();
        _compiled = compiled;
        return compiled;
    }
}
