using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Intimacy.Core.Validation;
using Intimacy.Shared;

namespace Intimacy.Core.Serialization;

/// <summary>
/// Finds every structural problem in parseable JSON in one walk over the document, driven by the
/// serializer's own metadata (<see cref="JsonTypeInfo.Properties"/>, property types, nullability,
/// required members, the unmapped-member and duplicate-property settings and the converters in use),
/// so it follows the model as it grows. It also builds a copy of the document without the members
/// that have problems, so the parts that could be read can still be validated.
/// </summary>
/// <remarks>
/// Messages name paths and the format's own property names and options, never a value given or a
/// property name that could not be one of the format's (see <see cref="JsonFaults.IsFormatName"/>).
/// </remarks>
internal static class JsonStructure
{
    /// <summary>Checks a document against the metadata of the type it should hold.</summary>
    /// <param name="root">The document's root.</param>
    /// <param name="typeInfo">The metadata of the root type.</param>
    /// <param name="format">The format's name in messages, e.g. "profile".</param>
    /// <param name="readable">
    /// The document without the members that have problems, or <see langword="null"/> when the root
    /// itself cannot be read. A required member that is missing or has a problem is filled with a
    /// placeholder (an empty object, or the lowest value its range allows), so its siblings can be read.
    /// Only meaningful when problems were found.
    /// </param>
    /// <param name="uncertain">
    /// The paths of the members the model has that were left out of the copy, or filled with a
    /// placeholder, for their problems: errors found at or under them, and combination errors within the
    /// object that holds them, may come from the copy rather than from the input.
    /// </param>
    /// <returns>Every structural problem, in document order.</returns>
    public static List<ValidationError> Check(JsonElement root, JsonTypeInfo typeInfo, string format, out JsonNode? readable, out IReadOnlyList<string> uncertain)
    {
        var errors = new List<ValidationError>();
        var filled = new List<string>();
        readable = Walk(root, typeInfo, nullable: false, "$", format, errors, filled, out var node) ? node : null;
        uncertain = filled;
        return errors;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text as UTF-8, or null when it holds a broken (unpaired surrogate) character, which UTF-8 cannot hold: the
    /// caller reports <see cref="BrokenText"/>. System.Text.Json would throw <see cref="ArgumentException"/> for it.
    /// </summary>
    public static byte[]? ToUtf8(ReadOnlySpan<char> text)
    {
        try
        {
            var utf8 = new byte[StrictUtf8.GetByteCount(text)];
            StrictUtf8.GetBytes(text, utf8);
            return utf8;
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The problem of text that <see cref="ToUtf8"/> cannot transcode.</summary>
    public static ValidationError BrokenText { get; } = new("$", ValidationCodes.Json, "is not valid text: it holds a broken (unpaired surrogate) character.");

    /// <summary>The nesting a reader with <paramref name="options"/> allows: System.Text.Json reads 0 as its default, 64.</summary>
    public static int MaxDepthOf(JsonSerializerOptions options) => options.MaxDepth == 0 ? 64 : options.MaxDepth;

    /// <summary>
    /// Finds the first syntax error, if any, with the path (up to the first name that could not be one of
    /// the format's) and the line and byte where reading stopped. Nothing after it can be checked.
    /// </summary>
    /// <param name="utf8">The UTF-8 text, without a byte order mark.</param>
    /// <param name="options">The reader settings of the format (depth, comments, trailing commas).</param>
    /// <returns>The error, or <see langword="null"/> when the text is well-formed JSON.</returns>
    public static ValidationError? SyntaxError(ReadOnlySpan<byte> utf8, JsonSerializerOptions options)
    {
        // Nothing but white space is no JSON at all; the reader would call it malformed at its first byte.
        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            return new ValidationError("$", ValidationCodes.Json, "is empty: there is no JSON to read.");
        }

        var maxDepth = MaxDepthOf(options);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            MaxDepth = maxDepth,
            CommentHandling = options.ReadCommentHandling,
            AllowTrailingCommas = options.AllowTrailingCommas,
        });

        // One frame per open object (the property whose value is being read, or null) or array (the index of the item).
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = frames[^1] with { Name = NameOf(ref reader, utf8) };
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        NextItem(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, null, -1));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        ValueDone(frames);
                        break;
                    case JsonTokenType.Comment or JsonTokenType.None:
                        break;
                    default:
                        NextItem(frames);
                        ValueDone(frames);
                        break;
                }
            }

            return null;
        }
        catch (JsonException ex)
        {
            // Well-formed JSON that opens one object or array more than the reader allows is not a syntax error.
            var tooDeep = frames.Count >= maxDepth && OpensNext(utf8[(int)reader.BytesConsumed..]);
            var path = new StringBuilder("$");
            var segments = 0;
            foreach (var frame in frames)
            {
                if (tooDeep && segments++ == DeepPathSegments)
                {
                    break;
                }

                if (frame.IsArray && frame.Index >= 0)
                {
                    path.Append('[').Append(frame.Index).Append(']');
                }
                else if (frame.Name is { } name)
                {
                    if (!JsonFaults.IsFormatName(name))
                    {
                        break;
                    }

                    path.Append('.').Append(name);
                }
            }

            if (tooDeep)
            {
                return new ValidationError(path.ToString(), ValidationCodes.Json, FormattableString.Invariant(
                    $"nests objects and arrays deeper than the {maxDepth} levels allowed; reading stops there, so nothing after it is checked."));
            }

            var where = ex.LineNumber is { } line && ex.BytePositionInLine is { } position
                ? FormattableString.Invariant($" (line {line + 1}, byte {position + 1})")
                : string.Empty;
            return new ValidationError(path.ToString(), ValidationCodes.Json, $"is not valid JSON{where}; reading stops at the first syntax error, so nothing after it is checked.");
        }
    }

    /// <summary>
    /// A syntax error's message (see <see cref="SyntaxError"/>) without the line and byte where reading stopped, written
    /// next to the code that adds them so the two cannot drift apart; any other message as it is.
    /// </summary>
    public static string WithoutPlace(string message)
    {
        var place = Place.Match(message);
        return place.Success ? message.Remove(place.Index, place.Length) : message;
    }

    private static readonly System.Text.RegularExpressions.Regex Place = new(
        @" \(line [0-9]+, byte [0-9]+\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The property name the reader is on. A name with an escaped lone surrogate (<c>"\ud800"</c>) passes the JSON
    /// grammar but has no string, so nothing can read it (I-JSON, RFC 7493, rules it out): it is malformed JSON like a
    /// syntax error, reported at the object that holds it, not a failure of the reader.
    /// </summary>
    private static string NameOf(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            var before = utf8[..(int)reader.TokenStartIndex];
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            throw new JsonException(null, null, before.Count((byte)'\n'), before.Length - lineStart, ex);
        }
    }

    // How many levels the path of a too-deep value names: its start says where it is; 64 levels of it say nothing more.
    private const int DeepPathSegments = 3;

    // Whether the next token after what was read opens an object or array (past whitespace, a colon or a comma).
    private static bool OpensNext(ReadOnlySpan<byte> rest)
    {
        foreach (var b in rest)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)':' or (byte)',')
            {
                continue;
            }

            return b is (byte)'{' or (byte)'[';
        }

        return false;
    }

    // In an array, a value starting is its next item.
    private static void NextItem(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
        }
    }

    // In an object, the property's value has been read, so the path no longer names it.
    private static void ValueDone(List<Frame> frames)
    {
        if (frames.Count > 0 && !frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Name = null };
        }
    }

    // Returns whether the value can be read; node is its readable copy.
    private static bool Walk(JsonElement element, JsonTypeInfo typeInfo, bool nullable, string path, string format, List<ValidationError> errors, List<string> uncertain, out JsonNode? node)
    {
        node = null;
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (nullable)
            {
                return true;
            }

            errors.Add(path == "$"
                ? new ValidationError(path, ValidationCodes.Required, $"must be a JSON object describing a couple {format}, not null.")
                : new ValidationError(path, ValidationCodes.Required, "cannot be null; leave it out when the answer is unknown."));
            return false;
        }

        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                return WalkObject(element, typeInfo, path, format, errors, uncertain, out node);
            case JsonTypeInfoKind.Enumerable when typeInfo.ElementType is { } elementType:
                return WalkArray(element, typeInfo.Options.GetTypeInfo(elementType), path, format, errors, uncertain, out node);
            default:
                return WalkValue(element, typeInfo, nullable, path, errors, out node);
        }
    }

    private static bool WalkObject(JsonElement element, JsonTypeInfo typeInfo, string path, string format, List<ValidationError> errors, List<string> uncertain, out JsonNode? node)
    {
        node = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ValidationError(path, ValidationCodes.Json, "must be a JSON object, " + Given(element) + "."));
            return false;
        }

        var options = typeInfo.Options;
        var comparer = options.PropertyNameCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var properties = new Dictionary<string, JsonPropertyInfo>(comparer);
        foreach (var property in typeInfo.Properties)
        {
            properties[property.Name] = property;
        }

        var counts = new Dictionary<string, int>(comparer);
        foreach (var member in element.EnumerateObject())
        {
            counts[member.Name] = counts.GetValueOrDefault(member.Name) + 1;
        }

        var copy = new JsonObject();
        var disallowUnmapped = (typeInfo.UnmappedMemberHandling ?? options.UnmappedMemberHandling) == JsonUnmappedMemberHandling.Disallow;
        var reported = new HashSet<string>(comparer);
        foreach (var member in element.EnumerateObject())
        {
            var known = properties.TryGetValue(member.Name, out var property);
            var name = known ? property!.Name : member.Name;
            var memberPath = JsonFaults.IsFormatName(name) ? path + "." + name : null;
            if (counts[member.Name] > 1 && !options.AllowDuplicateProperties)
            {
                if (known)
                {
                    uncertain.Add(memberPath!);
                }

                if (reported.Add(member.Name))
                {
                    errors.Add(memberPath is null
                        ? new ValidationError(path, ValidationCodes.DuplicateProperty, "holds a property more than once (its name is not repeated here); each property may appear once.")
                        : new ValidationError(memberPath, ValidationCodes.DuplicateProperty, "appears more than once in the same object; each property may appear once."));
                }

                continue;
            }

            if (!known)
            {
                if (disallowUnmapped)
                {
                    errors.Add(memberPath is null
                        ? new ValidationError(path, ValidationCodes.UnknownProperty, $"holds a property that is not part of the {format} format (its name is not repeated here); remove it.")
                        : new ValidationError(memberPath, ValidationCodes.UnknownProperty, $"is not a property of the {format} format; " + Suggestion(member.Name, properties.Keys)));
                }

                continue;
            }

            if (property!.Set is null)
            {
                // A value the writer works out (it cannot be read); kept so the caller can check it agrees. Its checks look
                // only at a number's value and at the kind of anything else, so text, an object or an array is kept as an
                // empty one: copied as given, an escaped unpaired surrogate in it ("\ud800") could not be written out again.
                copy[property.Name] = member.Value.ValueKind switch
                {
                    JsonValueKind.String => JsonValue.Create(string.Empty),
                    JsonValueKind.Object => new JsonObject(),
                    JsonValueKind.Array => new JsonArray(),
                    _ => JsonNode.Parse(member.Value.GetRawText()),
                };
                continue;
            }

            var propertyType = options.GetTypeInfo(property.PropertyType);
            var nullable = property.IsSetNullable || (!options.RespectNullableAnnotations && !property.PropertyType.IsValueType);
            if (member.Value.ValueKind == JsonValueKind.Null && !nullable && property.IsRequired)
            {
                errors.Add(new ValidationError(memberPath ?? path, ValidationCodes.Required, "cannot be null; it is required."));
            }
            else if (Walk(member.Value, propertyType, nullable, memberPath ?? path, format, errors, uncertain, out var value))
            {
                copy[property.Name] = value;
            }
            else
            {
                uncertain.Add(memberPath ?? path);
            }
        }

        foreach (var property in typeInfo.Properties)
        {
            if (!property.IsRequired || copy.ContainsKey(property.Name))
            {
                continue;
            }

            if (!counts.ContainsKey(property.Name))
            {
                errors.Add(new ValidationError(path + "." + property.Name, ValidationCodes.Required, "is required but missing."));
            }

            if (Placeholder(options.GetTypeInfo(property.PropertyType), property) is not { } placeholder)
            {
                return false;
            }

            copy[property.Name] = placeholder;
            if (!counts.ContainsKey(property.Name))
            {
                uncertain.Add(path + "." + property.Name);
            }
        }

        node = copy;
        return true;
    }

    // A value of the type that reads without error, standing in for a required member that cannot be read.
    private static JsonNode? Placeholder(JsonTypeInfo typeInfo, JsonPropertyInfo? property)
    {
        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                var value = new JsonObject();
                foreach (var member in typeInfo.Properties)
                {
                    if (member.IsRequired)
                    {
                        if (Placeholder(typeInfo.Options.GetTypeInfo(member.PropertyType), member) is not { } inner)
                        {
                            return null;
                        }

                        value[member.Name] = inner;
                    }
                }

                return value;
            case JsonTypeInfoKind.Enumerable:
                return new JsonArray();
        }

        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        if (type.IsEnum)
        {
            return EnumNames(type == typeInfo.Type ? typeInfo : typeInfo.Options.GetTypeInfo(type)) is [var first, ..] ? JsonValue.Create(first) : null;
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => JsonValue.Create(false),
            TypeCode.String => JsonValue.Create(string.Empty),
            TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64
                or TypeCode.Single or TypeCode.Double or TypeCode.Decimal
                => JsonValue.Create(property?.AttributeProvider is PropertyInfo clr && clr.GetCustomAttribute<RangeAttribute>() is { } range
                    ? Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture)
                    : 0),
            _ => null,
        };
    }

    private static bool WalkArray(JsonElement element, JsonTypeInfo elementType, string path, string format, List<ValidationError> errors, List<string> uncertain, out JsonNode? node)
    {
        node = null;
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new ValidationError(path, ValidationCodes.Json, "must be a JSON array, " + Given(element) + "."));
            return false;
        }

        // An item is never dropped: that would move the items after it and change what they mean.
        var copy = new JsonArray();
        var readable = true;
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            readable &= Walk(item, elementType, nullable: !elementType.Type.IsValueType || Nullable.GetUnderlyingType(elementType.Type) is not null, path + "[" + index++ + "]", format, errors, uncertain, out var value);
            copy.Add(value);
        }

        node = readable ? copy : null;
        return readable;
    }

    private static bool WalkValue(JsonElement element, JsonTypeInfo typeInfo, bool nullable, string path, List<ValidationError> errors, out JsonNode? node)
    {
        // The converter in use decides, so what is accepted here is exactly what the reader accepts.
        try
        {
            _ = JsonSerializer.Deserialize(element, typeInfo);
            node = JsonNode.Parse(element.GetRawText());
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or FormatException or OverflowException)
        {
            errors.Add(new ValidationError(path, ValidationCodes.Json, Expected(typeInfo, nullable, element)));
            node = null;
            return false;
        }
    }

    private static string Expected(JsonTypeInfo typeInfo, bool nullable, JsonElement given)
    {
        var underlying = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        var unknown = nullable ? "; leave it out (or null) when unknown." : ".";
        if (underlying.IsEnum)
        {
            var options = EnumNames(underlying == typeInfo.Type ? typeInfo : typeInfo.Options.GetTypeInfo(underlying)) is { } names
                ? "use one of " + string.Join(", ", names) + ", spelled exactly so"
                : "use one of the options the JSON Schema lists";
            return given.ValueKind == JsonValueKind.String
                ? "is not one of the options; " + options + unknown
                : "must be one of the options, as a JSON string, " + Given(given) + "; " + options + unknown;
        }

        var code = Type.GetTypeCode(underlying);
        var number = code is TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
            or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal;
        var expected = code switch
        {
            TypeCode.Boolean => "must be true or false",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "must be a number (a JSON number without quotes)",
            TypeCode.String => "must be text (a JSON string)",
            _ when number => "must be a whole number (a JSON number without quotes)",
            _ => "holds a value of the wrong type",
        };
        var actual = number && given.ValueKind == JsonValueKind.Number ? "but is a fraction or a number too large to read" : Given(given);
        return expected + ", " + actual + unknown;
    }

    // The names the enum converter in use accepts, when it is the library's strict one.
    private static IReadOnlyList<string>? EnumNames(JsonTypeInfo enumInfo) =>
        enumInfo.Converter.GetType() is { IsGenericType: true } converter && converter.GetGenericTypeDefinition() == typeof(CamelCaseEnumConverter<>)
            ? EnumSchema.Names(enumInfo.Type)
            : null;

    // The kind of JSON value given, never the value.
    private static string Given(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "but is an object",
        JsonValueKind.Array => "but is an array",
        JsonValueKind.String => "but is a string",
        JsonValueKind.Number => "but is a number",
        JsonValueKind.True or JsonValueKind.False => "but is true or false",
        _ => "but is null",
    };

    // The nearest property name when the typo is small (at most a third of the name's length, at least 1).
    private static string Suggestion(string name, IEnumerable<string> candidates) =>
        Spelling.Closest(name, candidates, Math.Max(1, name.Length / 3)) is { } best
            ? "did you mean " + best + "? Otherwise remove it."
            : "remove it or check its spelling.";

    private readonly record struct Frame(bool IsArray, string? Name, int Index);
}
