using System.Text;
using Intimacy.Core.Catalog;

namespace Intimacy.Core.Tests.Originality;

/// <summary>
/// The texts the repository ships, gathered for <see cref="SeedCopyDetector"/>, and the seed
/// articles they are compared with.
/// </summary>
internal static class ShippedTexts
{
    /// <summary>Environment variable that names the seed folder when it is not beside the repository (the one .ci/run reads too).</summary>
    public const string SeedFolderVariable = "SEEDS_DIR";

    /// <summary>
    /// The seed articles (file name → text). CI clones the repository with <c>shared</c> beside it,
    /// so the folder is found by walking up from the test output to a folder holding
    /// <c>shared/seeds</c>; <see cref="SeedFolderVariable"/> overrides that. Missing seeds fail the
    /// test: they are never silently skipped.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Seeds()
    {
        var folder = FindSeedFolder();
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"The seed folder {folder} holds no *.txt article.");
        }

        return files.ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
    }

    private static string FindSeedFolder()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(SeedFolderVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new InvalidOperationException($"{SeedFolderVariable} names {fromEnvironment}, which does not exist.");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"The seed articles were not found: no folder above {AppContext.BaseDirectory} holds shared/seeds. " +
            $"Clone the repository with the shared folder beside it (as CI does) or set {SeedFolderVariable} to the seeds folder.");
    }

    /// <summary>Every shipped text, as (where it comes from, text).</summary>
    public static IEnumerable<(string Where, string Text)> All()
        => Catalog().Concat(SourceLiterals()).Concat(Markdown());

    /// <summary>The catalog as the library renders it: every name, description, summary, caution, citation and source.</summary>
    public static IEnumerable<(string Where, string Text)> Catalog()
        => Paragraphs("GlossaryWriter.Write(IntimacyCatalog.Default)", GlossaryWriter.Write(IntimacyCatalog.Default));

    /// <summary>
    /// Every string literal of the shipped source (src/**/*.cs): rule descriptions and reasons,
    /// gate texts, plan words, messages. Literals joined by <c>+</c> are joined here too.
    /// </summary>
    public static IEnumerable<(string Where, string Text)> SourceLiterals()
    {
        var src = RepositoryFiles.PathOf("src");
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepositoryFiles.Root, file).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (line, text) in CSharpStringLiterals.Read(File.ReadAllText(file)))
            {
                yield return ($"{relative}:{line}", text);
            }
        }
    }

    /// <summary>The READMEs, package READMEs, docs and changelog, paragraph by paragraph.</summary>
    public static IEnumerable<(string Where, string Text)> Markdown()
    {
        var root = RepositoryFiles.Root;
        var files = new[] { "README.md", "CHANGELOG.md" }.Select(f => Path.Combine(root, f))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "src"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.md", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var paragraph in Paragraphs(Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllText(file)))
            {
                yield return paragraph;
            }
        }
    }

    private static IEnumerable<(string Where, string Text)> Paragraphs(string where, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var current = new StringBuilder();
        var start = 1;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i == lines.Length || lines[i].Trim().Length == 0)
            {
                if (current.Length > 0)
                {
                    yield return ($"{where}:{start}", current.ToString());
                    current.Clear();
                }

                start = i + 2;
                continue;
            }

            current.Append(lines[i]).Append('\n');
        }
    }
}
