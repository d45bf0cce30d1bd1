namespace Intimacy.Simulation.Scenarios;

/// <summary>A position in a scenario file, 1-based.</summary>
internal readonly record struct Mark(int Line, int Column);

/// <summary>
/// The scenario file as a tree that remembers where each node came from, so every error can
/// name its line and column. YAML and JSON both read into it.
/// </summary>
internal abstract class DocNode(Mark mark)
{
    public Mark Mark { get; } = mark;

    public abstract string Describe { get; }
}

internal sealed class DocMapping(Mark mark) : DocNode(mark)
{
    public List<(string Key, Mark KeyMark, DocNode Value)> Entries { get; } = [];

    public override string Describe => "a mapping";
}

internal sealed class DocSequence(Mark mark) : DocNode(mark)
{
    public List<DocNode> Items { get; } = [];

    public override string Describe => "a list";
}

/// <summary>How a scalar was written, which decides what it may be read as.</summary>
internal enum ScalarKind
{
    /// <summary>A YAML plain scalar: a number, a boolean, null or a word, by its text.</summary>
    Plain,

    /// <summary>A quoted string (YAML or JSON): always text.</summary>
    Text,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>A JSON true or false.</summary>
    Boolean,

    /// <summary>A JSON null.</summary>
    Null,
}

internal sealed class DocScalar(Mark mark, string text, ScalarKind kind) : DocNode(mark)
{
    public string Text { get; } = text;

    public ScalarKind Kind { get; } = kind;

    public bool IsNull => Kind == ScalarKind.Null || (Kind == ScalarKind.Plain && Text is "" or "~" or "null" or "Null" or "NULL");

    public override string Describe => IsNull ? "null" : "a value";
}

/// <summary>The file could not be parsed; carries the place and a sentence.</summary>
internal sealed class DocumentException(Mark? mark, string keyPath, string message) : Exception(message)
{
    public Mark? Mark { get; } = mark;

    public string KeyPath { get; } = keyPath;
}
