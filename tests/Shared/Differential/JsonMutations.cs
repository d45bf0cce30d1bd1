using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Intimacy.Testing.Differential;

/// <summary>One mutated document: where it was changed, how, and its JSON text.</summary>
/// <param name="Path">The JSON path of the changed value (or of the object that was changed).</param>
/// <param name="Change">What was done, for the report.</param>
/// <param name="Json">The mutated document.</param>
/// <param name="DuplicateKey">Whether the change repeats a property: JSON Schema validators see only one of the two.</param>
internal sealed record Mutation(string Path, string Change, string Json, bool DuplicateKey = false);

/// <summary>
/// Deterministic mutations of a valid JSON document, driven by the reader's own contract
/// (<see cref="JsonTypeInfo"/>: property names, types, required members, <see cref="RangeAttribute"/>s), so
/// that every field the reader knows is tried, whether the base document holds it or not. Shared by the
/// schema/reader differential tests of the profile and the plan format (linked into those test projects only).
/// </summary>
internal static class JsonMutations
{
    /// <summary>Every mutation of <paramref name="document"/>. Array items are tried at the first item of each array only.</summary>
    public static List<Mutation> Of(JsonNode document, JsonTypeInfo root)
    {
        var mutations = new List<Mutation>();
        foreach (var raw in new[] { "null", "[]", "\"x\"", "1", "true", "{}" })
        {
            mutations.Add(new Mutation("$", "root is " + raw, raw));
        }

        Walk(document, document, root, "$", mutations);
        return mutations;
    }

    /// <summary>Every member path the contract knows (list items as <c>[0]</c>), to check that the mutations reach each one.</summary>
    public static SortedSet<string> ContractPaths(JsonTypeInfo root)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        void Visit(JsonTypeInfo typeInfo, string path, int depth)
        {
            if (depth > 12)
            {
                return;
            }

            if (typeInfo.Kind == JsonTypeInfoKind.Object)
            {
                foreach (var property in typeInfo.Properties)
                {
                    paths.Add(path + "." + property.Name);
                    Visit(typeInfo.Options.GetTypeInfo(property.PropertyType), path + "." + property.Name, depth + 1);
                }
            }
            else if (typeInfo.Kind == JsonTypeInfoKind.Enumerable && typeInfo.ElementType is { } element)
            {
                Visit(typeInfo.Options.GetTypeInfo(element), path + "[0]", depth + 1);
            }
        }

        Visit(root, "$", 0);
        return paths;
    }

    private static void Walk(JsonNode document, JsonNode node, JsonTypeInfo typeInfo, string path, List<Mutation> mutations)
    {
        switch (node)
        {
            case JsonObject obj when typeInfo.Kind == JsonTypeInfoKind.Object:
                WalkObject(document, obj, typeInfo, path, mutations);
                break;
            case JsonArray array when typeInfo.Kind == JsonTypeInfoKind.Enumerable && typeInfo.ElementType is { } elementType && array.Count > 0 && array[0] is { } first:
                var itemType = typeInfo.Options.GetTypeInfo(elementType);
                foreach (var (change, value) in ValuesFor(itemType, null))
                {
                    mutations.Add(Replace(document, array, 0, path + "[0]", change, value));
                }

                mutations.Add(Edit(document, path, "null item appended", () => array.Add(null), () => array.RemoveAt(array.Count - 1)));
                mutations.Add(Edit(document, path, "first item appended again", () => array.Add(first.DeepClone()), () => array.RemoveAt(array.Count - 1)));
                Walk(document, first, itemType, path + "[0]", mutations);
                break;
        }
    }

    private static void WalkObject(JsonNode document, JsonObject obj, JsonTypeInfo typeInfo, string path, List<Mutation> mutations)
    {
        foreach (var property in typeInfo.Properties)
        {
            var name = property.Name;
            var memberPath = path + "." + name;
            var propertyType = typeInfo.Options.GetTypeInfo(property.PropertyType);
            foreach (var (change, value) in ValuesFor(propertyType, property))
            {
                mutations.Add(Set(document, obj, name, memberPath, change, value));
            }

            if (obj.ContainsKey(name))
            {
                var index = obj.IndexOf(name);
                var kept = obj[name];
                mutations.Add(Edit(document, memberPath, "removed", () => obj.Remove(name), () => obj.Insert(index, name, kept)));
            }
        }

        mutations.Add(Set(document, obj, "unknownProperty", path + ".unknownProperty", "unknown property added", JsonValue.Create(1)));
        if (typeInfo.Properties.FirstOrDefault(p => obj.ContainsKey(p.Name)) is { } firstKnown)
        {
            var pascal = char.ToUpperInvariant(firstKnown.Name[0]) + firstKnown.Name[1..];
            var value = obj[firstKnown.Name];
            var index = obj.IndexOf(firstKnown.Name);
            mutations.Add(Edit(document, path + "." + pascal, "property renamed to other casing", () => { obj.Remove(firstKnown.Name); obj.Insert(index, pascal, value); }, () => { obj.Remove(pascal); obj.Insert(index, firstKnown.Name, value); }));
        }

        if (obj.Count > 0)
        {
            var first = obj.First().Key;
            mutations.Add(new Mutation(path + "." + first, "property given twice", WriteWithDuplicate(document, obj), DuplicateKey: true));
        }

        foreach (var property in typeInfo.Properties)
        {
            if (obj[property.Name] is { } child)
            {
                Walk(document, child, typeInfo.Options.GetTypeInfo(property.PropertyType), path + "." + property.Name, mutations);
            }
        }
    }

    /// <summary>The values tried for a member of the given type: valid ones and wrong ones.</summary>
    private static List<(string Change, JsonNode? Value)> ValuesFor(JsonTypeInfo typeInfo, JsonPropertyInfo? property)
    {
        var values = new List<(string, JsonNode?)>();
        void Raw(string text) => values.Add(("set to " + text, JsonNode.Parse(text)));
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        if (type.IsEnum)
        {
            var names = EnumNames(type);
            foreach (var name in names)
            {
                Raw(Quote(name));
            }

            Raw(Quote(char.ToUpperInvariant(names[0][0]) + names[0][1..]));
            Raw(Quote(names[0].ToUpperInvariant()));
            Raw(Quote(" " + names[0]));
            Raw(Quote(names[0] + ", " + names[^1]));
            Raw("\"notAnOption\"");
            Raw("\"\"");
            Raw("0");
            Raw("1");
            Raw("true");
        }
        else if (IsNumber(type))
        {
            var range = (property?.AttributeProvider as PropertyInfo)?.GetCustomAttribute<RangeAttribute>();
            var texts = new List<string>();
            if (range is not null)
            {
                var min = Convert.ToDecimal(range.Minimum, CultureInfo.InvariantCulture);
                var max = Convert.ToDecimal(range.Maximum, CultureInfo.InvariantCulture);
                texts.AddRange([N(min - 1), N(min), N(max), N(max + 1), N(min - 0.001m), N(max + 0.001m), N(min + 0.5m), N(max - 0.5m)]);
                texts.Add(N(min + 1) + ".0");
                texts.Add(N(max) + ".00");
                if (min + 1 > 0)
                {
                    texts.Add(N(min + 1) + "e0");
                }

                if (max >= 10 && max % 10 == 0)
                {
                    texts.Add(N(max / 10) + "E1");
                }
            }
            else
            {
                texts.AddRange(["-1", "0", "1", "100", "101", "1.0", "1.5", "1e1"]);
            }

            texts.AddRange(["2147483647", "2147483648", "-2147483649", "1e300", "-0"]);
            foreach (var text in texts.Distinct())
            {
                Raw(text);
            }

            Raw("\"1\"");
            Raw("true");
        }
        else if (type == typeof(bool))
        {
            Raw("true");
            Raw("false");
            Raw("0");
            Raw("\"true\"");
        }
        else if (type == typeof(string))
        {
            Raw("\"\"");
            Raw("\"x\"");
            Raw(Quote(new string('a', 139)));
            Raw(Quote(new string('a', 140)));
            Raw(Quote(string.Concat(Enumerable.Repeat("\U0001F600", 70))));
            Raw(Quote(string.Concat(Enumerable.Repeat("\U0001F600", 139))));
            Raw("1");
            Raw("true");
        }
        else if (type == typeof(Uri))
        {
            Raw("\"https://example.org/a\"");
            Raw("\"relative/path\"");
            Raw("\"\"");
            Raw("\"not a uri\"");
            Raw("\"HTTPS://EXAMPLE.ORG/A\"");
            Raw("\"mailto:someone@example.org\"");
            Raw("\"javascript:alert(1)\"");
            Raw("\"ftp://example.org/a\"");
            Raw("1");
            Raw("true");
        }
        else if (typeInfo.Kind == JsonTypeInfoKind.Enumerable)
        {
            Raw("[]");
            Raw("[null]");
            Raw("\"x\"");
        }
        else if (typeInfo.Kind == JsonTypeInfoKind.Object)
        {
            Raw("{}");
            Raw("[]");
            Raw("\"x\"");
            Raw("1");
        }

        values.Add(("set to null", null));
        if (typeInfo.Kind != JsonTypeInfoKind.Object && typeInfo.Kind != JsonTypeInfoKind.Enumerable)
        {
            Raw("[]");
            Raw("{}");
        }

        return values;
    }

    private static bool IsNumber(Type type) => Type.GetTypeCode(type) is TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16
        or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal;

    private static List<string> EnumNames(Type type) => [.. Enum.GetNames(type).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n))];

    private static string N(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Quote(string text) => JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static Mutation Set(JsonNode document, JsonObject obj, string name, string path, string change, JsonNode? value)
    {
        var had = obj.TryGetPropertyValue(name, out var old);
        var index = had ? obj.IndexOf(name) : -1;
        return Edit(
            document,
            path,
            change,
            () => obj[name] = value?.DeepClone(),
            () =>
            {
                obj.Remove(name);
                if (had)
                {
                    obj.Insert(index, name, old);
                }
            });
    }

    private static Mutation Replace(JsonNode document, JsonArray array, int index, string path, string change, JsonNode? value)
    {
        var old = array[index];
        return Edit(document, path, change, () => { array[index] = null; array[index] = value?.DeepClone(); }, () => { array[index] = null; array[index] = old; });
    }

    private static Mutation Edit(JsonNode document, string path, string change, Action apply, Action undo)
    {
        // Apply, write, undo: the document is shared by every mutation of one base and must come back as it was.
        apply();
        try
        {
            return new Mutation(path, change, document.ToJsonString());
        }
        finally
        {
            undo();
        }
    }

    /// <summary>Writes the document with the first property of <paramref name="target"/> given twice.</summary>
    private static string WriteWithDuplicate(JsonNode document, JsonObject target)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true }))
        {
            Write(writer, document, target);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node, JsonObject target)
    {
        switch (node)
        {
            case JsonObject obj:
                writer.WriteStartObject();
                var first = true;
                foreach (var (name, value) in obj)
                {
                    writer.WritePropertyName(name);
                    Write(writer, value, target);
                    if (first && ReferenceEquals(obj, target))
                    {
                        writer.WritePropertyName(name);
                        Write(writer, value, target);
                    }

                    first = false;
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item, target);
                }

                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
