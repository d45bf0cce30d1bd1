namespace WebQuestionnaire.Api;

/// <summary>Limits of the JSON API.</summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section: <c>Api</c>.</summary>
    public const string Section = "Api";

    /// <summary>The largest request body accepted, in bytes; larger bodies get 413.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;
}
