namespace Intimacy.Rules.Tests.Domain;

public sealed record Notice(string Text);
