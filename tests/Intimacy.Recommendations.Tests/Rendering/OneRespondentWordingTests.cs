using System.Text.RegularExpressions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Rendering;
using Intimacy.Recommendations.Tests.Scenarios;

namespace Intimacy.Recommendations.Tests.Rendering;

/// <summary>
/// Domain notes §5: a profile may come from one partner only. Then no output may word a step as if the
/// other partner had answered or agreed ("you both said", "your partner reports"): the Markdown and plain
/// text the CLI prints, the CDS Hooks cards, and the texts the plan carries (summaries, details, reasons,
/// findings, withheld entries, notices), in every view. Three shapes of a one-respondent profile: partner B
/// absent; partner B present with only a saved safety screen (what the WebQuestionnaire sample sends after
/// "Use my answers only"); and partner B present with every section private and nothing shared.
/// </summary>
public partial class OneRespondentWordingTests
{
    [GeneratedRegex(
        @"\b(you both|both of you|both partners|the partners|the two of you|your partner|the other partner|partner b|each partner|each of you)\s+"
        + @"(say|says|said|report|reports|reported|answer|answers|answered|told|agree|agrees|agreed|want|wants|wanted|feel|feels|felt|think|thinks|thought|chose|chosen)\b"
        + @"|\b(as|since|because) (you both|both of you|your partner|partner b|the other partner)\b"
        + @"|\bboth (said|answered|reported|told)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AssumesTheOtherAnswered();

    public static TheoryData<string> Shapes => new() { "partner B absent", "partner B with only a safety screen", "partner B answering only privately" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void NoOutput_WordsAStepAsIfTheOtherPartnerHadAnsweredOrAgreed(string shape)
    {
        var plan = Engines.Default.Recommend(Profile(shape));
        plan.AllItems.Should().Contain(i => i.Audience == ItemAudience.Couple, "the scan needs couple items to read");

        var found = Texts(plan).SelectMany(t => AssumesTheOtherAnswered().Matches(t.Text).Select(m => $"{t.Where}: \"{m.Value}\""))
            .Distinct().ToList();

        found.Should().BeEmpty();
    }

    [Fact]
    public void TheAnswersAReasonCites_AreLabelledAsReadNotAsGiven()
    {
        // A rule cites every answer it reads, given or not (so what a view shows never rests on whether a hidden
        // answer was given). Here only criticism was answered, yet the reason cites contempt, defensiveness and
        // stonewalling too: a bare "answers:" label would tell a clinician those were answered.
        var plan = Engines.Default.Recommend(CoupleProfileBuilder.Create()
            .WithPartnerA(38, a => a.Safety(Couples.ClearScreen).View(v => v with { Criticism = Frequency.VeryOften })).Build());
        plan.AllItems.SelectMany(i => i.Reasons).Should().Contain(r => r.InputPaths.Contains("$.partnerA.view.stonewalling"));

        foreach (var (where, text) in Texts(plan).Where(t => t.Where.StartsWith("Markdown", StringComparison.Ordinal) || t.Where.StartsWith("plain", StringComparison.Ordinal) || t.Where.StartsWith("CDS", StringComparison.Ordinal)))
        {
            text.Should().NotContain("; answers: ", "in the {0}", where);
        }

        PlanRenderer.ToMarkdown(plan, Audience.PartnerA).Should().Contain("; answers read: ");
    }

    [Theory]
    [InlineData("As you both said, sex has become rare.", true)]
    [InlineData("Your partner reports feeling pushed.", true)]
    [InlineData("Partner B answered that things are worse.", true)]
    [InlineData("Move up a stage only when both agree; either may stop.", false)]
    [InlineData("Before joint counselling, each partner should answer a short private safety check.", false)]
    public void TheScan_FindsWordingThatAssumesTheOtherAnswered(string text, bool assumes) =>
        AssumesTheOtherAnswered().IsMatch(text).Should().Be(assumes);

    private static IEnumerable<(string Where, string Text)> Texts(RecommendationPlan plan)
    {
        foreach (var audience in Enum.GetValues<Audience>())
        {
            yield return ($"Markdown for {audience}", PlanRenderer.ToMarkdown(plan, audience));
            yield return ($"plain text for {audience}", PlanRenderer.ToPlainText(plan, audience));
            yield return ($"CDS cards for {audience}", CdsCards.Serialize(CdsCards.CreateResponse(plan, audience)));
        }

        foreach (var item in plan.AllItems)
        {
            yield return ($"{item.InterventionId}", string.Join("\n", [item.Summary, item.Detail, .. item.Reasons.Select(r => r.Text)]));
        }

        foreach (var held in plan.Withheld)
        {
            yield return ($"withheld {held.InterventionId}", string.Join("\n", held.Reasons.Select(r => r.Text)));
        }

        foreach (var notice in plan.Notices)
        {
            yield return ($"notice {notice.GateId}", notice.Text);
        }

        foreach (var finding in plan.Findings)
        {
            yield return ($"finding {finding.Id}", finding.Title + "\n" + finding.Threshold);
        }
    }

    /// <summary>Partner A's answers call for work in every phase: emotional, affection, sexual (with a medical cause), shared time, professional help.</summary>
    private static void Respondent(IPartnerResponseBuilder a) => a
        .Safety(Couples.ClearScreen)
        .View(v => v with
        {
            SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore, DesireLevel = 4, Affection = Frequency.Rarely,
            ConflictFrequency = Frequency.Often, ConflictsResolved = Frequency.Rarely, Criticism = Frequency.Often, FeelsAppreciated = Frequency.Rarely,
            EaseTalkingAboutSex = 2, EaseTalkingAboutFeelings = 2, FeelsMisunderstood = true, AvoidsMeaningfulConversations = true,
            WithholdsFeelings = true, FeelsRejected = true, DistanceMonths = 10, Trend = Trend.Worsening, SharedActivities = Frequency.Rarely,
            Novelty = Frequency.Never, QualityTimeHoursPerWeek = 1, FeelsLikeRoommates = true,
            Satisfaction = new DimensionSatisfaction { Emotional = 2, Sexual = 1, PhysicalAffection = 2 },
        })
        .Life(l => l with { WorkHoursPerWeek = 58, CaresForChildren = true, StressLevel = 5, Exhausted = true })
        .Health(h => h with { ErectileDifficulty = true, SexualSideEffectMedication = true, HormonalChange = true })
        .Personal(p => p with { FearOfRejection = true, PerformanceAnxiety = true, BodyImageConcerns = true, LingeringResentment = true })
        .History(h => h with { SelfHelpTried = true, SelfHelpWeeks = 12, SelfHelpOutcome = SelfHelpOutcome.NoChange })
        .RelationshipScores(r => r with { Csi4 = 8 })
        .WellbeingScores(w => w with { Phq9 = 12, Phq9Item9 = 0, Gad7 = 11 });

    private static CoupleProfile Profile(string shape) => shape switch
    {
        "partner B absent" => CoupleProfileBuilder.Create().WithPartnerA(38, Respondent).Build(),
        "partner B with only a safety screen" => CoupleProfileBuilder.Create().WithPartnerA(38, Respondent)
            .WithPartnerB(40, b => b.Safety(Couples.ClearScreen)).Build(),
        _ => CoupleProfileBuilder.Create().WithPartnerA(38, Respondent).WithPartnerB(40, b => b
            .Safety(Couples.ClearScreen)
            .View(v => v with { Visibility = Visibility.Private, SexFrequencyFeeling = SexFrequencyFeeling.Content, Affection = Frequency.Sometimes })
            .Health(h => h with { Visibility = Visibility.Private, PainDuringSex = false })).Build(),
    };
}
