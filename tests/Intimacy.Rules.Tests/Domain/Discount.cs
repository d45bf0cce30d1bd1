namespace Intimacy.Rules.Tests.Domain;

public sealed record Discount(Customer Customer, decimal Percent);
