namespace Intimacy.Rules.Network;

/// <summary>A value computed by <c>Let</c>; it stands for its position in the match, not for a fact.</summary>
internal sealed class BindingValue : Fact
{
    public BindingValue(object? value, long sequence)
        : base(value, sequence)
    {
    }
}
