using Intimacy.Core.Catalog;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Intimacy.Recommendations.Tests.DependencyInjection;

public class AddIntimacyCoreTests
{
    [Fact]
    public void AddIntimacyCore_RegistersOneSharedEngine()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore();
        using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<IRecommendationEngine>();
        var second = provider.GetRequiredService<IRecommendationEngine>();

        first.Should().BeSameAs(second);
        provider.GetRequiredService<IntimacyCatalog>().Should().BeSameAs(first.Catalog);
    }

    [Fact]
    public void AddIntimacyCore_CalledTwice_KeepsOneRegistrationAndBothConfigurations()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore(o => o.SexlessFrequencyPerYear = 12);
        services.AddIntimacyCore(o => o.Region = "NZ");
        using var provider = services.BuildServiceProvider();

        services.Count(d => d.ServiceType == typeof(IRecommendationEngine)).Should().Be(1);
        var options = provider.GetRequiredService<IRecommendationEngine>().Options;
        options.SexlessFrequencyPerYear.Should().Be(12);
        options.Region.Should().Be("NZ");
    }

    [Fact]
    public void AddIntimacyCore_WithCrisisProvider_UsesItForUrgentItems()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore(o => o.Region = "XY").AddCrisisContacts(new FixedProvider());
        using var provider = services.BuildServiceProvider();
        var profile = CoupleProfileBuilder.Create().WithPartnerA(30, a => a.Safety(s => s with { ThreatsToKill = true, ExperiencesViolence = true })).Build();

        var plan = provider.GetRequiredService<IRecommendationEngine>().Recommend(profile);

        plan.Urgent.Should().Contain(i => i.InterventionId == "intervention.emergency-services")
            .Which.Contacts.Should().ContainSingle(c => c.Name == "Region XY emergency");
    }

    [Fact]
    public void AddIntimacyCore_NullArguments_Throw()
    {
        var act = () => ((IServiceCollection)null!).AddIntimacyCore();
        var act2 = () => new ServiceCollection().AddIntimacyCore(null!);

        act.Should().Throw<ArgumentNullException>();
        act2.Should().Throw<ArgumentNullException>();
    }

    private sealed class FixedProvider : ICrisisContactProvider
    {
        public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind) => [new CrisisContact($"Region {region} emergency", "Call them.")];
    }
}
