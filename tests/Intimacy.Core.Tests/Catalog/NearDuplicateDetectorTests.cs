namespace Intimacy.Core.Tests.Catalog;

public class NearDuplicateDetectorTests
{
    private const string Original =
        "A partner expects to be turned down or judged, so stops reaching out, voicing wishes or starting closeness; earlier rebuffs and low self-worth often feed the fear.";

    [Fact]
    public void ReorderedParaphrase_IsFlagged()
    {
        const string paraphrase =
            "Low self-worth and earlier rebuffs feed a fear of being judged or turned down, so the partner no longer reaches out, voices wishes or starts closeness.";

        NearDuplicateDetector.ContentWordSimilarity(Original, paraphrase).Should().BeGreaterThan(NearDuplicateDetector.ContentWordThreshold);
        NearDuplicateDetector.AreNearDuplicates(Original, paraphrase).Should().BeTrue();
    }

    [Fact]
    public void LightlyEditedCopy_IsFlaggedByThreeGrams()
    {
        const string edited =
            "A partner fears being turned down or judged, so stops reaching out, voicing needs or starting intimacy; past rebuffs and low self-esteem often feed the fear.";

        NearDuplicateDetector.TrigramSimilarity(Original, edited).Should().BeGreaterThan(NearDuplicateDetector.TrigramThreshold);
        NearDuplicateDetector.AreNearDuplicates(Original, edited).Should().BeTrue();
    }

    [Fact]
    public void DifferentSubjectsWithSharedVocabulary_AreNotFlagged()
    {
        const string other =
            "A partner who is plainly upset answers that they are fine and keeps the hurt to themselves, leaving the other shut out.";

        NearDuplicateDetector.AreNearDuplicates(Original, other).Should().BeFalse();
    }

    [Theory]
    [InlineData("Fear of rejection", "Rejection fears")]
    [InlineData("Routine and boredom", "Boredom, routine")]
    [InlineData("Shame or guilt about sexuality", "Sexuality: guilt and shame")]
    public void NamesThatDifferOnlyInFormAndOrder_NormaliseEqual(string first, string second)
    {
        NearDuplicateDetector.NormaliseName(first).Should().Be(NearDuplicateDetector.NormaliseName(second));
    }

    [Fact]
    public void FindProblems_ReportsACraftedDuplicatePair()
    {
        var items = new[]
        {
            (Id: "barrier.one", Name: "Fear of rejection", Description: Original),
            (Id: "barrier.two", Name: "Rejection fear", Description: "Something else entirely about money and time."),
            (Id: "barrier.three", Name: "Distinct", Description: "A partner fears being turned down or judged, so stops reaching out, voicing needs or starting intimacy; past rebuffs and low self-esteem often feed the fear."),
        };

        var problems = NearDuplicateDetector.FindProblems(items, i => i.Id, i => i.Name, i => i.Description);

        problems.Should().HaveCount(2);
        problems.Should().Contain(p => p.Contains("barrier.one and barrier.two have the same name", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("barrier.one and barrier.three have near-duplicate descriptions", StringComparison.Ordinal));
    }
}
