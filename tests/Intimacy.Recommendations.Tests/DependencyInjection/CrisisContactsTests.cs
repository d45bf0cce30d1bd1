using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Intimacy.Recommendations.Tests.DependencyInjection;

/// <summary>
/// Which crisis contacts the registered engine uses: the builder's <c>AddCrisisContacts</c> if called, otherwise an
/// <see cref="ICrisisContactProvider"/> registered in the container, otherwise <see cref="LocalEmergencyNumberProvider"/>.
/// </summary>
public class CrisisContactsTests
{
    [Fact]
    public void AProviderRegisteredInTheContainer_IsUsed()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICrisisContactProvider, RegionProvider>();
        services.AddIntimacyCore(o => o.Region = "XY");

        EmergencyContacts(services).Should().Equal("Region XY emergency");
    }

    [Fact]
    public void AProviderRegisteredAfterAddIntimacyCore_IsUsed()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore(o => o.Region = "XY");
        services.AddSingleton<ICrisisContactProvider>(new RegionProvider());

        EmergencyContacts(services).Should().Equal("Region XY emergency");
    }

    [Fact]
    public void WithNoProvider_TheDefaultIsUsed()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore();

        EmergencyContacts(services).Should().Equal("Your local emergency number");
    }

    [Fact]
    public void AddCrisisContactsInstance_WinsOverTheContainer()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICrisisContactProvider, RegionProvider>();
        services.AddIntimacyCore(o => o.Region = "XY").AddCrisisContacts(new DirectoryProvider(new ContactDirectory("Builder line")));

        EmergencyContacts(services).Should().Equal("Builder line");
    }

    [Fact]
    public void AddCrisisContactsOfType_ResolvesTheProviderWithItsDependencies()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new ContactDirectory("Directory line"));
        services.AddIntimacyCore().AddCrisisContacts<DirectoryProvider>();

        EmergencyContacts(services).Should().Equal("Directory line");
    }

    [Fact]
    public void AddCrisisContactsOfType_WinsOverTheContainer()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICrisisContactProvider, RegionProvider>();
        services.AddSingleton(new ContactDirectory("Directory line"));
        services.AddIntimacyCore(o => o.Region = "XY").AddCrisisContacts<DirectoryProvider>();

        EmergencyContacts(services).Should().Equal("Directory line");
    }

    [Fact]
    public void TheLastAddCrisisContactsCall_Wins()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new ContactDirectory("Directory line"));
        services.AddIntimacyCore(o => o.Region = "XY").AddCrisisContacts<DirectoryProvider>().AddCrisisContacts(new RegionProvider());

        EmergencyContacts(services).Should().Equal("Region XY emergency");
    }

    [Fact]
    public void AddCrisisContacts_Null_Throws()
    {
        var builder = new ServiceCollection().AddIntimacyCore();

        builder.Invoking(b => b.AddCrisisContacts(null!)).Should().Throw<ArgumentNullException>();
    }

    private static IEnumerable<string> EmergencyContacts(ServiceCollection services)
    {
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var plan = provider.GetRequiredService<IRecommendationEngine>().Recommend(SafetyProfiles.InDanger);
        return plan.Urgent.Single(i => i.InterventionId == "intervention.emergency-services").Contacts.Select(c => c.Name).ToList();
    }

    private sealed class RegionProvider : ICrisisContactProvider
    {
        public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind) => [new CrisisContact($"Region {region} emergency", "Call them.")];
    }

    public sealed record ContactDirectory(string Name);

    private sealed class DirectoryProvider(ContactDirectory directory) : ICrisisContactProvider
    {
        public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind) => [new CrisisContact(directory.Name, "Call them.")];
    }
}
