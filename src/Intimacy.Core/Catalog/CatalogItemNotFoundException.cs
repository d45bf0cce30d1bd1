namespace Intimacy.Core.Catalog;

/// <summary>Thrown when an <see cref="IntimacyCatalog"/> lookup names an id the catalog does not hold.</summary>
public sealed class CatalogItemNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public CatalogItemNotFoundException()
        : this("item", string.Empty)
    {
    }

    /// <summary>Creates the exception with a custom message.</summary>
    /// <param name="message">The message.</param>
    public CatalogItemNotFoundException(string message)
        : base(message)
    {
        ItemKind = "item";
        Id = string.Empty;
    }

    /// <summary>Creates the exception with a custom message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CatalogItemNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        ItemKind = "item";
        Id = string.Empty;
    }

    /// <summary>Creates the exception for an unknown id of a given kind.</summary>
    /// <param name="itemKind">What was looked up, e.g. "barrier".</param>
    /// <param name="id">The id that was not found.</param>
    public CatalogItemNotFoundException(string itemKind, string id)
        : base($"The catalog has no {itemKind} with id '{id}'. {Capitalise(itemKind)} ids start with '{Prefix(itemKind)}.'; list the catalog's {itemKind} items to see which exist.")
    {
        ItemKind = itemKind;
        Id = id;
    }

    /// <summary>What was looked up, e.g. "barrier" or "warning sign".</summary>
    public string ItemKind { get; }

    /// <summary>The id that was not found.</summary>
    public string Id { get; }

    private static string Prefix(string itemKind) => itemKind switch
    {
        "warning sign" => "sign",
        _ => itemKind,
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
