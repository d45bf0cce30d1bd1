using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Tests.Domain;

/// <summary>One link of a chain of facts, numbered from its start.</summary>
public sealed record Link(int N);

/// <summary>How long a chain of links grows.</summary>
public sealed record Length(int Max);

/// <summary>Each link inserts the next, up to the length: a chain of firings as long as the length.</summary>
public sealed class NextLinkRule : Rule
{
    public override void Define()
    {
        Length length = null!;
        Link link = null!;
        When()
            .Match(() => length)
            .Match(() => link, l => l.N < length.Max);
        Then().Do(ctx => ctx.Insert(new Link(link.N + 1)));
    }
}
