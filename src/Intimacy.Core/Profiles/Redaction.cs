namespace Intimacy.Core.Profiles;

/// <summary>Keeps profile contents out of logs, debugger output and exception messages.</summary>
internal static class Redaction
{
    public static string Text(string typeName) => typeName + " { redacted }";
}
