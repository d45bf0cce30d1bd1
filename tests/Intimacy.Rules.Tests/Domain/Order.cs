namespace Intimacy.Rules.Tests.Domain;

public sealed class Order(int id, Customer customer, decimal amount)
{
    public int Id { get; } = id;

    public Customer Customer { get; } = customer;

    public decimal Amount { get; set; } = amount;

    public bool IsOpen { get; set; } = true;

    public override string ToString() => $"Order({Id})";
}
