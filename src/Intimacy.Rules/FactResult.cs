namespace Intimacy.Rules;

internal sealed class FactResult : IFactResult
{
    public static readonly FactResult Success = new([]);

    private readonly List<object> _failed;

    public FactResult(List<object> failed)
    {
        _failed = failed;
    }

    public int FailedCount => _failed.Count;

    public IEnumerable<object> Failed => _failed;
}
