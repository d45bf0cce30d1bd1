using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Intimacy.Simulation.Scenarios;

/// <summary>
/// Reads JSON into a <see cref="DocNode"/> tree with line and column for each node. Comments
/// (<c>//</c> and <c>/* */</c>) are allowed, since scenario parameters should say where they come from.
/// </summary>
internal static class JsonDocumentReader
{
    public static DocNode Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (text.Trim().Length == 0)
        {
            throw new DocumentException(null, string.Empty, "the file is empty; a scenario needs at least a name and fields.");
        }

        var lines = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        try
        {
            if (!reader.Read())
            {
                throw new DocumentException(null, string.Empty, "the file is empty; a scenario needs at least a name and fields.");
            }

            var root = ReadNode(ref reader, bytes, lines, string.Empty);
            if (reader.Read())
            {
                throw new DocumentException(MarkAt(bytes, lines, reader.TokenStartIndex), string.Empty, "the file continues after the scenario's closing brace.");
            }

            return root;
        }
        catch (JsonException ex)
        {
            Mark? mark = ex.LineNumber is { } line ? new Mark((int)line + 1, (int)(ex.BytePositionInLine ?? 0) + 1) : null;
            var reason = ex.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut >= 0)
            {
                reason = reason[..cut];
            }

            throw new DocumentException(mark, string.Empty, "the file is not valid JSON: " + OneSentence(reason) + ".");
        }
    }

    /// <summary>
    /// System.Text.Json's reason as one short sentence: the usual ways a hand-edited file goes wrong in
    /// plain words, otherwise the parser's first sentence (its second is advice about reader options).
    /// </summary>
    private static string OneSentence(string reason)
    {
        reason = reason.Trim();
        if (reason.Contains("open JSON object or array", StringComparison.Ordinal) || reason.Contains("depth to be zero", StringComparison.Ordinal))
        {
            return "the file ends before every { and [ is closed";
        }

        if (reason.Contains("end of string, but instead reached end of data", StringComparison.Ordinal))
        {
            return "the file ends inside a quoted string";
        }

        if (reason.Contains("reached end of data", StringComparison.Ordinal))
        {
            return "the file ends where a key or value should follow";
        }

        if (reason.Contains("trailing comma", StringComparison.Ordinal))
        {
            return "a comma comes right before a closing } or ]";
        }

        if (reason.Contains("invalid after a single JSON value", StringComparison.Ordinal))
        {
            return "there is more text after the scenario's closing brace";
        }

        // The parser quotes the offending text, which may run over several lines; say what is wrong instead.
        if (reason.StartsWith('\'') && reason.IndexOf("' is ", StringComparison.Ordinal) is var quoteEnd and > 0)
        {
            var rest = reason[(quoteEnd + 2)..];
            return rest switch
            {
                _ when rest.StartsWith("is an invalid JSON literal", StringComparison.Ordinal) => "a bare word is not a JSON value; put text in double quotes and write true, false and null in lower case",
                _ when rest.StartsWith("is invalid after a value", StringComparison.Ordinal) => "a comma or a closing } or ] is missing after a value",
                _ when rest.StartsWith("is an invalid start of a property name", StringComparison.Ordinal) => "a key must be text in double quotes",
                _ when rest.StartsWith("is invalid after a property name", StringComparison.Ordinal) => "a colon is missing after a key",
                _ when rest.StartsWith("is invalid within a JSON string", StringComparison.Ordinal) => "a quoted text holds a tab, line break or other control character; write it escaped, such as \\t",
                _ when rest.StartsWith("is an invalid start of a value", StringComparison.Ordinal) => "a value cannot start with the character found here",
                _ => "unexpected text",
            };
        }

        var end = reason.IndexOf(". ", StringComparison.Ordinal);
        reason = (end > 0 ? reason[..end] : reason).TrimEnd('.');
        reason = reason.ReplaceLineEndings(" ");
        return reason.Length == 0 ? "it could not be parsed" : char.ToLowerInvariant(reason[0]) + reason[1..];
    }

    private static DocNode ReadNode(ref Utf8JsonReader reader, byte[] bytes, List<int> lines, string keyPath)
    {
        var mark = MarkAt(bytes, lines, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var mapping = new DocMapping(mark);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var keyMark = MarkAt(bytes, lines, reader.TokenStartIndex);
                    var key = Text(ref reader, keyMark, keyPath);
                    var childPath = ScenarioKeyPath.Child(keyPath, key);
                    if (!seen.Add(key))
                    {
                        throw new DocumentException(keyMark, childPath, "appears twice in the same object; each key may appear once.");
                    }

                    reader.Read();
                    mapping.Entries.Add((key, keyMark, ReadNode(ref reader, bytes, lines, childPath)));
                }

                return mapping;
            case JsonTokenType.StartArray:
                var sequence = new DocSequence(mark);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    sequence.Items.Add(ReadNode(ref reader, bytes, lines, ScenarioKeyPath.Item(keyPath, sequence.Items.Count)));
                }

                return sequence;
            case JsonTokenType.String:
                return new DocScalar(mark, Text(ref reader, mark, keyPath), ScalarKind.Text);
            case JsonTokenType.Number:
                return new DocScalar(mark, Encoding.UTF8.GetString(reader.ValueSpan), ScalarKind.Number);
            case JsonTokenType.True:
                return new DocScalar(mark, "true", ScalarKind.Boolean);
            case JsonTokenType.False:
                return new DocScalar(mark, "false", ScalarKind.Boolean);
            case JsonTokenType.Null:
                return new DocScalar(mark, "null", ScalarKind.Null);
            default:
                throw new DocumentException(mark, keyPath, string.Create(CultureInfo.InvariantCulture, $"holds an unexpected JSON token ({reader.TokenType})."));
        }
    }

    /// <summary>
    /// A key or text as a string. An escaped unpaired surrogate (<c>"\ud800"</c>) passes JSON's grammar, but no string can
    /// hold it: System.Text.Json throws <see cref="InvalidOperationException"/>, which the loader reports at its place.
    /// </summary>
    private static string Text(ref Utf8JsonReader reader, Mark mark, string keyPath)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new DocumentException(mark, keyPath, "holds an escaped unpaired surrogate (\\ud800 to \\udfff without its pair), which is not valid text.");
        }
    }

    private static List<int> LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static Mark MarkAt(byte[] bytes, List<int> lines, long offset)
    {
        var index = lines.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        var column = 1;
        for (var i = lines[line]; i < offset; i++)
        {
            // Count characters, not bytes: skip UTF-8 continuation bytes.
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new Mark(line + 1, column);
    }
}
