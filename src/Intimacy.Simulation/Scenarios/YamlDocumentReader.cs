using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Intimacy.Simulation.Scenarios;

/// <summary>Reads YAML into a <see cref="DocNode"/> tree, rejecting duplicate keys, aliases and tags.</summary>
internal static partial class YamlDocumentReader
{
    public static DocNode Read(string text)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                throw new DocumentException(null, string.Empty, "the file is empty; a scenario needs at least a name and fields.");
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, string.Empty, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var mark = parser.Current is { } current ? ToMark(current.Start) : (Mark?)null;
                throw new DocumentException(mark, string.Empty, "the file holds more than one YAML document; a scenario is one document.");
            }

            return root;
        }
        catch (YamlException ex)
        {
            var at = ex.Message.Contains("invalid tab as indentation", StringComparison.Ordinal)
                ? TabIndentation(text, parser.Current) ?? ToMark(ex.Start)
                : ToMark(ex.Start);
            throw new DocumentException(at, string.Empty, "the file is not valid YAML: " + CleanMessage(ex.Message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 throws this, not a YamlException, for some misplaced document markers (found by fuzzing: "...\n~")
            // and for a flow list or mapping left open before a line that is less indented ("weights: [1, 2" and a next key).
            // It says nothing of which, so the message names both; the place is the last part that could be read.
            var at = parser.Current is { } current ? ToMark(current.Start) : (Mark?)null;
            throw new DocumentException(
                at,
                string.Empty,
                "the file is not valid YAML: it cannot be read past this point; look for a bracket or brace left open, or a document marker (--- or ...) out of place.");
        }
    }

    /// <summary>
    /// Where a tab indents a line. YamlDotNet 16 reports this error at the start of the file whatever the line, so the
    /// place is found here: the first tab in the indentation of a line from the last event read on (tabs before it
    /// were read without complaint, as a tab after a key's colon is). Null when no such line is found.
    /// </summary>
    private static Mark? TabIndentation(string text, ParsingEvent? last)
    {
        var from = last is null ? 1 : (int)last.Start.Line;
        var lines = text.Split('\n');
        for (var line = from; line <= lines.Length; line++)
        {
            var content = lines[line - 1];
            var indentation = content.Length - content.TrimStart(' ', '\t').Length;
            var tab = content.IndexOf('\t', 0, indentation);
            if (tab >= 0)
            {
                return new Mark(line, tab + 1);
            }
        }

        return null;
    }

    /// <summary>Deeper than any scenario needs; a limit keeps a hostile file from exhausting the stack.</summary>
    private const int MaxDepth = 64;

    private static DocNode ReadNode(IParser parser, string keyPath, int depth)
    {
        if (depth > MaxDepth)
        {
            var at = parser.Current is { } deep ? ToMark(deep.Start) : (Mark?)null;
            throw new DocumentException(at, keyPath, "nests deeper than 64 levels; a scenario never needs that many.");
        }

        if (parser.Accept<AnchorAlias>(out var alias))
        {
            throw new DocumentException(ToMark(alias.Start), keyPath, "YAML aliases (*name) are not supported in scenarios; write the value out.");
        }

        var current = parser.Current ?? throw new DocumentException(null, keyPath, "the file ends too early.");
        if (current is NodeEvent { Tag.IsEmpty: false } tagged && !tagged.Tag.IsNonSpecific)
        {
            throw new DocumentException(ToMark(tagged.Start), keyPath, "YAML tags (!name) are not supported in scenarios.");
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var kind = scalar.Style is ScalarStyle.Plain ? ScalarKind.Plain : ScalarKind.Text;
            return new DocScalar(ToMark(scalar.Start), scalar.Value, kind);
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var sequence = new DocSequence(ToMark(sequenceStart.Start));
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                sequence.Items.Add(ReadNode(parser, keyPath + "[" + sequence.Items.Count + "]", depth + 1));
            }

            return sequence;
        }

        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            var mapping = new DocMapping(ToMark(mappingStart.Start));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyEvent = parser.Current;
                if (!parser.TryConsume<Scalar>(out var key))
                {
                    throw new DocumentException(keyEvent is null ? null : ToMark(keyEvent.Start), keyPath, "has a key that is not a plain value; keys must be names.");
                }

                var childPath = ScenarioKeyPath.Child(keyPath, key.Value);
                if (!seen.Add(key.Value))
                {
                    throw new DocumentException(ToMark(key.Start), childPath, "appears twice in the same mapping; each key may appear once.");
                }

                mapping.Entries.Add((key.Value, ToMark(key.Start), ReadNode(parser, childPath, depth + 1)));
            }

            return mapping;
        }

        throw new DocumentException(ToMark(current.Start), keyPath, "holds something that is not a value, list or mapping.");
    }

    private static Mark ToMark(YamlDotNet.Core.Mark mark) => new((int)mark.Line, (int)mark.Column);

    private static string CleanMessage(string message)
    {
        // YamlDotNet's messages sometimes hold two spaces in a row ("a flow mapping,  did not find").
        var cleaned = Spaces().Replace(LocationPrefix().Replace(message, string.Empty).Trim(), " ");
        if (cleaned.Length > 0 && !cleaned.EndsWith('.'))
        {
            cleaned += ".";
        }

        return cleaned.Length == 0 ? "it could not be parsed." : char.ToLowerInvariant(cleaned[0]) + cleaned[1..];
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex LocationPrefix();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
