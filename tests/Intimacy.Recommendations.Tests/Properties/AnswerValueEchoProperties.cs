using System.Text.RegularExpressions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Rendering;

namespace Intimacy.Recommendations.Tests.Properties;

/// <summary>
/// Plans carry ids, titles, paths and the rules' thresholds, never an answer's value: with every free-ranging score and
/// count of generated profiles set to a distinctive value, no output of any view (the clinician's included) and no
/// <c>ToString()</c> of a plan, finding, reason or item repeats it. A plan an app logs or sends on says what was found,
/// not what a partner answered.
/// </summary>
public partial class AnswerValueEchoProperties
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    // Distinctive values inside each answer's range; the doubles have more decimals than any threshold.
    private static CoupleProfile Marked(CoupleProfile profile) => profile with
    {
        PartnerA = Mark(profile.PartnerA, 0),
        PartnerB = profile.PartnerB is { } b ? Mark(b, 1) : null,
    };

    private static PartnerResponse Mark(PartnerResponse partner, int which) => partner with
    {
        View = partner.View is { } v ? v with { SexPerYear = v.SexPerYear is null ? null : 863 + which, DistanceMonths = v.DistanceMonths is null ? null : 577 + which } : null,
        History = partner.History is { } h ? h with { SelfHelpWeeks = h.SelfHelpWeeks is null ? null : 509 + which } : null,
        RelationshipScores = partner.RelationshipScores is { } r ? r with
        {
            Das = r.Das is null ? null : 149 - which,
            Csi32 = r.Csi32 is null ? null : 157 - which,
            EcrrAnxiety = r.EcrrAnxiety is null ? null : 3.4567 + which,
            EcrrAvoidance = r.EcrrAvoidance is null ? null : 5.4321 - which,
        } : null,
        WellbeingScores = partner.WellbeingScores is { } w ? w with { Fsfi = w.Fsfi is null ? null : 23.4567 + which } : null,
    };

    private static readonly string[] Markers = ["863", "864", "577", "578", "509", "510", "149", "148", "157", "156", "3.4567", "4.4567", "5.4321", "4.4321", "23.4567", "24.4567", "3,4567", "23,4567", "3.46", "23.46", "5.43"];

    [GeneratedRegex(@"(?<![0-9A-Za-z.,])(863|864|577|578|509|510|149|148|157|156|3[.,]4567|4[.,]4567|5[.,]4321|4[.,]4321|23[.,]4567|24[.,]4567|3[.,]46|23[.,]46|5[.,]43)(?![0-9])")]
    private static partial Regex Echo();

    [Fact]
    public void NoOutputOfAnyView_RepeatsAScoreOrCountAnswered()
    {
        var profiles = PropertySample.GenerateProfiles(20261207, 400).Select(Marked).Where(p => ProfileValidator.Validate(p).IsValid).ToList();
        profiles.Should().HaveCountGreaterThan(100, "the marked profiles must mostly stay valid");
        profiles.Count(p => p.PartnerA.WellbeingScores?.Fsfi is not null).Should().BeGreaterThan(10, "FSFI scores must be marked");
        profiles.Count(p => p.PartnerA.RelationshipScores?.Das is not null || p.PartnerA.RelationshipScores?.EcrrAnxiety is not null).Should().BeGreaterThan(10, "relationship scores must be marked");
        profiles.Count(p => p.PartnerA.View?.SexPerYear is not null).Should().BeGreaterThan(10, "counts must be marked");
        var echoes = new List<string>();
        foreach (var profile in profiles)
        {
            var plan = Engine.Recommend(profile);
            foreach (var audience in Enum.GetValues<Audience>())
            {
                var view = plan.ForAudience(audience);
                var outputs = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["plan JSON"] = WithoutStamp(PlanJson.Serialize(view)),
                    ["CDS Hooks response"] = WithoutStamp(CdsCards.Serialize(CdsCards.CreateResponse(plan, audience))),
                    ["Markdown"] = WithoutStamp(PlanRenderer.ToMarkdown(plan, audience)),
                    ["plain text"] = WithoutStamp(PlanRenderer.ToPlainText(plan, audience)),
                    ["ToString of the plan, its findings, reasons and items"] = string.Join("|", new object[] { view }
                        .Concat(view.Findings).Concat(view.Notices).Concat(view.Urgent).Concat(view.Support).Concat(view.Withheld)
                        .Concat(view.Phases.SelectMany(p => p.Items)).Concat(view.Urgent.Concat(view.Support).SelectMany(i => i.Reasons))),
                };
                foreach (var (name, text) in outputs)
                {
                    if (Echo().Match(text) is { Success: true } match)
                    {
                        echoes.Add($"{audience} {name}: '{match.Value}' in …{text[Math.Max(0, match.Index - 150)..Math.Min(text.Length, match.Index + 60)]}…");
                    }
                }
            }
        }

        echoes.Distinct().Should().BeEmpty();
    }

    // Hashes, card uuids and the sources' addresses (DOIs) hold digits no answer chose.
    private static string WithoutStamp(string text) => Hex().Replace(text, "<id>");

    [GeneratedRegex(@"[0-9a-f]{12,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|https?://[^\s""<>)\]]+|\b10\.\d{4,}/[^\s""<>)\]]+")]
    private static partial Regex Hex();
}
