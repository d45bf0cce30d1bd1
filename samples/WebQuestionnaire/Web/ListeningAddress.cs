using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace WebQuestionnaire.Web;

/// <summary>
/// Writes the address Kestrel actually bound (useful with <c>--urls http://127.0.0.1:0</c>) as one
/// line on standard output, so an end-to-end test runner can wait for it and read the port.
/// </summary>
internal static class ListeningAddress
{
    public const string Prefix = "WebQuestionnaire listening on ";

    public static void Announce(WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        foreach (var address in addresses ?? [])
        {
            Console.Out.WriteLine(Prefix + address);
            Console.Out.Flush();
        }
    });
}
