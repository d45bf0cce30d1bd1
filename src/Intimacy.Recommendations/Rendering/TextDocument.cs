using System.Text;
using Intimacy.Shared;

namespace Intimacy.Recommendations.Rendering;

/// <summary>
/// A small document of headings, paragraphs and bullets whose text uses inline Markdown (bold and
/// code). One document is written both as Markdown and as plain text, so the two always agree.
/// </summary>
internal sealed class TextDocument
{
    private const int PlainWidth = 80;
    private readonly List<Block> _blocks = [];

    public void Heading(int level, string text) => _blocks.Add(new Block(BlockKind.Heading, text, level));

    /// <summary>Adds text that may hold several paragraphs separated by blank lines.</summary>
    public void Paragraphs(string text)
    {
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            _blocks.Add(new Block(BlockKind.Paragraph, paragraph.Replace('\n', ' '), 0));
        }
    }

    public void Bullet(string text, int depth = 0) => _blocks.Add(new Block(BlockKind.Bullet, text, depth));

    public void Rule() => _blocks.Add(new Block(BlockKind.Rule, string.Empty, 0));

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        BlockKind? previous = null;
        foreach (var block in _blocks)
        {
            if (previous is not null && !(previous == BlockKind.Bullet && block.Kind == BlockKind.Bullet))
            {
                md.Append('\n');
            }

            switch (block.Kind)
            {
                case BlockKind.Heading:
                    md.Append('#', block.Level).Append(' ').Append(block.Text).Append('\n');
                    break;
                case BlockKind.Paragraph:
                    md.Append(block.Text).Append('\n');
                    break;
                case BlockKind.Bullet:
                    md.Append(' ', block.Level * 2).Append("- ").Append(block.Text).Append('\n');
                    break;
                default:
                    md.Append("---\n");
                    break;
            }

            previous = block.Kind;
        }

        return md.ToString();
    }

    public string ToPlainText()
    {
        var text = new StringBuilder();
        BlockKind? previous = null;
        foreach (var block in _blocks)
        {
            if (previous is not null && !(previous == BlockKind.Bullet && block.Kind == BlockKind.Bullet))
            {
                text.Append('\n');
            }

            var plain = MarkdownText.ToPlain(block.Text);
            switch (block.Kind)
            {
                case BlockKind.Heading when block.Level <= 2:
                    text.Append(block.Level == 1 ? plain.ToUpperInvariant() : plain).Append('\n')
                        .Append(block.Level == 1 ? '=' : '-', plain.Length).Append('\n');
                    break;
                case BlockKind.Heading:
                    Wrap(text, "> " + plain, string.Empty, "  ");
                    break;
                case BlockKind.Paragraph:
                    Wrap(text, plain, "  ", "  ");
                    break;
                case BlockKind.Bullet:
                    var indent = new string(' ', 2 + (block.Level * 2));
                    Wrap(text, plain, indent + "- ", indent + "  ");
                    break;
                default:
                    text.Append('-', PlainWidth).Append('\n');
                    break;
            }

            previous = block.Kind;
        }

        return text.ToString();
    }

    private static void Wrap(StringBuilder output, string text, string firstIndent, string nextIndent)
    {
        var line = new StringBuilder(firstIndent);
        var lineHasWord = false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineHasWord && line.Length + 1 + word.Length > PlainWidth)
            {
                output.Append(line).Append('\n');
                line.Clear().Append(nextIndent);
                lineHasWord = false;
            }

            if (lineHasWord)
            {
                line.Append(' ');
            }

            line.Append(word);
            lineHasWord = true;
        }

        output.Append(line).Append('\n');
    }

    private enum BlockKind
    {
        Heading,
        Paragraph,
        Bullet,
        Rule,
    }

    private sealed record Block(BlockKind Kind, string Text, int Level);
}
