using Intimacy.Core.Plans;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intimacy.Recommendations.Tests.DependencyInjection;

/// <summary>
/// The crisis contact provider is resolved once, from the root provider, and kept by the engine for good, as app rules
/// are: a scoped provider, or one taking a scoped service, is refused as a scoped rule dependency is, whether or not the
/// container validates scopes, instead of one scope's instance being kept for the life of the app.
/// </summary>
public class CrisisProviderLifetimeTests
{
    [Fact]
    public void AScopedProviderInTheContainer_IsRefusedNamingIt_WithoutScopeValidation()
    {
        var services = new ServiceCollection();
        services.AddScoped<ICrisisContactProvider, PlainProvider>();
        services.AddIntimacyCore();

        Resolving(services).Should().Throw<InvalidOperationException>().Which.Message.Should()
            .Contain("crisis contact provider").And.Contain(nameof(ICrisisContactProvider)).And.Contain("scoped");
    }

    [Fact]
    public void AScopedProviderInTheContainer_IsRefusedWithTheSameMessage_WithScopeValidation()
    {
        var services = new ServiceCollection();
        services.AddScoped<ICrisisContactProvider, PlainProvider>();
        services.AddIntimacyCore();

        Resolving(services, validate: true).Should().Throw<InvalidOperationException>().Which.Message.Should()
            .Contain("crisis contact provider").And.Contain("singleton");
    }

    [Fact]
    public void AProviderInTheContainerTakingAScopedService_IsRefusedNamingBoth()
    {
        var services = new ServiceCollection();
        services.AddScoped<RequestDirectory>();
        services.AddSingleton<ICrisisContactProvider, DirectoryProvider>();
        services.AddIntimacyCore();

        Resolving(services).Should().Throw<InvalidOperationException>().Which.Message.Should()
            .Contain(nameof(DirectoryProvider)).And.Contain(nameof(RequestDirectory)).And.Contain("scoped");
    }

    [Fact]
    public void AddCrisisContactsOfAProviderTakingAScopedService_IsRefusedNamingBoth()
    {
        var services = new ServiceCollection();
        services.AddScoped<RequestDirectory>();
        services.AddIntimacyCore().AddCrisisContacts<DirectoryProvider>();

        Resolving(services).Should().Throw<InvalidOperationException>().Which.Message.Should()
            .Contain(nameof(DirectoryProvider)).And.Contain(nameof(RequestDirectory)).And.Contain("scoped");
    }

    [Fact]
    public void AddCrisisContactsOfAProviderTheAppRegisteredAsScoped_IsRefused()
    {
        var services = new ServiceCollection();
        services.AddScoped<PlainProvider>();
        services.AddIntimacyCore().AddCrisisContacts<PlainProvider>();

        Resolving(services).Should().Throw<InvalidOperationException>().Which.Message.Should()
            .Contain(nameof(PlainProvider)).And.Contain("scoped");
    }

    [Fact]
    public void AScopedProviderInTheContainer_IsNotChecked_WhenAnInstanceGivenToAddCrisisContactsWins()
    {
        var services = new ServiceCollection();
        services.AddScoped<ICrisisContactProvider, PlainProvider>();
        services.AddIntimacyCore().AddCrisisContacts(new PlainProvider());

        Resolving(services).Should().NotThrow();
    }

    [Theory]
    [InlineData(ServiceLifetime.Singleton)]
    [InlineData(ServiceLifetime.Transient)]
    public void AProviderOfAnotherLifetime_TakingAService_OfThatLifetime_IsUsed(ServiceLifetime lifetime)
    {
        var services = new ServiceCollection();
        services.Add(new ServiceDescriptor(typeof(RequestDirectory), typeof(RequestDirectory), lifetime));
        services.Add(new ServiceDescriptor(typeof(ICrisisContactProvider), typeof(DirectoryProvider), lifetime));
        services.AddIntimacyCore();

        Resolving(services, validate: true).Should().NotThrow();
    }

    private static Func<IRecommendationEngine> Resolving(ServiceCollection services, bool validate = false) => () =>
    {
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = validate, ValidateScopes = validate });
        return provider.GetRequiredService<IRecommendationEngine>();
    };

    public sealed class RequestDirectory
    {
        public string Name => "Directory line";
    }

    public sealed class PlainProvider : ICrisisContactProvider
    {
        public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind) => new LocalEmergencyNumberProvider().GetContacts(region, kind);
    }

    public sealed class DirectoryProvider(RequestDirectory directory) : ICrisisContactProvider
    {
        public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind) => [new CrisisContact(directory.Name, "Call them.")];
    }
}
