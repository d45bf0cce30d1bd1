namespace Intimacy.Core.Tests.Originality;

/// <summary>
/// The project rule that no shipped text copies the seed articles: the detector on crafted input,
/// then every shipped text (catalog, source literals, Markdown) against the real seeds.
/// </summary>
public class SeedCopyTests
{
    private static readonly Lazy<SeedCopyDetector.SeedIndex> RealSeeds = new(() => SeedCopyDetector.Index(ShippedTexts.Seeds()));

    private static readonly SeedCopyDetector.SeedIndex Crafted = SeedCopyDetector.Index(new Dictionary<string, string>
    {
        ["crafted.txt"] = "Couples who share a small daily ritual often feel closer over time. " +
                          "How to Restore Intimacy in a Relationship is the title. Psychological barriers to intimacy: fear of rejection keeps partners apart for years.",
    });

    [Fact]
    public void Detector_FlagsACopiedSentence()
    {
        Crafted.FindRuns("Our advice: couples who share a small daily ritual often feel closer.")
            .Should().ContainSingle().Which.Length.Should().Be(10);
    }

    [Fact]
    public void Detector_FlagsACopyWhoseCaseAndPunctuationChanged()
    {
        Crafted.FindRuns("COUPLES, who share a small-daily ritual — often feel closer!").Should().ContainSingle().Which.Length.Should().Be(10);
        Crafted.FindRuns("couples who share a small daily ritual").Should().ContainSingle().Which.Length.Should().Be(SeedCopyDetector.RunLength);
    }

    [Fact]
    public void Detector_FlagsACopySplitAcrossConcatenatedLiterals()
    {
        var literals = CSharpStringLiterals.Read("var x = \"Couples who share a small \" +\n    \"daily ritual often feel closer.\";");

        literals.Should().ContainSingle();
        Crafted.FindRuns(literals[0].Text).Should().ContainSingle();
    }

    [Fact]
    public void Detector_PassesAShorterRunAndAParaphrase()
    {
        Crafted.FindRuns("Couples who share a small habit each day grow close.").Should().BeEmpty(); // 5 shared words
        Crafted.FindRuns("A little shared routine every day tends to bring two people nearer.").Should().BeEmpty();
    }

    [Fact]
    public void Detector_MasksOnlyTheAllowedPhrase()
    {
        Crafted.FindRuns("Source: How to Restore Intimacy in a Relationship (seed article).").Should().BeEmpty();
        Crafted.FindRuns("Psychological barriers to intimacy: fear of rejection").Should().BeEmpty();

        // The words after an allowed heading are still checked.
        Crafted.FindRuns("Psychological barriers to intimacy: fear of rejection keeps partners apart for years, they say.")
            .Should().ContainSingle().Which.Words.Should().Be("fear of rejection keeps partners apart for years");
    }

    [Fact]
    public void Detector_DoesNotJoinWordsAcrossAnInterpolationHole()
    {
        var literals = CSharpStringLiterals.Read("var x = $\"Couples who share a small {thing} daily ritual often feel closer.\";");

        literals.Select(l => l.Text).Should().Equal("Couples who share a small ", " daily ritual often feel closer.");
        literals.SelectMany(l => Crafted.FindRuns(l.Text)).Should().BeEmpty();
    }

    [Fact]
    public void LiteralReader_ReadsEveryKindOfLiteralAndSkipsCommentsAndChars()
    {
        const string source = """"
            // "a comment is not a literal"
            /* "nor is this" */
            var c = '"';
            var a = "regular \"quoted\"";
            var b = @"verbatim ""quoted""";
            var d = $"interpolated {(flag ? "inner" : "other")} end {{braces}}";
            """";

        CSharpStringLiterals.Read(source).Select(l => l.Text).Should().BeEquivalentTo(
            "regular \"quoted\"", "verbatim \"quoted\"", "interpolated ", "inner", "other", " end {braces}");
    }

    [Fact]
    public void AllowedPhrases_AreAllInTheSeeds()
    {
        SeedCopyDetector.AllowedPhrases.Where(p => !RealSeeds.Value.Contains(p))
            .Should().BeEmpty("an allowed phrase must be a title or heading that a seed really contains");
    }

    [Fact]
    public void ShippedTexts_ShareNoRunOfSevenWordsWithASeed()
    {
        var texts = ShippedTexts.All().ToList();
        texts.Should().HaveCountGreaterThan(1000, "the catalog, the source literals and the docs are all read");

        var copies = texts
            .SelectMany(t => RealSeeds.Value.FindRuns(t.Text).Select(r => $"{t.Where}: {r}"))
            .ToList();

        copies.Should().BeEmpty(
            "every shipped text is written in the project's own words (rewrite the sentence, keep the citation; " +
            "a seed title or heading quoted in a citation may be added to SeedCopyDetector.AllowedPhrases)");
    }
}
