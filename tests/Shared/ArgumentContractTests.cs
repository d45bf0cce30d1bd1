using System.Reflection;
using Xunit.Abstractions;

namespace Intimacy.Testing;

/// <summary>
/// The argument contracts of a library's public surface, as IntelliSense shows them: every public constructor and
/// method throws <see cref="ArgumentNullException"/> naming the parameter, at the call, when given null where its
/// nullable annotations say null is not allowed, and documents it; a parameter declared nullable accepts null; an
/// undefined enum value is rejected; a member taking a cancellation token documents
/// <see cref="OperationCanceledException"/>. Each test project derives one class naming its library, the values the
/// probe cannot build on its own, and the exceptions it accepts with their reasons. Shared by the test projects as a
/// linked source file.
/// </summary>
/// <param name="output">Where the probe's lists (members not probed, members that throw) are written.</param>
public abstract class ArgumentContractTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The library whose public surface is probed.</summary>
    protected abstract Assembly Library { get; }

    /// <summary>Calls that may accept null although annotated non-nullable, each with the reason.</summary>
    protected virtual IReadOnlyDictionary<string, string> Accepted => None;

    /// <summary>Members that accept an undefined enum value, each with the reason.</summary>
    protected virtual IReadOnlyDictionary<string, string> AcceptedUndefinedEnums => None;

    /// <summary>Values of the types the probe cannot build on its own.</summary>
    protected virtual IReadOnlyDictionary<Type, Func<object>> Known => new Dictionary<Type, Func<object>>();

    [Fact]
    public void EveryNonNullableParameter_RejectsNullWithArgumentNullException()
    {
        var probe = Probe();

        var failures = probe.Failures(Accepted);

        foreach (var line in probe.NotProbed)
        {
            output.WriteLine("not probed: " + line);
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void EveryMemberThatRejectsNull_DocumentsArgumentNullException()
    {
        var probe = Probe();
        probe.Failures(Accepted);

        var missing = PublicApi.MissingExceptionDocs(Library, probe.Throwing.Keys, typeof(ArgumentNullException));

        foreach (var (member, parameters) in probe.Throwing)
        {
            output.WriteLine($"throws: {PublicApi.DocId(member)} | {string.Join(",", member.GetParameters().Select(p => p.Name))} | {string.Join(",", parameters.Distinct())}");
        }

        missing.Should().BeEmpty();
    }

    [Fact]
    public void EveryNullableParameter_AcceptsNull()
    {
        Probe().NullableButRejected().Should().BeEmpty();
    }

    [Fact]
    public void EveryEnumParameter_RejectsAnUndefinedValue()
    {
        Probe().UndefinedEnumFailures(AcceptedUndefinedEnums).Should().BeEmpty();
    }

    [Fact]
    public void EveryMemberTakingACancellationToken_DocumentsOperationCanceledException()
    {
        var members = PublicApi.Taking(Library, typeof(CancellationToken)).Where(m => !KeepsTokenContractOfItsOwn(m));

        PublicApi.MissingExceptionDocs(Library, members, typeof(OperationCanceledException)).Should().BeEmpty();
    }

    /// <summary>Whether a member taking a token documents another contract for it (and is left out of the check).</summary>
    /// <param name="member">The member.</param>
    /// <returns>Whether it is left out.</returns>
    protected virtual bool KeepsTokenContractOfItsOwn(MethodBase member) => false;

    private NullArguments Probe() => new(Library, Known);
}
