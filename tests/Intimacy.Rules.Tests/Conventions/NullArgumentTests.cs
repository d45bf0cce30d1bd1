
using Xunit.Abstractions;

namespace Intimacy.Rules.Tests.Conventions;

/// <summary>
/// The argument contracts of the public surface, as IntelliSense shows them: every public constructor and
/// method throws <see cref="ArgumentNullException"/> naming the parameter, at the call, when given null where
/// its nullable annotations say null is not allowed, and documents it; a parameter declared nullable accepts
/// null; an undefined enum value is rejected; a member taking a cancellation token documents
/// <see cref="OperationCanceledException"/>.
/// </summary>
public class NullArgumentTests(ITestOutputHelper output) : ArgumentContractTests(output)
{
    /// <summary>Calls that may accept null although annotated non-nullable, each with the reason.</summary>
    private static readonly Dictionary<string, string> AcceptedNulls = new(StringComparer.Ordinal)
    {
        ["DependencyResolver.Resolve(context)"] = "the default resolver always throws InvalidOperationException: no resolver is set",
        ["IDependencyResolver.Resolve(context)"] = "probed through DependencyResolver, which always throws InvalidOperationException",
        ["NameAttribute.ctor(value)"] = Attribute,
        ["DescriptionAttribute.ctor(value)"] = Attribute,
        ["TagAttribute.ctor(value)"] = Attribute,
    };

    // An attribute's constructor runs only when reflection reads it, where a throw would surface far from the rule class.
    private const string Attribute = "attribute constructor: reported for a decision instead of throwing when metadata is read";

    /// <summary>Members that accept an undefined enum value, each with the reason (all reported, none decided here).</summary>
    private static readonly Dictionary<string, string> UndefinedEnumsAccepted = new(StringComparer.Ordinal)
    {
        ["RepeatabilityAttribute.ctor(value)"] = "attribute constructor: reported for a decision",
        ["ISession.TryInsertAll(options)"] = HotPath,
        ["ISession.TryUpdateAll(options)"] = HotPath,
        ["ISession.TryRetractAll(options)"] = HotPath,
    };

    // Called per evaluation or per rule firing (or by the safety gates): no check added on the hot path this round.
    private const string HotPath = "per evaluation or firing: reported, no check added on the hot path";

    /// <inheritdoc />
    protected override System.Reflection.Assembly Library => typeof(ISession).Assembly;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Accepted => AcceptedNulls;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> AcceptedUndefinedEnums => UndefinedEnumsAccepted;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<Type, Func<object>> Known
    {
        get
        {
            var factory = new Intimacy.Rules.Fluent.RuleRepository().Compile();
            return new Dictionary<Type, Func<object>>
            {
                [typeof(ISessionFactory)] = () => factory,
                [typeof(ISession)] = factory.CreateSession,
            };
        }
    }

    // ISession.Fire keeps NRules' contract, documented on the parameter: a cancelled token stops firing and
    // Fire returns the count so far (0 when cancelled before the call) rather than throwing.
    /// <inheritdoc />
    protected override bool KeepsTokenContractOfItsOwn(System.Reflection.MethodBase member) => member.Name == nameof(ISession.Fire);
}
