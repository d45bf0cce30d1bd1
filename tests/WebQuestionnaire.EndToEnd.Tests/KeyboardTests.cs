using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>
/// Scenario 4: the first step can be completed with the keyboard alone (Tab, typing, Space, arrow
/// keys, Enter), every stop shows where the focus is, and an error is reached from the summary.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(WebAppFixture app, ITestOutputHelper output)
{
    private const string ActiveElement = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const s = getComputedStyle(e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== 'rgba(0, 0, 0, 0)';
            const shadow = s.boxShadow && s.boxShadow !== 'none';
            return JSON.stringify({
                tag: e.tagName.toLowerCase(), id: e.id, name: e.getAttribute('name') || '', type: e.getAttribute('type') || '',
                text: (e.innerText || e.value || '').trim().slice(0, 60), checked: !!e.checked, href: e.getAttribute('href') || '',
                focusVisible: e.matches(':focus-visible'), indicator: outline || shadow,
                style: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ' / ' + s.boxShadow });
        }
        """;

    [BrowserFact]
    public async Task The_first_step_can_be_completed_with_the_keyboard_alone_with_a_visible_focus()
    {
        const string test = nameof(The_first_step_can_be_completed_with_the_keyboard_alone_with_a_visible_focus);
        await using var a = await app.NewPartnerAsync("A", output, test);
        await a.StartTogetherAsync();
        await a.OpenAsync("/view");
        var keyboard = a.Page.Keyboard;

        var stop = await TabUntilAsync(a, f => f.Id == "ageYears", "the age field");
        await keyboard.TypeAsync("38");
        await a.User.ScreenshotAsync("focus-on-age");

        stop = await TabAsync(a);
        stop.Id.Should().Be("sexPerYear", "the next field after age");
        await keyboard.TypeAsync("6");

        // Into the radio group: Space picks the focused option, the arrow key moves to and picks the next one.
        stop = await TabAsync(a);
        stop.Name.Should().Be("sexFrequencyFeeling");
        await keyboard.PressAsync("Space");
        (await FocusedAsync(a))!.Checked.Should().BeTrue("Space picks the focused option");
        await keyboard.PressAsync("ArrowDown");
        stop = (await FocusedAsync(a))!;
        stop.Id.Should().Be("sexFrequencyFeeling-wantsMore");
        stop.Checked.Should().BeTrue("the arrow key moves within the group and picks");
        await a.User.ScreenshotAsync("focus-on-radio");

        // One Tab per remaining group, up to the submit button; then Enter.
        stop = await TabUntilAsync(a, f => f.Tag == "button" && f.Text == "Save and continue", "Save and continue");
        await a.User.ScreenshotAsync("focus-on-submit");
        await keyboard.PressAsync("Enter");
        await a.WaitForPageAsync(a.SessionPage("/screens"), Answers.ScreensHeading);
        (await a.HeadingAsync()).Should().Be(Answers.ScreensHeading);
        a.User.Errors.Should().BeEmpty();
    }

    [BrowserFact]
    public async Task An_error_is_announced_in_a_summary_whose_link_takes_the_keyboard_to_the_field()
    {
        const string test = nameof(An_error_is_announced_in_a_summary_whose_link_takes_the_keyboard_to_the_field);
        await using var a = await app.NewPartnerAsync("A", output, test);
        await a.StartTogetherAsync();
        await a.OpenAsync("/view");

        await TabUntilAsync(a, f => f.Id == "ageYears", "the age field");
        await a.Page.Keyboard.TypeAsync("12");
        await a.Page.Keyboard.PressAsync("Enter");
        await a.Page.WaitForLoadStateAsync(LoadState.Load);

        var summary = a.Page.Locator("#error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToHaveAttributeAsync("role", "alert");
        await Expect(summary.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        var age = a.Page.Locator("#ageYears");
        await Expect(age).ToHaveAttributeAsync("aria-invalid", "true");
        (await age.GetAttributeAsync("aria-describedby")).Should().Contain("ageYears-error");
        await Expect(a.Page.Locator("#ageYears-error")).ToBeVisibleAsync();
        (await a.Page.Locator("#ageYears-error").InnerTextAsync()).Should().NotContain("12", "messages never repeat the value entered");
        await a.User.ScreenshotAsync("error-state");

        await TabUntilAsync(a, f => f.Tag == "a" && f.Href == "#ageYears", "the summary's link to the age field");
        await a.Page.Keyboard.PressAsync("Enter");
        (await FocusedAsync(a))!.Id.Should().Be("ageYears", "the summary link moves the focus to the field");
        a.User.Errors.Should().BeEmpty();
    }

    private async Task<Focus> TabUntilAsync(Partner partner, Func<Focus, bool> target, string what)
    {
        for (var i = 0; i < 60; i++)
        {
            var focus = await TabAsync(partner);
            if (target(focus))
            {
                return focus;
            }
        }

        throw new Xunit.Sdk.XunitException($"Tab never reached {what} on {partner.Page.Url}");
    }

    private async Task<Focus> TabAsync(Partner partner)
    {
        await partner.Page.Keyboard.PressAsync("Tab");
        var focus = await FocusedAsync(partner);
        focus.Should().NotBeNull("Tab moves the focus to an element on the page");
        output.WriteLine($"Tab -> {focus}");
        focus!.Indicator.Should().BeTrue($"the focused {focus.Tag} #{focus.Id} '{focus.Text}' must show a visible focus indicator ({focus.Style})");
        return focus;
    }

    private static async Task<Focus?> FocusedAsync(Partner partner)
    {
        var json = await partner.Page.EvaluateAsync<string?>(ActiveElement);
        return json is null ? null : JsonSerializer.Deserialize<Focus>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
    }

    private sealed record Focus(string Tag, string Id, string Name, string Type, string Text, bool Checked, bool FocusVisible, bool Indicator, string Style, string Href = "");
}
