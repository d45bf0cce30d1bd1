using Intimacy.Core.Profiles;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Generation;

/// <summary>
/// What docs/scenario-format.md promises about unknown shares of couple fields, the order of adjustments and
/// the rounding of whole-number answers, checked on small scenarios whose outcome is known by hand.
/// </summary>
public class GenerationSemanticsTests
{
    private const int Profiles = 4000;

    [Fact]
    public void AFieldsUnknownShare_AppliesToACouplesField_TooAsTheTopLevelShareDoes()
    {
        // relationship.lengthYears is drawn once per couple; its own unknown share 0.5 and, in the second scenario,
        // the top-level unknownShare 0.3 leave about that share of couples without it (sd of the share about 0.008).
        var own = Generator("  relationship.lengthYears: { distribution: constant, value: 5, unknown: 0.5 }\n");
        var shared = Generator("  relationship.lengthYears: { distribution: constant, value: 5 }\n", "unknownShare: 0.3\n");

        UnknownShare(own).Should().BeApproximately(0.5, 0.04);
        UnknownShare(shared).Should().BeApproximately(0.3, 0.04);

        static double UnknownShare(ProfileGenerator generator) =>
            Enumerable.Range(0, Profiles).Count(i => generator.Generate(i).Relationship?.LengthYears is null) / (double)Profiles;
    }

    [Fact]
    public void OnATrueFalseField_ScaleThenShift_ChangeTheProbability_InThatOrder()
    {
        // p = 0.5 * 0.2 + 0.5 = 0.6 (shifting first would give (0.5 + 0.5) * 0.2 = 0.2); sd of the share about 0.008.
        var generator = Generator(
            "  view.feelsRejected: { distribution: bernoulli, p: 0.5 }\n"
            + "adjustments:\n  - when: ageYears >= 0\n    then:\n      view.feelsRejected: { scale: 0.2, shift: 0.5 }\n");

        var share = Enumerable.Range(0, Profiles).Count(i => generator.Generate(i).PartnerA.View!.FeelsRejected == true) / (double)Profiles;

        share.Should().BeApproximately(0.6, 0.04);
    }

    [Fact]
    public void OfTwoWeightsRedrawsThatHold_TheLaterInFileOrderWins()
    {
        // Adjustments apply in file order, so the second redraw replaces the first: every answer is improving.
        var generator = Generator(
            "  view.trend: { distribution: categorical, weights: { stable: 1 } }\n"
            + "adjustments:\n"
            + "  - when: ageYears >= 0\n    then:\n      view.trend: { weights: { worsening: 1 } }\n"
            + "  - when: ageYears >= 0\n    then:\n      view.trend: { weights: { improving: 1 } }\n");

        Enumerable.Range(0, 200).Select(i => generator.Generate(i).PartnerA.View!.Trend).Should().OnlyContain(t => t == Trend.Improving);
    }

    [Fact]
    public void AWholeNumberAnswerHalfwayBetweenTwoNumbers_IsRoundedAwayFromZero()
    {
        // 5 sex acts a year halved is 2.5, written as 3 (not 2, as rounding half to even would give).
        var generator = Generator(
            "  view.sexPerYear: { distribution: constant, value: 5 }\n"
            + "adjustments:\n  - when: ageYears >= 0\n    then:\n      view.sexPerYear: { scale: 0.5 }\n");

        Enumerable.Range(0, 20).Select(i => generator.Generate(i).PartnerA.View!.SexPerYear).Should().OnlyContain(n => n == 3);
    }

    private static ProfileGenerator Generator(string fields, string top = "") => new(
        ScenarioLoader.Parse("name: t\n" + top + "fields:\n  ageYears: { distribution: normal, mean: 40, sd: 10 }\n" + fields, ScenarioFormat.Yaml),
        seed: 5);
}
