using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Sources;
using Intimacy.Recommendations.Planning;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found in the output-format review: a plan item's summary was cut at a fixed length, so an app
/// intervention with an emoji (or an accented letter written as two characters) at the cut ended in half
/// of it, which JSON writes as a replacement character and strict UTF-8 encoders refuse.
/// </summary>
public class ItemSummaryTests
{
    private static readonly Source AppSource = new("source.app-test", "An app's own leaflet (test)", null, null, SourceKind.Guideline, EvidenceLevel.PractitionerAdvice);

    [Theory]
    [InlineData("\U0001F91D")]
    [InlineData("e\u0301")]
    public void ALongSummary_IsCutBetweenWholeCharacters(string character)
    {
        for (var shift = 0; shift < 4; shift++)
        {
            // The name and the description's first sentence put the character across the cut at several offsets.
            var description = new string('x', 80 + shift) + string.Concat(Enumerable.Repeat(character, 20)) + ". Second sentence.";
            var intervention = new Intervention(
                "intervention.app-long", "A long app intervention", description, InterventionKind.Resource, InterventionActor.CoupleTogether,
                PlanStage.EmotionalFoundation, [IntimacyDimension.Emotional], [AppSource.At("app text")]);

            var summary = new InterventionIndex([intervention]).Get(intervention.Id).Summary;

            summary.Length.Should().BeLessThan(140);
            summary.Should().EndWith("...");
            var kept = summary[..^3];
            char.IsHighSurrogate(kept[^1]).Should().BeFalse("no half of a surrogate pair may end the summary (shift {0})", shift);
            description.Should().StartWith(kept[(intervention.Name.Length + 2)..], "the cut keeps whole characters of the text (shift {0})", shift);
            if (character.Length == 2 && !char.IsSurrogate(character[0]))
            {
                kept[^1].Should().NotBe(character[0], "a letter is not parted from its accent (shift {0})", shift);
            }
        }
    }
}
