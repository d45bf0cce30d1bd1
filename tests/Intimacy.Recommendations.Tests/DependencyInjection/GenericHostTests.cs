using System.Collections.Concurrent;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intimacy.Recommendations.Tests.DependencyInjection;

/// <summary>
/// The engine registered in a Generic Host as an app builds one: the Development environment, whose provider validates
/// on build and validates scopes; options bound from appsettings.json and environment variables; logging on.
/// </summary>
public sealed class GenericHostTests : IDisposable
{
    private static readonly CoupleProfile Profile = CoupleProfileBuilder.Create().WithPartnerA(30).Build();

    // Each test's own content root, with its appsettings.json.
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("intimacy-host-");

    public void Dispose() => _root.Delete(recursive: true);

    [Theory]
    [InlineData(ServiceLifetime.Singleton)]
    [InlineData(ServiceLifetime.Transient)]
    public void InDevelopment_ARuleTakingASingletonOrTransientService_IsBuiltAndFires(ServiceLifetime lifetime)
    {
        var builder = Development();
        builder.Services.Add(new ServiceDescriptor(typeof(Counter), typeof(Counter), lifetime));
        builder.Services.AddIntimacyCore().AddRules(typeof(CountingRule));
        using var host = builder.Build();

        var engine = host.Services.GetRequiredService<IRecommendationEngine>();
        engine.Recommend(Profile);
        engine.Recommend(Profile);

        engine.Rules.Should().ContainSingle(r => r.Name == CountingRule.RuleName).Which.IsBuiltIn.Should().BeFalse();
        host.Services.GetRequiredService<CountingRule>().Counter.Count.Should().Be(2, "the rule and the service it took are created once and kept");
    }

    [Fact]
    public void InDevelopment_ARuleTakingAScopedService_StopsTheHostBeingBuilt_NamingBoth()
    {
        var builder = Development();
        builder.Services.AddScoped<Counter>();
        builder.Services.AddIntimacyCore().AddRules(typeof(CountingRule));

        var act = () => builder.Build();

        act.Should().Throw<AggregateException>().Which.Message.Should().Contain(nameof(CountingRule)).And.Contain(nameof(Counter)).And.Contain("scoped");
    }

    [Fact]
    public void OptionsBoundFromAppSettingsAndEnvironmentVariables_ReachTheEngine_TheEnvironmentWinning()
    {
        const string section = "IntimacyHostTest";
        File.WriteAllText(Path.Combine(_root.FullName, "appsettings.json"), $$"""
            { "{{section}}": { "Recommendations": { "Csi4Cutoff": 12.5, "LongWorkHours": 55, "Region": "NZ", "DisabledTags": [ "sexual" ] } } }
            """);
        Environment.SetEnvironmentVariable($"{section}__Recommendations__LongWorkHours", "60");
        Environment.SetEnvironmentVariable($"{section}__Recommendations__DisabledTags__1", "professional");
        try
        {
            var builder = Development();
            builder.Services.AddIntimacyCore(o => builder.Configuration.GetSection($"{section}:Recommendations").Bind(o));
            using var host = builder.Build();

            var options = host.Services.GetRequiredService<IRecommendationEngine>().Options;

            options.Csi4Cutoff.Should().Be(12.5);
            options.LongWorkHours.Should().Be(60, "environment variables come after appsettings.json");
            options.Region.Should().Be("NZ");
            options.DisabledTags.Should().BeEquivalentTo(RuleTags.Sexual, RuleTags.Professional);
        }
        finally
        {
            Environment.SetEnvironmentVariable($"{section}__Recommendations__LongWorkHours", null);
            Environment.SetEnvironmentVariable($"{section}__Recommendations__DisabledTags__1", null);
        }
    }

    [Theory]
    [InlineData("Csi4Cutoff", "twelve", "'IntimacyHostTest:Recommendations:Csi4Cutoff'")]
    [InlineData("Csi4Cutoff", "-1", "Csi4Cutoff must be from 0 to 21")]
    [InlineData("DisabledTags:0", "safety", "Safety rules cannot be switched off")]
    [InlineData("DisabledTags:0", "Sexual", "did you mean 'sexual'?")]
    public void InvalidConfiguration_DoesNotStopTheHost_ButResolvingTheEngineOnceAfterBuild_Does(string key, string value, string message)
    {
        var builder = Development();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [$"IntimacyHostTest:Recommendations:{key}"] = value });
        builder.Services.AddIntimacyCore(o => builder.Configuration.GetSection("IntimacyHostTest:Recommendations").Bind(o));
        using var host = builder.Build();

        // The engine is built when first resolved: ValidateOnBuild does not run its factory. Resolving it once after
        // Build, as README.md shows, makes a configuration mistake stop the start instead of the first request.
        var resolve = () => host.Services.GetRequiredService<IRecommendationEngine>();

        var error = resolve.Should().Throw<Exception>().Which;
        (error.InnerException?.Message + " " + error.Message).Should().Contain(message);
    }

    [Fact]
    public void TheEngine_WritesNoLogs_EvenAtTraceLevel()
    {
        var sink = new LogSink();
        var builder = Development();
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(sink);
        builder.Services.AddIntimacyCore();
        using var host = builder.Build();
        var before = sink.Entries.Count;

        var engine = host.Services.GetRequiredService<IRecommendationEngine>();
        engine.Recommend(SafetyProfiles.InDanger);
        engine.Recommend(SafetyProfiles.Fearful);

        sink.Entries.Skip(before).Should().BeEmpty("the engine has no logger; nothing about a profile reaches the host's logs");
    }

    private HostApplicationBuilder Development() => Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
    {
        EnvironmentName = Environments.Development,
        ContentRootPath = _root.FullName,
        Args = [],
    });

    public sealed class Counter
    {
        private int _count;

        public int Count => _count;

        public void Add(Respondent respondent)
        {
            ArgumentNullException.ThrowIfNull(respondent);
            Interlocked.Increment(ref _count);
        }
    }

    [Name(RuleName)]
    [Tag("app-test")]
    public sealed class CountingRule(Counter counter) : Rule
    {
        public const string RuleName = "App.Test.HostCounts";

        public Counter Counter => counter;

        public override void Define()
        {
            Respondent respondent = null!;
            When().Match(() => respondent);
            Then().Do(ctx => counter.Add(respondent));
        }
    }

    private sealed class LogSink : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
