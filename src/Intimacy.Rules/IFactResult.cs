namespace Intimacy.Rules;

/// <summary>Outcome of a batch operation on facts.</summary>
public interface IFactResult
{
    /// <summary>How many facts failed.</summary>
    int FailedCount { get; }

    /// <summary>The facts that failed.</summary>
    IEnumerable<object> Failed { get; }
}
