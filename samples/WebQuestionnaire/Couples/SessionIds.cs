using System.Buffers.Text;
using System.Security.Cryptography;

namespace WebQuestionnaire.Couples;

/// <summary>Random, unguessable identifiers: session ids (128 bits) and seat secrets (256 bits), base64url.</summary>
internal static class SessionIds
{
    /// <summary>The length of a session id: 16 bytes in base64url without padding.</summary>
    public const int IdLength = 22;

    public static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Whether the text could be a session id; anything else is not looked up at all.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: IdLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
