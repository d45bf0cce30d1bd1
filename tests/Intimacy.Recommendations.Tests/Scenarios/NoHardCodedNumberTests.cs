using System.Text.RegularExpressions;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Safety;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// docs/safety.md: crisis and emergency contacts come from the host's provider; the default provider
/// tells people to contact their local emergency number, and no phone number is hard-coded anywhere in
/// the library.
/// </summary>
public class NoHardCodedNumberTests
{
    private static readonly Regex AnyDigit = new(@"\d", RegexOptions.CultureInvariant);

    // Emergency and crisis numbers in common use, and any run of six or more digits (spaces or dashes between).
    private static readonly Regex PhoneLike = new(@"\b(911|999|112|000|988|111|116\s?123|13\s?11\s?14)\b|\d(?:[\s-]?\d){5,}", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData(null)]
    [InlineData("US")]
    [InlineData("GB")]
    [InlineData("AU")]
    [InlineData("DE")]
    public void DefaultProvider_PointsToTheLocalEmergencyNumber_WithNoNumberOfItsOwn(string? region)
    {
        var provider = new LocalEmergencyNumberProvider();

        foreach (var kind in Enum.GetValues<CrisisKind>())
        {
            var contacts = provider.GetContacts(region, kind);
            contacts.Should().NotBeEmpty();
            contacts.Should().Contain(c => c.Name == "Your local emergency number", "{0}", kind);
            contacts.Should().OnlyContain(c => c.Phone == null && c.Url == null && !AnyDigit.IsMatch(c.Name) && !AnyDigit.IsMatch(c.Instructions), "{0} in {1}", kind, region);
        }
    }

    [Fact]
    public void UrgentItemsOfTheDefaultEngine_CarryNoPhoneNumber_InTheirContactsOrTheirText()
    {
        // A's self-harm plan (emergency services), B's fear of A (safety planning and advocacy); and,
        // separately, thoughts of self-harm (assessment and crisis line).
        var plans = new[]
        {
            Engines.Default.Recommend(Couples.Both(a => a.Safety(s => s with { SelfHarmPlan = true, SelfHarmThoughts = true }), b => b.Safety(s => s with { FearsPartner = true }))),
            Engines.Default.Recommend(Couples.Both(a => a.Safety(s => s with { SelfHarmThoughts = true }))),
            Engines.With(o => o.Region = "US").Recommend(Couples.Both(a => a.Safety(s => s with { Weapon = true }))),
        };

        var urgent = plans.SelectMany(p => p.Urgent).ToList();
        urgent.Select(i => i.InterventionId).Should().Contain([
            Core.Interventions.Interventions.EmergencyServices.Id, Core.Interventions.Interventions.SafetyPlanning.Id,
            Core.Interventions.Interventions.CrisisLine.Id, Core.Interventions.Interventions.UrgentMentalHealthAssessment.Id]);
        foreach (var item in urgent)
        {
            item.Contacts.Should().NotBeEmpty().And.OnlyContain(c => c.Phone == null && !AnyDigit.IsMatch(c.Name + " " + c.Instructions), item.InterventionId);
            PhoneLike.IsMatch(item.Title + " " + item.Summary + " " + item.Detail).Should().BeFalse("{0}'s text has no phone number", item.InterventionId);
        }
    }

    [Fact]
    public void CatalogText_HasNoPhoneNumber()
    {
        foreach (var intervention in Engines.Default.Catalog.Interventions)
        {
            PhoneLike.IsMatch(intervention.Name + " " + intervention.Description + " " + intervention.Caution)
                .Should().BeFalse("{0}'s text has no phone number", intervention.Id);
        }
    }
}
