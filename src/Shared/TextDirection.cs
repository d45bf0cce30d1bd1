// Compiled into each project that shows outside text to a reader (linked, not referenced), so that no package depends on
// another for it and none exposes it: the library's projects share the code, not an API.
namespace Intimacy.Shared;

/// <summary>The invisible characters that change the order in which the text around them is shown.</summary>
internal static class TextDirection
{
    /// <summary>
    /// Whether <paramref name="c"/> is an embedding, override or isolate (U+202A to U+202E, U+2066 to U+2069): unseen, it
    /// reorders the text after it, so that one text reads as another.
    /// </summary>
    public static bool IsEmbeddingOrIsolate(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Whether <paramref name="c"/> is a direction mark (U+200E, U+200F, U+061C): it embeds nothing, but one before "10 20" shows "20 10".</summary>
    public static bool IsMark(char c) => c is '\u200E' or '\u200F' or '\u061C';
}
