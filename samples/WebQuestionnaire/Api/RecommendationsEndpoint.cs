using System.Text.Json;
using Intimacy.Core.Plans;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;
using Intimacy.Recommendations.Engine;
using Microsoft.Extensions.Options;

namespace WebQuestionnaire.Api;

/// <summary>
/// <c>POST /api/recommendations</c>: a profile and an audience in, that audience's view of the plan
/// out. Problems come back as problem details keyed by path; no message repeats a value sent.
/// </summary>
internal static class RecommendationsEndpoint
{
    public const string Route = "/api/recommendations";

    private static readonly Dictionary<string, Audience> Audiences = new(StringComparer.Ordinal)
    {
        ["couple"] = Audience.Couple,
        ["partnerA"] = Audience.PartnerA,
        ["partnerB"] = Audience.PartnerB,
        ["clinician"] = Audience.Clinician,
    };

    public static IEndpointRouteBuilder MapRecommendations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, HandleAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, IRecommendationEngine engine, IOptions<ApiOptions> options)
    {
        if (!IsJson(http.Request.ContentType))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The request body must be JSON (Content-Type: application/json).");
        }

        var body = await ReadLimitedAsync(http, options.Value.MaxBodyBytes);
        if (body is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The request body is too large.",
                detail: $"Send at most {options.Value.MaxBodyBytes} bytes.");
        }

        // JsonDocument.Parse does not check the bytes inside strings, and reading such a string (the profile's text)
        // threw: a body that is not UTF-8 is not JSON, and says nothing of where, as a syntax error here does not.
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return Invalid("$", "is not valid JSON.");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            return Invalid("$", "is not valid JSON.");
        }

        using (document)
        {
            try
            {
                JsonChecks.FindDuplicateKeys(document.RootElement, "$", errors);
            }
            catch (InvalidOperationException)
            {
                // A name with an escaped lone surrogate ("\ud800") parses, but no string can hold it: malformed, as the library reads it.
                return Invalid("$", "is not valid JSON.");
            }
            if (errors.Keys.Any(key => !IsInsideProfile(key)))
            {
                return DuplicateKeys(errors, AudienceOf(document.RootElement));
            }

            // A duplicate key inside the profile is the library's to report, with the profile's other problems, and
            // filtered as they are: answering with it alone would leave out the problems the audience may see
            // whenever the other partner's answers have one, and so tell them so.
            errors.Clear();

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Invalid("$", "must be a JSON object with the properties profile and audience.");
            }

            JsonElement? profileElement = null;
            Audience? audience = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "profile":
                        profileElement = property.Value;
                        break;
                    case "audience":
                        audience = AudienceIn(property.Value);
                        if (audience is null)
                        {
                            errors["audience"] = ["must be one of couple, partnerA, partnerB or clinician."];
                        }

                        break;
                    default:
                        errors[JsonChecks.Key(JsonChecks.Child("$", property.Name))] = ["is not a property of this request; only profile and audience are."];
                        break;
                }
            }

            if (!errors.ContainsKey("audience") && audience is null)
            {
                errors["audience"] = ["is required: couple, partnerA, partnerB or clinician."];
            }

            if (profileElement is null)
            {
                errors["profile"] = ["is required: a couple profile as the profile JSON format describes it."];
            }
            else if (profileElement.Value.ValueKind != JsonValueKind.Object)
            {
                errors["profile"] = ["must be a JSON object describing a couple profile."];
            }

            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors);
            }

            try
            {
                var profile = ProfileJson.Deserialize(profileElement!.Value.GetRawText());
                var plan = engine.Recommend(profile, http.RequestAborted).ForAudience(audience!.Value);
                return Results.Text(PlanJson.Serialize(plan), "application/json", statusCode: StatusCodes.Status200OK);
            }
            catch (ProfileValidationException ex)
            {
                // The audience is told only of problems it may see, as it is shown only the view it may see.
                var visible = ex.ErrorsVisibleTo(audience!.Value);
                return visible.Count > 0 || ex.Errors.Count == 0
                    ? Results.ValidationProblem(ByProfilePath(visible), title: "The profile is not valid.")
                    : Results.ValidationProblem(
                        new Dictionary<string, string[]> { ["profile"] = ["is not valid; its problems are in answers this audience may not see."] },
                        title: "The profile is not valid.");
            }
        }

        static IResult Invalid(string key, string message) =>
            Results.ValidationProblem(new Dictionary<string, string[]> { [key] = [message] });
    }

    /// <summary>
    /// The duplicate keys an audience may be told of: one in a partner's answers is a problem of the profile like any
    /// other, so it is filtered as <see cref="ProfileValidationException.ErrorsVisibleTo"/> filters them (its path says
    /// the partner answered that section). With none left, the answer is the one an invalid profile gets.
    /// </summary>
    private static IResult DuplicateKeys(Dictionary<string, string[]> errors, Audience audience)
    {
        var inProfile = errors.Where(e => InProfile(e.Key))
            .Select(e => new ValidationError("$" + e.Key["profile".Length..], ValidationCodes.DuplicateProperty, e.Value[0]))
            .ToList();
        var visible = inProfile.Count == 0
            ? []
            : new ProfileValidationException(inProfile).ErrorsVisibleTo(audience).Select(e => "profile" + e.Path[1..]).ToHashSet(StringComparer.Ordinal);
        var kept = errors.Where(e => !InProfile(e.Key) || visible.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        return kept.Count > 0
            ? Results.ValidationProblem(kept, title: "The request has duplicate keys.")
            : Results.ValidationProblem(
                new Dictionary<string, string[]> { ["profile"] = ["is not valid; its problems are in answers this audience may not see."] },
                title: "The profile is not valid.");
    }

    /// <summary>Whether an error key is the profile's (the profile itself, or a place inside it), not the request's.</summary>
    private static bool InProfile(string key) => key == "profile" || IsInsideProfile(key);

    /// <summary>Whether an error key is a place inside the profile, which the library reads and reports on itself.</summary>
    private static bool IsInsideProfile(string key) => key.StartsWith("profile.", StringComparison.Ordinal) || key.StartsWith("profile[", StringComparison.Ordinal);

    /// <summary>The audience the request names, once and by a known name; otherwise the couple, who may see neither partner's answers.</summary>
    private static Audience AudienceOf(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Audience.Couple;
        }

        Audience? found = null;
        var count = 0;
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name == "audience")
            {
                count++;
                found = AudienceIn(property.Value);
            }
        }

        return count == 1 && found is { } audience ? audience : Audience.Couple;
    }

    /// <summary>
    /// The audience a value names, or null. A string with an escaped lone surrogate (<c>"\ud800"</c>) passes JSON's
    /// grammar but cannot be read, or compared, as a .NET string (both throw): it names no audience.
    /// </summary>
    private static Audience? AudienceIn(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return Audiences.TryGetValue(value.GetString()!, out var audience) ? audience : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Keys the library's errors (<c>$.partnerA.view.sexPerYear</c>) by their place in the request (<c>profile.partnerA.view.sexPerYear</c>).</summary>
    private static Dictionary<string, string[]> ByProfilePath(IReadOnlyList<ValidationError> errors) =>
        errors.GroupBy(e => "profile" + (e.Path.StartsWith('$') ? e.Path[1..] : "." + e.Path), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.Suffix.HasValue && media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Reads the body, or returns <see langword="null"/> as soon as it passes the limit.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpContext http, int limit)
    {
        if (http.Request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
