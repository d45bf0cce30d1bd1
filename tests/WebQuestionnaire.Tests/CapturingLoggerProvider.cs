using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace WebQuestionnaire.Tests;

/// <summary>One log entry as a provider sees it: the message, its structured values, the exception and every scope open at the time.</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, string State, string? Exception, string Scopes)
{
    /// <summary>Everything a provider could write, in one string.</summary>
    public string AllText => $"{Category} [{Level}] {EventId} {Message} | state: {State} | scopes: {Scopes} | exception: {Exception}";

    public override string ToString() => AllText;
}

/// <summary>
/// Captures every log entry the app writes, with scopes (as a provider that includes them would write them, such as
/// the Windows event log or a JSON formatter with scopes on). Levels are left to the app's filters unless a test adds
/// its own rule for this provider.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static string Render(object? state)
    {
        var text = new StringBuilder();
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var (key, value) in pairs)
            {
                text.Append(key).Append('=').Append(Value(value)).Append("; ");
            }
        }

        text.Append(state);
        return text.ToString();
    }

    private static string? Value(object? value) =>
        value is System.Collections.IEnumerable list and not string
            ? string.Join(",", list.Cast<object?>().Select(v => v?.ToString()))
            : value?.ToString();

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new StringBuilder();
            provider._scopes.ForEachScope(static (scope, text) => text.Append('{').Append(Render(scope)).Append("} "), scopes);
            provider.Entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), Render(state), exception?.ToString(), scopes.ToString()));
        }
    }
}

/// <summary>Hosts the sample with a <see cref="CapturingLoggerProvider"/> added to its logging.</summary>
public static class CapturedLogs
{
    /// <summary>
    /// The factory's app with <paramref name="capture"/> as one more log provider; with <paramref name="trace"/>, at the
    /// Trace level for that provider, whatever the app's settings say.
    /// </summary>
    public static WebApplicationFactory<Program> WithCapturedLogs(this WebApplicationFactory<Program> factory, CapturingLoggerProvider capture, bool trace) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(capture);
            if (trace)
            {
                // A rule for this provider wins over every rule without one, appsettings.json's included.
                logging.AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace);
                logging.SetMinimumLevel(LogLevel.Trace);
            }
        }));
}
