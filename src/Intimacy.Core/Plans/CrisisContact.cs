namespace Intimacy.Core.Plans;

/// <summary>A crisis or emergency contact supplied by the host app for a region. The library hard-codes none.</summary>
/// <param name="Name">Who to contact, e.g. "your local emergency number".</param>
/// <param name="Instructions">How and when to reach them.</param>
/// <param name="Phone">A phone number, if the host supplies one.</param>
/// <param name="Url">A web address, if the host supplies one.</param>
public sealed record CrisisContact(string Name, string Instructions, string? Phone = null, string? Url = null);
