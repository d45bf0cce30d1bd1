// WebQuestionnaire: two partners answer on their own devices, then see a shared plan and a private one.
// Everything lives in memory; see README.md for the URL contract and how to start it on a free port.
using Intimacy.Recommendations;
using Intimacy.Recommendations.Engine;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WebQuestionnaire.Api;
using WebQuestionnaire.Couples;
using WebQuestionnaire.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOptions<CoupleSessionOptions>()
    .Bind(builder.Configuration.GetSection(CoupleSessionOptions.Section))
    .Validate(o => o.IdleTimeout > TimeSpan.Zero && o.MaxSessions > 0, "Sessions:IdleTimeout and Sessions:MaxSessions must be positive.")
    .ValidateOnStart();
builder.Services.AddOptions<SiteOptions>()
    .Bind(builder.Configuration.GetSection(SiteOptions.Section))
    .Validate(o => o.IsValid(), "Site:PublicBaseUrl must be an absolute http or https address without query, fragment or user name.")
    .ValidateOnStart();
builder.Services.AddAllowedPorts(builder.Configuration);
builder.Services.AddOptions<QuickExitOptions>()
    .Bind(builder.Configuration.GetSection(QuickExitOptions.Section))
    .Validate(o => o.IsValid(), "QuickExit:Url must be a path on this site (starting with one /) or an absolute http or https address without user name.")
    .ValidateOnStart();
builder.Services.AddOptions<ApiOptions>()
    .Bind(builder.Configuration.GetSection(ApiOptions.Section))
    .Validate(o => o.MaxBodyBytes > 0, "Api:MaxBodyBytes must be a positive number of bytes.")
    .ValidateOnStart();
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddSingleton<SessionStore>();

var region = builder.Configuration["Intimacy:Region"] ?? "example-region";
builder.Services.AddIntimacyCore(options => options.Region = region);

// Keys for antiforgery tokens live in memory only and die with the process: nothing is written to disk.
// The ephemeral provider protects the tokens; the in-memory repository keeps the framework's key
// manager (which still starts at boot) from writing a key file under the user's profile.
builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
builder.Services.Configure<KeyManagementOptions>(options => options.XmlRepository = new InMemoryKeyRepository());
builder.Services.AddAntiforgery(options =>
{
    options.Cookie.Name = "wq-af";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Strict;
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    options.FormFieldName = "__RequestVerificationToken";
});
builder.Services.AddStartLimit(builder.Configuration);
builder.Services.AddRazorPages();
builder.Services.AddProblemDetails();
builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));

// First in the pipeline, ahead even of the host's own host filtering, so every response carries them.
builder.Services.AddSecurityHeaders();

var app = builder.Build();

// The engine is otherwise built on first use: built here, a mistake in its registration or options stops the start
// (rather than failing every request), and the first couple does not wait while the rules compile.
app.Services.GetRequiredService<IRecommendationEngine>();

// AllowedHosts (the host's own host filtering, ahead of this) checks only the name; this checks the port.
app.UseAllowedPorts();

app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/status/500",
    StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
});
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseStaticFiles();
app.UseRateLimiter();
app.UseRouting();
app.UseAntiforgery();
app.MapRazorPages();
app.MapRecommendations();
app.MapQuickExit();

ListeningAddress.Announce(app);
app.Run();

/// <summary>The web app's entry point; public and partial so tests can host it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
