using System.Globalization;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Pages;

/// <summary>One audience's view of a plan, ready for the plan partials, with the words they use.</summary>
/// <param name="Plan">The view, already narrowed with <see cref="RecommendationPlan.ForAudience"/>.</param>
/// <param name="Source">Where the profile came from, to name partners by seat.</param>
/// <param name="Viewer">The seat looking at a private view; <see langword="null"/> for the shared view.</param>
internal sealed record PlanView(RecommendationPlan Plan, CouplePlan Source, Seat? Viewer)
{
    public static IReadOnlyList<PlanStage> PhaseOrder { get; } =
        [PlanStage.EmotionalFoundation, PlanStage.NonSexualAffection, PlanStage.SexualReconnection, PlanStage.Maintenance];

    public static string StageName(PlanStage stage) => stage switch
    {
        PlanStage.Urgent => "Urgent",
        PlanStage.EmotionalFoundation => "Emotional foundation",
        PlanStage.NonSexualAffection => "Affection without sex",
        PlanStage.SexualReconnection => "Sexual reconnection",
        PlanStage.Maintenance => "Keeping it going",
        PlanStage.Support => "Support",
        _ => stage.ToString(),
    };

    public static string PhaseHeading(PlanStage stage)
    {
        var step = PhaseOrder.ToList().IndexOf(stage) + 1;
        return step > 0 ? string.Create(CultureInfo.InvariantCulture, $"Step {step}: {StageName(stage)}") : StageName(stage);
    }

    public static string IndicatorName(Indicator indicator) => indicator switch
    {
        Indicator.Critical => "critical",
        Indicator.Warning => "warning",
        _ => "info",
    };

    /// <summary>Who an item is for, said from the viewer's side.</summary>
    public string For(ItemAudience audience)
    {
        if (audience == ItemAudience.Couple)
        {
            return "For both of you";
        }

        var seat = Source.SeatOf(audience);
        if (Viewer is { } viewer && seat is { } s)
        {
            return s == viewer ? "For you" : "For your partner";
        }

        return seat is { } named ? "For partner " + named : "For one of you";
    }

    /// <summary>A contact's web address when it is an absolute http(s) address; anything else is not linked.</summary>
    /// <remarks>
    /// The library makes the same check before it links a contact's or citation's address in its Markdown
    /// and CDS cards, but keeps it internal (it has no public API for it), so the sample makes its own.
    /// </remarks>
    public static string? WebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    /// <summary>A <c>tel:</c> address for a phone number (digits and a leading +), or <see langword="null"/> when it has no digits.</summary>
    public static string? TelAddress(string phone)
    {
        var digits = new string([.. phone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && phone[..i].All(char.IsWhiteSpace)))]);
        return digits.Any(char.IsAsciiDigit) ? "tel:" + digits : null;
    }

    /// <summary>Item details come as light Markdown; shown as plain paragraphs.</summary>
    public static IEnumerable<string> Paragraphs(string markdown) =>
        markdown.Replace("**", string.Empty, StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>One item with the heading level it sits at.</summary>
internal sealed record PlanItemView(PlanItem Item, PlanView Plan, int HeadingLevel);
