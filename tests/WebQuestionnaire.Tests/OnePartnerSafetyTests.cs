using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace WebQuestionnaire.Tests;

/// <summary>
/// A plan from one partner's answers ("Use my answers only") still honours the safety gates the
/// other partner's saved private answers trigger, in every view, with the privacy a plan from both
/// partners has: the shared page and the chooser's own view never say what was disclosed or why
/// items are missing, and the partner who disclosed still sees their help on their own view.
/// </summary>
public sealed class OnePartnerSafetyTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private const string Joint = "<span class=\"for\">For both of you</span>";

    /// <summary>The questions of the private safety step whose "yes" applies row 2 (and, for the danger signs, row 1).</summary>
    public static TheoryData<string> Disclosures => new()
    {
        "experiencesViolence",
        "fearsPartner",
        "coerciveControl",
        "threatsToKill",
        "strangulation",
        "weapon",
        "violenceEscalating",
    };

    private static Dictionary<string, string> SafetyWith(string field)
    {
        var safety = Answers.Safety();
        safety[field] = "yes";
        if (field is "strangulation" or "violenceEscalating")
        {
            // "No violence" with these would be a contradiction the step refuses; left unanswered instead.
            safety["experiencesViolence"] = "unknown";
        }

        return safety;
    }

    private static Dictionary<string, string> ScreensWith(string field)
    {
        var screens = Answers.Screens(selfHarmThoughts: "yes");
        screens[field] = "yes";
        return screens;
    }

    /// <summary>The pages partner A sees (shared plan, own view) and the shared plan as B sees it, each without session ids and tokens.</summary>
    private sealed record Pages(string Shared, string ChooserMine, string SharedForOther, string OtherMine);

    /// <summary>
    /// Partner A answers everything with nothing to disclose and chooses "Use my answers only";
    /// partner B saves <paramref name="bSteps"/> (and no more), before or after that choice.
    /// </summary>
    private async Task<Pages> SoloPlanAsync(IEnumerable<(string Step, Dictionary<string, string> Form)> bSteps, bool otherSavesFirst = false, WebAppFactory? app = null)
    {
        using var a = (app ?? factory).NewBrowser();
        using var b = (app ?? factory).NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);

        async Task OtherSaves()
        {
            foreach (var (step, form) in bSteps)
            {
                var saved = await b.SubmitAsync(hub + "/" + step, form);
                saved.Status.Should().Be(System.Net.HttpStatusCode.Redirect, $"partner B's {step} step should save");
            }
        }

        if (otherSavesFirst)
        {
            await OtherSaves();
        }

        await a.CompleteAsync(hub, Answers.View(41), Answers.Screens(), Answers.Safety());
        (await a.SubmitAsync(hub, [], action: hub + "/solo")).Location.Should().Be(hub + "/plan");
        if (!otherSavesFirst)
        {
            await OtherSaves();
        }

        string Clean(string html) => Regex.Replace(html.Replace(hub, "/c/{id}", StringComparison.Ordinal), "value=\"[^\"]{40,}\"", "value=\"{token}\"");
        var shared = await a.GetAsync(hub + "/plan");
        shared.Html.Should().Contain("<h1>Your shared plan</h1>");
        return new Pages(
            Clean(shared.Html),
            Clean((await a.GetAsync(hub + "/mine")).Html),
            Clean((await b.GetAsync(hub + "/plan")).Html),
            Clean((await b.GetAsync(hub + "/mine")).Html));
    }

    /// <summary>
    /// The notices the library gives the couple when only one partner answered and nothing they said calls
    /// for one: its reminder that the other partner has not been screened for safety.
    /// </summary>
    private IReadOnlyList<string> OneRespondentReminder()
    {
        var engine = factory.Services.GetRequiredService<IRecommendationEngine>();
        var oneRespondent = CoupleProfileBuilder.Create()
            .WithPartnerA(41, a => a.Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
            .Build();
        var notices = engine.Recommend(oneRespondent).ForAudience(Audience.Couple).Notices.Select(n => n.Text).ToList();
        notices.Should().NotBeEmpty("the library reminds the couple that the partner who did not answer is not screened");
        return notices;
    }

    /// <summary>The texts of the notices in a page's <c>#safety-first</c> section; empty when it has none.</summary>
    private static IReadOnlyList<string> NoticesOn(string html)
    {
        var section = Regex.Match(html, "<section id=\"safety-first\".*?</section>", RegexOptions.Singleline);
        return section.Success
            ? [.. Regex.Matches(section.Value, "<p class=\"safety-notice\" role=\"alert\">([^<]*)</p>").Select(m => m.Groups[1].Value)]
            : [];
    }

    private void ShowsNothingOfIt(string html)
    {
        NoticesOn(html).Should().Equal(OneRespondentReminder().Select(HtmlEncoder.Default.Encode),
            "beyond the library's reminder about the partner who did not answer, a notice would say that something was disclosed");
        html.Should().NotContain("id=\"withheld\"", "withheld items would say why joint work is missing")
            .And.NotContain("id=\"urgent\"")
            .And.NotContain("gate.")
            .And.NotContain("intervention.safety-planning")
            .And.NotContain("intervention.emergency-services")
            .And.NotContain("intervention.crisis-line")
            .And.NotContain("intervention.specialist-screening");
    }

    [Theory]
    [MemberData(nameof(Disclosures))]
    public async Task TheOtherPartnersSavedDisclosure_VetoesJointItems_OnEveryViewOfTheOnePartnerPlan(string field)
    {
        // B saved only the private safety step: no age, no view, no check-ins.
        var pages = await SoloPlanAsync([("safety", SafetyWith(field))]);

        foreach (var html in new[] { pages.Shared, pages.ChooserMine, pages.SharedForOther })
        {
            html.Should().NotContain(Joint, "no joint item may be suggested while violence, fear or coercion is disclosed")
                .And.NotContain("intervention.sensate-focus")
                .And.NotContain("intervention.couples-therapy")
                .And.NotContain("intervention.sex-therapy");
            ShowsNothingOfIt(html);
        }

        pages.OtherMine.Should().Contain("id=\"safety-first\"", "the partner who disclosed still sees their help first");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheVetoHolds_WhicheverPartnerSavedFirst(bool otherSavesFirst)
    {
        var pages = await SoloPlanAsync([("view", Answers.View(33)), ("safety", Answers.Safety(violence: true))], otherSavesFirst);

        pages.Shared.Should().NotContain(Joint);
        pages.ChooserMine.Should().NotContain(Joint);
        ShowsNothingOfIt(pages.Shared);
        ShowsNothingOfIt(pages.ChooserMine);
        pages.OtherMine.Should().Contain("data-intervention=\"intervention.safety-planning\"");
    }

    [Theory]
    [InlineData("selfHarmPlan")]
    [InlineData("recentSelfHarmAttempt")]
    public async Task TheOtherPartnersImminentSelfHarmRisk_DefersJointItems(string field)
    {
        // B saved only the check-ins step, where the self-harm questions are.
        var pages = await SoloPlanAsync([("screens", ScreensWith(field))]);

        foreach (var html in new[] { pages.Shared, pages.ChooserMine })
        {
            html.Should().NotContain(Joint);
            ShowsNothingOfIt(html);
        }

        pages.OtherMine.Should().Contain("data-intervention=\"intervention.emergency-services\"");
    }

    [Fact]
    public async Task TheOtherPartnersThoughtsOfSelfHarm_HoldBackSexualItems()
    {
        var pages = await SoloPlanAsync([("screens", ScreensWith("selfHarmThoughts"))]);

        foreach (var html in new[] { pages.Shared, pages.ChooserMine })
        {
            html.Should().NotContain("id=\"phase-sexualreconnection\"", "row 3 holds back every sexual item")
                .And.NotContain("intervention.sensate-focus")
                .And.NotContain("intervention.sex-therapy");
            html.Should().Contain(Joint, "row 3 does not hold back joint work that is not sexual");
            ShowsNothingOfIt(html);
        }

        pages.OtherMine.Should().Contain("data-intervention=\"intervention.crisis-line\"");
    }

    [Fact]
    public async Task WhichDisclosure_IsNotShown_ToTheChooserOrOnTheSharedPage()
    {
        var seen = new List<Pages>();
        foreach (var field in new[] { "experiencesViolence", "fearsPartner", "coerciveControl" })
        {
            seen.Add(await SoloPlanAsync([("safety", SafetyWith(field))]));
        }

        seen.Select(p => p.Shared).Distinct().Should().ContainSingle("the shared page must not tell the disclosures apart");
        seen.Select(p => p.ChooserMine).Distinct().Should().ContainSingle("the chooser's view must not tell the disclosures apart");
    }

    [Fact]
    public async Task HowFarTheOtherPartnerGot_IsNotShown_WhenNothingTheySavedTriggersAGate()
    {
        var unknownSafety = Answers.Safety().ToDictionary(kv => kv.Key, _ => "unknown");
        var seen = new List<Pages>
        {
            await SoloPlanAsync([]),
            await SoloPlanAsync([("view", Answers.View(33))]),
            await SoloPlanAsync([("screens", Answers.Screens())]),
            await SoloPlanAsync([("safety", unknownSafety)]),
        };

        seen.Select(p => p.Shared).Distinct().Should().ContainSingle("the shared page must not show which steps the other partner saved");
        seen.Select(p => p.ChooserMine).Distinct().Should().ContainSingle("the chooser's view must not show which steps the other partner saved");
        foreach (var html in new[] { seen[0].Shared, seen[0].ChooserMine })
        {
            html.Should().NotContain("intervention.couples-therapy", "the other partner has not been screened for safety (row 6)")
                .And.NotContain("intervention.sex-therapy")
                .And.Contain(Joint, "exercises together are not held back by a missing screen alone");
        }
    }

    [Fact]
    public async Task TheLibrarysOneRespondentReminder_IsOnTheSharedPageAndTheChoosersView()
    {
        var pages = await SoloPlanAsync([]);
        var reminder = OneRespondentReminder().Select(HtmlEncoder.Default.Encode).ToList();

        foreach (var html in new[] { pages.Shared, pages.ChooserMine, pages.SharedForOther })
        {
            NoticesOn(html).Should().Equal(reminder, "the library reminds a couple that the partner who did not answer is not screened for safety");
        }

        // With the safety screening the library asks for that partner, named from the seats.
        ForOf(pages.Shared, "intervention.safety-screening").Should().Be("For partner B");
        ForOf(pages.SharedForOther, "intervention.safety-screening").Should().Be("For partner B");
        ForOf(pages.ChooserMine, "intervention.safety-screening").Should().Be("For your partner");
        foreach (var html in new[] { pages.Shared, pages.ChooserMine })
        {
            var support = Regex.Match(html, "<section id=\"support\".*?</section>", RegexOptions.Singleline).Value;
            support.Should().Contain("data-intervention=\"intervention.safety-screening\"", "the screening is professional help, on the support track");
        }
    }

    [Theory]
    [InlineData("nothing")]
    [InlineData("the view step")]
    [InlineData("a clear safety screen")]
    [InlineData("a disclosure")]
    public async Task TheReminder_IsTheSame_WhateverTheOtherPartnerSaved(string saved)
    {
        List<(string Step, Dictionary<string, string> Form)> steps = saved switch
        {
            "nothing" => [],
            "the view step" => [("view", Answers.View(33))],
            "a clear safety screen" => [("screens", Answers.Screens()), ("safety", Answers.Safety())],
            _ => [("safety", Answers.Safety(violence: true))],
        };

        var pages = await SoloPlanAsync(steps);

        NoticesOn(pages.Shared).Should().Equal(OneRespondentReminder().Select(HtmlEncoder.Default.Encode), "the reminder rests on the chooser's answers alone");
        NoticesOn(pages.ChooserMine).Should().Equal(OneRespondentReminder().Select(HtmlEncoder.Default.Encode));
        ForOf(pages.ChooserMine, "intervention.safety-screening").Should().Be("For your partner");
    }

    [Fact]
    public async Task TheAddedScreening_ComesBeforeJointProfessionalHelp_AsTheLibraryRanksIt()
    {
        // Partner B saved a clear safety screen, so the library's plan keeps couples therapy for the distressed
        // couple; the reminder's screening for partner B is added, and the library's ranking rule (a safety
        // screening before any joint professional route) must hold on the page too, even where an app rule
        // ranks couples therapy above the screening's own priority. (It does because the sample places the
        // screening by the priority the library's ranking gave it in the chooser-alone plan.)
        var engine = new RecommendationEngineBuilder().AddRules(typeof(RankCouplesTherapyHigh)).Build();
        using var app = new WebAppFactory(new Dictionary<string, string?>(), services: s => s.AddSingleton<IRecommendationEngine>(engine));
        var pages = await SoloPlanAsync([("screens", Answers.Screens()), ("safety", Answers.Safety())], app: app);

        foreach (var html in new[] { pages.Shared, pages.ChooserMine })
        {
            var support = Regex.Match(html, "<section id=\"support\".*?</section>", RegexOptions.Singleline).Value;
            var order = Regex.Matches(support, "data-intervention=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            order.Should().Contain("intervention.couples-therapy", "the couple is distressed and both partners' safety answers are clear");
            order.IndexOf("intervention.safety-screening").Should().BeLessThan(order.IndexOf("intervention.couples-therapy"),
                "a safety screening comes before joint professional help");
        }
    }

    /// <summary>An app rule that proposes couples therapy at priority 97, above the safety screening's 90, on shared answers.</summary>
    [Intimacy.Rules.Fluent.Dsl.Name("App.RankCouplesTherapyHigh")]
    public sealed class RankCouplesTherapyHigh : Intimacy.Rules.Fluent.Dsl.Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            CoupleProfile profile = null!;

            When()
                .Match(() => profile, p => p.PartnerA.RelationshipScores != null && p.PartnerA.RelationshipScores.Csi4 != null);
            Then()
                .Do(ctx => ctx.Insert(new Intimacy.Recommendations.Facts.Candidate("intervention.couples-therapy", 97, ItemAudience.Couple, new Reason
                {
                    RuleName = "App.RankCouplesTherapyHigh",
                    Text = "The clinic ranks couples therapy first for distressed couples.",
                    InputPaths = new[] { "$.partnerA.relationshipScores.csi4" },
                    Disclosure = Disclosure.Shared,
                })));
        }
    }

    private static string ForOf(string html, string interventionId)
    {
        var articles = Regex.Matches(html, $"<article[^>]*data-intervention=\"{Regex.Escape(interventionId)}\".*?</article>", RegexOptions.Singleline);
        articles.Should().ContainSingle($"{interventionId} should be on the page once");
        return Regex.Match(articles[0].Value, "<span class=\"for\">([^<]*)</span>").Groups[1].Value;
    }

    [Fact]
    public async Task TheSharedPage_SaysWhatTheOnePartnerPlanDrawsOn_InFixedWords()
    {
        var pages = await SoloPlanAsync([("safety", Answers.Safety(violence: true))]);
        var quiet = await SoloPlanAsync([]);

        pages.Shared.Should().Contain("This plan comes from one partner's answers.");
        Regex.Match(pages.Shared, "<p class=\"notice\">.*?</p>", RegexOptions.Singleline).Value
            .Should().Be(Regex.Match(quiet.Shared, "<p class=\"notice\">.*?</p>", RegexOptions.Singleline).Value, "the words do not depend on anything answered");
    }
}
