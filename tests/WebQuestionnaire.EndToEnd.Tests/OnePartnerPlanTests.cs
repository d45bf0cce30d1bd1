using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>
/// Scenario 6: partner B joins but does not answer; partner A answers everything and chooses "Use my
/// answers only". The shared plan and A's private view carry the library's reminder for a plan where
/// only one partner answered: its notice under "Safety first" and a safety screening for partner B.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OnePartnerPlanTests(WebAppFixture app, ITestOutputHelper output)
{
    /// <summary>The library's notices for a profile where only partner A answered and nothing they said calls for one.</summary>
    private static IReadOnlyList<string> Reminder { get; } = RecommendationEngine.CreateDefault()
        .Recommend(CoupleProfileBuilder.Create()
            .WithPartnerA(41, a => a.Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
            .Build())
        .ForAudience(Audience.Couple).Notices.Select(n => n.Text).ToList();

    [BrowserFact]
    public async Task A_plan_from_one_partners_answers_shows_the_librarys_reminder_to_screen_the_other_partner()
    {
        const string test = nameof(A_plan_from_one_partners_answers_shows_the_librarys_reminder_to_screen_the_other_partner);
        var (a, b) = await Couples.SeatBothAsync(app, output, test);
        await using var partnerA = a;
        await using var partnerB = b;
        Reminder.Should().NotBeEmpty("the library reminds the couple that the partner who did not answer is not screened");

        await a.AnswerAllStepsAsync(Answers.ViewA, Answers.ScreensCalm, Answers.SafetyClear);
        await a.Page.GetByRole(AriaRole.Button, new() { Name = "Use my answers only" }).ClickAsync();
        await a.WaitForPageAsync(new System.Text.RegularExpressions.Regex("/plan$"), "Your shared plan");

        foreach (var (partner, page, forB) in new[] { (a, "/plan", "For partner B"), (b, "/plan", "For partner B"), (a, "/mine", "For your partner") })
        {
            await partner.OpenAsync(page);
            var notices = partner.Page.Locator("#safety-first");
            await Expect(notices).ToBeVisibleAsync();
            await Expect(notices.GetByRole(AriaRole.Alert)).ToHaveTextAsync([.. Reminder]);
            var screening = partner.Page.Locator("#support .plan-item[data-intervention='intervention.safety-screening']");
            await Expect(screening).ToHaveCountAsync(1);
            await Expect(screening.Locator(".for")).ToHaveTextAsync(forB);
            (await partner.InterventionsAsync()).Should().NotContain("intervention.couples-therapy", "partner B has not been screened for safety");
            await partner.User.ScreenshotAsync("one-partner" + page.Replace('/', '-'));
        }

        a.User.Errors.Should().BeEmpty();
        b.User.Errors.Should().BeEmpty();
    }
}
