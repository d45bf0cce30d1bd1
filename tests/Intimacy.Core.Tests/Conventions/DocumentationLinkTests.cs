using System.Text;
using System.Text.RegularExpressions;

namespace Intimacy.Core.Tests.Conventions;

/// <summary>
/// Every relative link in the repository's Markdown (README, CHANGELOG, docs, ADRs, package and sample
/// READMEs) reaches a file that exists and, when it names an anchor in a Markdown file, a heading there.
/// </summary>
public partial class DocumentationLinkTests
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal)
    {
        "bin", "obj", "node_modules", "artifacts", "TestResults", "BenchmarkDotNet.Artifacts",
    };

    [Fact]
    public void EveryRelativeLinkAndAnchor_Resolves()
    {
        var documents = MarkdownFiles(RepositoryFiles.Root).ToList();
        documents.Should().Contain(p => p.EndsWith("README.md", StringComparison.Ordinal));

        var broken = new List<string>();
        var anchorsByFile = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var target in RelativeLinks(File.ReadAllText(document)))
            {
                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var path = hash < 0 ? target : target[..hash];
                var anchor = hash < 0 ? null : target[(hash + 1)..];
                var resolved = path.Length == 0
                    ? document
                    : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, Uri.UnescapeDataString(path)));
                var where = $"{Path.GetRelativePath(RepositoryFiles.Root, document)}: {target}";

                if (!File.Exists(resolved) && !Directory.Exists(resolved))
                {
                    broken.Add($"{where} (no such file)");
                }
                else if (anchor is not null && resolved.EndsWith(".md", StringComparison.Ordinal))
                {
                    if (!anchorsByFile.TryGetValue(resolved, out var anchors))
                    {
                        anchors = Anchors(File.ReadAllText(resolved));
                        anchorsByFile.Add(resolved, anchors);
                    }

                    if (!anchors.Contains(anchor))
                    {
                        broken.Add($"{where} (no such heading)");
                    }
                }
            }
        }

        broken.Should().BeEmpty("every relative link and anchor in the Markdown should resolve");
    }

    [Theory]
    [InlineData("Naming one number: parameter paths", "naming-one-number-parameter-paths")]
    [InlineData("Known limits of the library (reported to the library owners, not worked around here)", "known-limits-of-the-library-reported-to-the-library-owners-not-worked-around-here")]
    [InlineData("JSON API: `POST /api/recommendations`", "json-api-post-apirecommendations")]
    [InlineData("What the couple view cannot hide: safety comes first", "what-the-couple-view-cannot-hide-safety-comes-first")]
    public void Slug_FollowsGitHub(string heading, string expected) => Slug(heading).Should().Be(expected);

    private static IEnumerable<string> MarkdownFiles(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.md"))
        {
            yield return file;
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(sub);
            if (name.StartsWith('.') || SkippedFolders.Contains(name))
            {
                continue;
            }

            foreach (var file in MarkdownFiles(sub))
            {
                yield return file;
            }
        }
    }

    /// <summary>The targets of inline links and images outside fenced code blocks, except absolute URLs.</summary>
    private static IEnumerable<string> RelativeLinks(string markdown)
    {
        foreach (var line in OutsideCodeBlocks(markdown))
        {
            foreach (Match match in Link().Matches(line))
            {
                var target = match.Groups["target"].Value;
                if (!Scheme().IsMatch(target))
                {
                    yield return target;
                }
            }
        }
    }

    /// <summary>The anchors GitHub gives the headings of a Markdown file.</summary>
    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in OutsideCodeBlocks(markdown))
        {
            var heading = Heading().Match(line);
            if (!heading.Success)
            {
                continue;
            }

            var slug = Slug(heading.Groups["text"].Value);
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return anchors;
    }

    /// <summary>GitHub's heading slug: link text only, lower case, punctuation dropped, spaces as hyphens.</summary>
    private static string Slug(string heading)
    {
        var text = Link().Replace(heading, m => m.Groups["text"].Value).ToLowerInvariant();
        var slug = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    private static IEnumerable<string> OutsideCodeBlocks(string markdown)
    {
        var inBlock = false;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
            }
            else if (!inBlock)
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex Heading();
}
