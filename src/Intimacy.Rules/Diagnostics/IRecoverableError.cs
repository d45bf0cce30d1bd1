namespace Intimacy.Rules.Diagnostics;

/// <summary>An error event a handler can mark as handled so the engine carries on.</summary>
public interface IRecoverableError
{
    /// <summary>Set to <c>true</c> to stop the engine from throwing.</summary>
    bool IsHandled { get; set; }
}
