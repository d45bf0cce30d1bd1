using Intimacy.Recommendations;
using Microsoft.Extensions.DependencyInjection;

namespace CustomRules;

/// <summary>The app's registration: the library with the app's rule, intervention and crisis contacts.</summary>
public static class CustomRulesSetup
{
    /// <summary>Registers Intimacy.Core and the example clinic's additions.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The library's builder, for further configuration.</returns>
    public static IntimacyCoreBuilder AddExampleClinic(this IServiceCollection services) =>
        services.AddIntimacyCore(options => options.Region = ExampleRegionCrisisContacts.Region)
            .AddRules(typeof(ClinicGroupRule))
            .AddInterventions(ExampleClinic.CouplesGroup)
            .AddCrisisContacts(new ExampleRegionCrisisContacts());
}
