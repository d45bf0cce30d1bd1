using Intimacy.Core.Plans;

namespace Intimacy.Cli;

/// <summary>The audiences as the CLI spells them (<c>--audience partner-b</c>): one table for parsing and for messages.</summary>
internal static class AudienceNames
{
    private static readonly (string Name, Audience Audience)[] Table =
    [
        ("couple", Audience.Couple), ("partner-a", Audience.PartnerA), ("partner-b", Audience.PartnerB), ("clinician", Audience.Clinician),
    ];

    /// <summary>Every spelling, in the order the help lists them.</summary>
    public static string[] All { get; } = [.. Table.Select(t => t.Name)];

    /// <summary>The audience a spelling names (the option accepts only these).</summary>
    public static Audience Parse(string name) => Table.First(t => t.Name == name).Audience;

    /// <summary>How the CLI spells an audience.</summary>
    public static string NameOf(Audience audience) => Table.First(t => t.Audience == audience).Name;
}
