namespace WebQuestionnaire.Tests;

/// <summary>Form answers for the three steps, as a partner would give them.</summary>
public static class Answers
{
    public static Dictionary<string, string> View(int age = 38, Action<Dictionary<string, string>>? edit = null)
    {
        var view = new Dictionary<string, string>
        {
            ["ageYears"] = age.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sexPerYear"] = "6",
            ["sexFrequencyFeeling"] = "wantsMore",
            ["desireLevel"] = "4",
            ["affection"] = "rarely",
            ["feelsLikeRoommates"] = "yes",
            ["conflictFrequency"] = "often",
            ["conflictsResolved"] = "rarely",
            ["contempt"] = "sometimes",
            ["feelsAppreciated"] = "rarely",
            ["feelsPressured"] = "no",
            ["feelsRejected"] = "yes",
            ["feelsEmotionallySafe"] = "unknown",
            ["easeTalkingAboutSex"] = "2",
            ["trend"] = "worsening",
        };
        edit?.Invoke(view);
        return view;
    }

    /// <summary>CSI-4 of 8 (distress), PHQ-2 and GAD-2 given, and the self-harm question.</summary>
    public static Dictionary<string, string> Screens(string selfHarmThoughts = "no") => new()
    {
        ["csi1"] = "2",
        ["csi2"] = "2",
        ["csi3"] = "2",
        ["csi4"] = "2",
        ["phq1"] = "1",
        ["phq2"] = "1",
        ["gad1"] = "1",
        ["gad2"] = "0",
        ["selfHarmThoughts"] = selfHarmThoughts,
        ["selfHarmPlan"] = "no",
        ["recentSelfHarmAttempt"] = "no",
    };

    public static Dictionary<string, string> Safety(bool violence = false)
    {
        var answer = violence ? "yes" : "no";
        return new()
        {
            ["experiencesViolence"] = answer,
            ["fearsPartner"] = answer,
            ["coerciveControl"] = answer,
            ["threatsToKill"] = "no",
            ["strangulation"] = "no",
            ["weapon"] = "no",
            ["violenceEscalating"] = "no",
        };
    }

    /// <summary>Saves all three steps through the forms, checking each redirect.</summary>
    public static async Task CompleteAsync(this Browser browser, string hub, Dictionary<string, string> view, Dictionary<string, string> screens, Dictionary<string, string> safety)
    {
        (await browser.SubmitAsync(hub + "/view", view)).Location.Should().Be(hub + "/screens");
        (await browser.SubmitAsync(hub + "/screens", screens)).Location.Should().Be(hub + "/safety");
        (await browser.SubmitAsync(hub + "/safety", safety)).Location.Should().Be(hub);
    }
}
