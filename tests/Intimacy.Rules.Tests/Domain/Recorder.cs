namespace Intimacy.Rules.Tests.Domain;

/// <summary>Collects what rule actions saw, in firing order.</summary>
public sealed class Recorder
{
    private readonly List<string> _entries = [];

    public IReadOnlyList<string> Entries => _entries;

    public void Add(string entry) => _entries.Add(entry);

    public void Add(string rule, params object?[] facts) => _entries.Add(rule + "(" + string.Join(",", facts.Select(f => f?.ToString() ?? "null")) + ")");
}
