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
            var root = ReadNode(parser, string.Empty);
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
            throw new DocumentException(ToMark(ex.Start), string.Empty, "the file is not valid YAML: " + CleanMessage(ex.Message));
        }
    }

    private static DocNode ReadNode(IParser parser, string keyPath)
    {
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
                sequence.Items.Add(ReadNode(parser, keyPath + "[" + sequence.Items.Count + "]"));
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

                mapping.Entries.Add((key.Value, ToMark(key.Start), ReadNode(parser, childPath)));
            }

            return mapping;
        }

        throw new DocumentException(ToMark(current.Start), keyPath, "holds something that is not a value, list or mapping.");
    }

    private static Mark ToMark(YamlDotNet.Core.Mark mark) => new((int)mark.Line, (int)mark.Column);

    private static string CleanMessage(string message)
    {
        var cleaned = LocationPrefix().Replace(message, string.Empty).Trim();
        if (cleaned.Length > 0 && !cleaned.EndsWith('.'))
        {
            cleaned += ".";
        }

        return cleaned.Length == 0 ? "it could not be parsed." : char.ToLowerInvariant(cleaned[0]) + cleaned[1..];
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex LocationPrefix();
}
