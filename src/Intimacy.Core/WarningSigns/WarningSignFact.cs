using Intimacy.Core.Sources;

namespace Intimacy.Core.WarningSigns;

/// <summary>A cited figure or finding that gives context to a warning sign (for example, how common it is).</summary>
public sealed record WarningSignFact
{
    /// <summary>Creates a fact.</summary>
    /// <param name="text">The fact, in the project's own words.</param>
    /// <param name="source">Where it comes from.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public WarningSignFact(string text, SourceReference source)
    {
        Text = Guard.NotBlank(text);
        Source = Guard.NotNull(source);
    }

    /// <summary>The fact, in the project's own words.</summary>
    public string Text { get; }

    /// <summary>Where it comes from.</summary>
    public SourceReference Source { get; }

    /// <summary>The fact and its citation.</summary>
    /// <returns>The text followed by the source in brackets.</returns>
    public override string ToString() => $"{Text} [{Source}]";
}
