using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intimacy.Recommendations.Cards;

/// <summary>
/// Writes a card's addresses as RFC 3986 URIs, as CDS Hooks asks of a link's or source's <c>url</c>: spaces,
/// quotes and non-ASCII characters percent-encoded and an international host name in its ASCII (punycode)
/// form. The default converter writes the address as it was given, which a strict client can refuse.
/// </summary>
internal sealed class CdsUriConverter : JsonConverter<Uri>
{
    /// <inheritdoc/>
    public override Uri? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } text && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new JsonException("A CDS Hooks url must be an absolute address.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Uri value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Text(value));

    /// <summary>The address as ASCII URI text.</summary>
    internal static string Text(Uri uri)
    {
        if (!uri.IsAbsoluteUri)
        {
            return uri.OriginalString;
        }

        return uri.Host == uri.IdnHost ? uri.AbsoluteUri : new UriBuilder(uri) { Host = uri.IdnHost }.Uri.AbsoluteUri;
    }
}
