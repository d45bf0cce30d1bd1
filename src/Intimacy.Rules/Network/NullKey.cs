namespace Intimacy.Rules.Network;

/// <summary>Stands for a <c>null</c> join key, since dictionaries take no null keys.</summary>
internal sealed class NullKey
{
    public static readonly NullKey Instance = new();

    private NullKey()
    {
    }
}
