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

            reason = reason.Trim().TrimEnd('.');
            throw new DocumentException(mark, string.Empty, "the file is not valid JSON: " + (reason.Length == 0 ? "it could not be parsed" : char.ToLowerInvariant(reason[0]) + reason[1..]) + ".");
        }
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
                    var key = reader.GetString()!;
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
                return new DocScalar(mark, reader.GetString()!, ScalarKind.Text);
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
