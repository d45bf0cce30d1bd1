using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Rendering;
using Intimacy.Recommendations.Tests.Profiles;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found by writing an app against the packages: <see cref="ICrisisContactProvider.GetContacts"/> promises at
/// least one contact, but what a host's provider returned was taken as it came. A provider with nothing for a
/// region (an empty list or null) left the emergency item of a person in danger with no contact at all; one that
/// returned a null contact, or a contact without a name, gave a plan whose Markdown and cards threw a bare
/// <see cref="NullReferenceException"/> and whose JSON could not be read back.
/// </summary>
public class CrisisProviderContractTests
{
    public static TheoryData<string> Silent => ["empty", "null"];

    [Theory]
    [MemberData(nameof(Silent))]
    public void AProviderWithNothingForTheRegion_GivesTheDefaultContacts_NotNone(string answer)
    {
        var engine = new RecommendationEngineBuilder()
            .Configure(o => o.Region = "XY")
            .UseCrisisContacts(new Returning(answer == "null" ? null : []))
            .Build();

        var plan = engine.Recommend(SafetyProfiles.InDanger);

        var expected = new LocalEmergencyNumberProvider().GetContacts("XY", CrisisKind.Emergency);
        plan.Urgent.Single(i => i.InterventionId == "intervention.emergency-services").Contacts.Should().Equal(expected);
        plan.AllItems.Where(i => i.Track == PlanTrack.Urgent).Should().OnlyContain(i => i.Contacts.Count > 0);
    }

    public static TheoryData<string, CrisisContact?> Malformed => new()
    {
        { "a null contact", null },
        { "a contact with no name", new CrisisContact(null!, "Call them.") },
        { "a contact with a blank name", new CrisisContact(" ", "Call them.") },
        { "a contact with no instructions", new CrisisContact("A line", null!) },
    };

    [Fact]
    public void AProviderThatThrows_IsNamedWithTheRegionAndKind_AndItsErrorKeptInside()
    {
        var engine = new RecommendationEngineBuilder()
            .Configure(o => o.Region = "XY")
            .UseCrisisContacts(new Throwing())
            .Build();

        var act = () => engine.Recommend(SafetyProfiles.InDanger);

        var error = act.Should().Throw<InvalidOperationException>()
            .WithMessage($"The crisis contact provider {nameof(Throwing)} failed for region 'XY' and {nameof(CrisisKind.Emergency)}: directory down").Which;
        error.InnerException.Should().BeOfType<TimeoutException>();
    }

    private sealed class Throwing : ICrisisContactProvider
    {
        public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind) => throw new TimeoutException("directory down");
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void AProviderReturningAMalformedContact_IsNamedWithTheRegionAndKind(string what, CrisisContact? contact)
    {
        var engine = new RecommendationEngineBuilder()
            .Configure(o => o.Region = "XY")
            .UseCrisisContacts(new Returning([new CrisisContact("A line", "Call them."), contact!]))
            .Build();

        var act = () => engine.Recommend(SafetyProfiles.InDanger);

        act.Should().Throw<InvalidOperationException>(what)
            .WithMessage($"*{nameof(Returning)}*'XY'*{nameof(CrisisKind.Emergency)}*index 1*");
    }

    [Fact]
    public void AWellFormedProvider_IsUsedAsItIs_AndThePlanRendersAndReadsBack()
    {
        var contacts = new[] { new CrisisContact("A line", "Call them.", Phone: "000") };
        var engine = new RecommendationEngineBuilder().UseCrisisContacts(new Returning(contacts)).Build();

        var plan = engine.Recommend(SafetyProfiles.InDanger);

        plan.Urgent.Single(i => i.InterventionId == "intervention.emergency-services").Contacts.Should().Equal(contacts);
        PlanJson.Serialize(PlanJson.Deserialize(PlanJson.Serialize(plan))).Should().Be(PlanJson.Serialize(plan));
        PlanRenderer.ToMarkdown(plan, Audience.PartnerA).Should().Contain("A line");
        CdsCards.Create(plan, Audience.PartnerA).Should().NotBeEmpty();
    }

    private sealed class Returning(IReadOnlyList<CrisisContact>? contacts) : ICrisisContactProvider
    {
        public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind) => contacts!;
    }
}
