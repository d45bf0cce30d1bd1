using System.Globalization;
using System.Reflection;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intimacy.Recommendations.Tests.DependencyInjection;

/// <summary>
/// The registered engine's options come only from the <c>AddIntimacyCore</c> delegates (the library does not use the
/// options system), so configuration is bound inside the delegate, as the README and the XML docs show.
/// </summary>
public class OptionsTests
{
    private const string Section = "Intimacy:Recommendations";

    [Fact]
    public void BindingConfigurationInsideTheDelegate_SetsThresholdsRegionAndDisabledTags()
    {
        var configuration = Configuration(new()
        {
            [$"{Section}:Csi4Cutoff"] = "12.5",
            [$"{Section}:LongWorkHours"] = "60",
            [$"{Section}:Region"] = "NZ",
            [$"{Section}:DisabledTags:0"] = "sexual",
            [$"{Section}:DisabledTags:1"] = "professional",
        });
        var services = new ServiceCollection();
        services.AddIntimacyCore(o => configuration.GetSection(Section).Bind(o));
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<IRecommendationEngine>();

        var options = engine.Options;
        options.Csi4Cutoff.Should().Be(12.5);
        options.LongWorkHours.Should().Be(60);
        options.Region.Should().Be("NZ");
        options.DisabledTags.Should().BeEquivalentTo(RuleTags.Sexual, RuleTags.Professional);
        options.SexlessFrequencyPerYear.Should().Be(10, "what the configuration leaves out keeps its default");
        engine.Rules.Should().NotContain(r => r.Tags.Contains(RuleTags.Sexual) && !r.Tags.Contains(RuleTags.Safety));
    }

    [Fact]
    public void EveryThreshold_BindsFromConfigurationByItsName()
    {
        // A value inside each accepted range and away from the default, written as configuration holds it.
        static double Chosen(ThresholdDescriptor d) => (d.Minimum + d.Maximum) / 2 is var middle && middle != d.DefaultValue ? middle : d.Maximum;
        var values = RecommendationOptions.Thresholds.ToDictionary(
            d => $"{Section}:{d.Name}",
            d => (string?)Chosen(d).ToString("R", CultureInfo.InvariantCulture));
        var configuration = Configuration(values);
        var services = new ServiceCollection();
        services.AddIntimacyCore(o => configuration.GetSection(Section).Bind(o));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IRecommendationEngine>().Options;

        foreach (var d in RecommendationOptions.Thresholds)
        {
            options.GetThreshold(d.Name).Should().Be(Chosen(d), d.Name);
        }
    }

    [Fact]
    public void TwoAddIntimacyCoreCalls_MergeInCallOrder()
    {
        var configuration = Configuration(new()
        {
            [$"{Section}:Csi4Cutoff"] = "12.5",
            [$"{Section}:LongWorkHours"] = "60",
            [$"{Section}:DisabledTags:0"] = "sexual",
        });
        var services = new ServiceCollection();
        services.AddIntimacyCore(o => configuration.GetSection(Section).Bind(o));
        services.AddIntimacyCore(o =>
        {
            o.LongWorkHours = 55;
            o.DisabledTags.Add(RuleTags.Professional);
        });
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IRecommendationEngine>().Options;

        services.Count(d => d.ServiceType == typeof(IRecommendationEngine)).Should().Be(1);
        options.Csi4Cutoff.Should().Be(12.5);
        options.LongWorkHours.Should().Be(55, "the later call runs later");
        options.DisabledTags.Should().BeEquivalentTo(RuleTags.Sexual, RuleTags.Professional);
    }

    [Fact]
    public void AnOutOfRangeBoundThreshold_FailsWithAnArgumentOutOfRangeExceptionNamingTheThresholdAndRange()
    {
        var configuration = Configuration(new() { [$"{Section}:Csi4Cutoff"] = "-98765" });
        var services = new ServiceCollection();
        services.AddIntimacyCore(o => configuration.GetSection(Section).Bind(o));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IRecommendationEngine>();

        // The binder sets properties by reflection, which wraps what the setter throws.
        act.Should().Throw<TargetInvocationException>()
            .WithInnerExceptionExactly<ArgumentOutOfRangeException>()
            .Which.Message.Should().StartWith("Csi4Cutoff must be from 0 to 21.").And.NotContain("98765");
    }

    [Fact]
    public void AMisspeltBoundTag_FailsWhenTheEngineIsResolved()
    {
        var configuration = Configuration(new() { [$"{Section}:DisabledTags:0"] = "Sexual" });
        var services = new ServiceCollection();
        services.AddIntimacyCore(o => configuration.GetSection(Section).Bind(o));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IRecommendationEngine>();

        act.Should().Throw<UnknownRuleTagException>().WithMessage("*'Sexual' (did you mean 'sexual'?)*").Which.UnknownTags.Should().Equal("Sexual");
    }

    [Fact]
    public void TheLibrary_DoesNotReferenceTheOptionsSystem()
    {
        // Options come only from the delegates; the library depends on DI.Abstractions alone (conventions.md).
        typeof(IRecommendationEngine).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name)
            .Should().NotContain(n => n!.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) && n != "Microsoft.Extensions.DependencyInjection.Abstractions");
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    [Fact]
    public void OptionsRegisteredWithTheOptionsSystem_AreRefusedWhenTheEngineIsResolved_NotIgnored()
    {
        var services = new ServiceCollection();
        services.AddIntimacyCore();
        services.Configure<RecommendationOptions>(o => o.Phq9Cutoff = 15);
        using var provider = services.BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<IRecommendationEngine>();

        resolve.Should().Throw<InvalidOperationException>().WithMessage("*options system (by services.Configure<RecommendationOptions>(...)*AddIntimacyCore(o => ...)*");
    }
}
