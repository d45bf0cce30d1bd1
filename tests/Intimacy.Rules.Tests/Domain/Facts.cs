namespace Intimacy.Rules.Tests.Domain;

public sealed class Customer(string name, bool isPreferred = false)
{
    public string Name { get; set; } = name;

    public bool IsPreferred { get; set; } = isPreferred;

    public override string ToString() => $"Customer({Name})";
}

public sealed class Order(int id, Customer customer, decimal amount)
{
    public int Id { get; } = id;

    public Customer Customer { get; } = customer;

    public decimal Amount { get; set; } = amount;

    public bool IsOpen { get; set; } = true;

    public override string ToString() => $"Order({Id})";
}

public sealed record Discount(Customer Customer, decimal Percent);

public sealed record Notice(string Text);
