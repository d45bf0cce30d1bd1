namespace Intimacy.Core;

/// <summary>Identifies the Intimacy.Core assembly.</summary>
public static class IntimacyCoreInfo
{
    /// <summary>The informational version of this library.</summary>
    public static string Version =>
        typeof(IntimacyCoreInfo).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion ?? "0.0.0";
}
