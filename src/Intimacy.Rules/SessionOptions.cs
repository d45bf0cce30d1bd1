namespace Intimacy.Rules;

/// <summary>Per-session switches that go beyond NRules. The defaults cost nothing on the hot path.</summary>
public sealed class SessionOptions
{
    /// <summary>The options <see cref="ISessionFactory.CreateSession()"/> uses.</summary>
    public static SessionOptions Default { get; } = new();

    /// <summary>
    /// Whether the session records every firing (rule, matched facts, facts inserted, yielded,
    /// updated or retracted) in <see cref="ISession.Explanations"/>. Off by default.
    /// </summary>
    public bool RecordExplanations { get; init; }

    /// <summary>
    /// Most firings one call to <c>Fire</c> may perform before it stops with a
    /// <see cref="RuleFiringLimitException"/> naming the rules that kept firing; <c>null</c> for no
    /// limit. Default one million. A limit passed to <c>Fire(int)</c> that is lower ends the cycle
    /// quietly, as in NRules.
    /// </summary>
    public int? MaxFiringsPerFire { get; init; } = 1_000_000;
}
