namespace Intimacy.Rules.Network;

/// <summary>Key of the single result of a <c>Collect</c>.</summary>
internal sealed class CollectKey
{
    public static readonly CollectKey Instance = new();

    private CollectKey()
    {
    }
}
