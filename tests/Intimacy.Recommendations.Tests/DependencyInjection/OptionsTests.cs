using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intimacy.Recommendations.Tests.DependencyInjection;

/// <summary>
/// The registered engine is built from <see cref="IOptions{TOptions}"/> of <see cref="RecommendationOptions"/>, so
/// <c>AddIntimacyCore(configure)</c>, <c>Configure&lt;RecommendationOptions&gt;</c> and configuration binding all apply.
/// </summary>
public class OptionsTests
{
    private const string Section = "Intimacy:Recommendations";

    [Fact]
    public void ConfigureRecommendationOptions_BeforeAndAfterAddIntimacyCore_AreBothApplied()
    {
        var services = new ServiceCollection();
        services.Configure<RecommendationOptions>(o => o.Csi4Cutoff = 12);
        services.AddIntimacyCore(o => o.Region = "NZ");
        services.Configure<RecommendationOptions>(o => o.DisabledTags.Add(RuleTags.Sexual));
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<IRecommendationEngine>();

        engine.Options.Csi4Cutoff.Should().Be(12);
        engine.Options.Region.Should().Be("NZ");
        engine.Options.DisabledTags.Should().Equal(RuleTags.Sexual);
        engine.Rules.Should().NotContain(r => r.Tags.Contains(RuleTags.Sexual));
    }

    [Fact]
    public void TheOptionsOfTheContainer_AreTheOnesTheEngineUses()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore(o => o.LongWorkHours = 60);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptions<RecommendationOptions>>().Value.LongWorkHours.Should().Be(60);
        provider.GetRequiredService<IRecommendationEngine>().Options.LongWorkHours.Should().Be(60);
    }

    [Fact]
    public void BindingFromConfiguration_SetsThresholdsRegionAndDisabledTags()
    {
        var configuration = Configuration(new()
        {
            [$"{Section}:Csi4Cutoff"] = "12.5",
            [$"{Section}:Region"] = "NZ",
            [$"{Section}:DisabledTags:0"] = "sexual",
            [$"{Section}:DisabledTags:1"] = "professional",
        });
        var services = new ServiceCollection();
        services.AddOptions<RecommendationOptions>().Bind(configuration.GetSection(Section));
        services.AddIntimacyCore(o => o.LongWorkHours = 60);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IRecommendationEngine>().Options;

        options.Csi4Cutoff.Should().Be(12.5);
        options.Region.Should().Be("NZ");
        options.LongWorkHours.Should().Be(60);
        options.DisabledTags.Should().BeEquivalentTo(RuleTags.Sexual, RuleTags.Professional);
        options.SexlessFrequencyPerYear.Should().Be(10, "what the configuration leaves out keeps its default");
    }

    [Fact]
    public void ConfigureFromASection_AfterAddIntimacyCore_IsApplied()
    {
        var configuration = Configuration(new() { [$"{Section}:Phq9Cutoff"] = "15" });
        var services = new ServiceCollection();
        services.AddIntimacyCore();
        services.Configure<RecommendationOptions>(configuration.GetSection(Section));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IRecommendationEngine>().Options.Phq9Cutoff.Should().Be(15);
    }

    [Fact]
    public void AnOutOfRangeThresholdInConfiguration_FailsNamingTheThresholdAndRange()
    {
        var configuration = Configuration(new() { [$"{Section}:Csi4Cutoff"] = "-98765" });
        var services = new ServiceCollection();
        services.AddIntimacyCore();
        services.Configure<RecommendationOptions>(configuration.GetSection(Section));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IRecommendationEngine>();

        var thrown = act.Should().Throw<Exception>().Which;
        var cause = thrown as ArgumentOutOfRangeException ?? thrown.InnerException.Should().BeOfType<ArgumentOutOfRangeException>().Subject;
        cause.Message.Should().StartWith("Csi4Cutoff must be from 0 to 21.").And.NotContain("98765");
    }

    [Fact]
    public void AMisspeltTagInConfiguration_FailsWhenTheEngineIsResolved()
    {
        var configuration = Configuration(new() { [$"{Section}:DisabledTags:0"] = "Sexual" });
        var services = new ServiceCollection();
        services.AddIntimacyCore();
        services.Configure<RecommendationOptions>(configuration.GetSection(Section));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IRecommendationEngine>();

        act.Should().Throw<ArgumentException>().WithMessage("*'Sexual' (did you mean 'sexual'?)*");
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
