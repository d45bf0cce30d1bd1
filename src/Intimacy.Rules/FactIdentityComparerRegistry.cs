namespace Intimacy.Rules;

/// <summary>
/// Comparers that decide, for facts of one type, which facts are the same fact when they are inserted,
/// updated or retracted, in place of the facts' own <see cref="object.Equals(object?)"/> and
/// <see cref="object.GetHashCode"/>. Used by <see cref="RuleCompiler"/>: a factory keeps the comparers
/// registered when it was compiled.
/// </summary>
/// <remarks>
/// <para>
/// A comparer applies to facts whose runtime type is exactly the registered type (not to derived types),
/// and it takes precedence over <see cref="RuleModel.IIdentityProvider"/>: a fact of a registered type is
/// compared by the comparer, whatever identity it provides. Facts of other types keep the default: the
/// identity an <see cref="RuleModel.IIdentityProvider"/> gives, otherwise the fact's own equality.
/// </para>
/// <para>
/// A typical use is a record type with value equality whose instances are inserted once each: registering
/// <see cref="ReferenceEqualityComparer.Instance"/> for it identifies each instance by reference, so
/// inserting one does not hash all of its contents, and two equal instances can both be in working memory.
/// </para>
/// </remarks>
public sealed class FactIdentityComparerRegistry
{
    private readonly List<(Type Type, IEqualityComparer<object> Comparer)> _entries = [];

    /// <summary>
    /// The comparer for facts of every type that has none registered, as in NRules; <see langword="null"/> (the
    /// default) keeps the engine's own identity: what an <see cref="RuleModel.IIdentityProvider"/> gives, otherwise
    /// the fact's own equality. A comparer set here replaces that logic whole, so it decides for
    /// <see cref="RuleModel.IIdentityProvider"/> facts too. It must be thread-safe.
    /// </summary>
    public IEqualityComparer<object>? DefaultFactIdentityComparer { get; set; }

    /// <summary>The fact types that have a comparer, in the order they were first registered.</summary>
    public IReadOnlyList<Type> FactTypes => _entries.ConvertAll(e => e.Type);

    /// <summary>Registers the comparer for facts of type <typeparamref name="TFact"/>, replacing one registered before.</summary>
    /// <typeparam name="TFact">The fact type (matched exactly).</typeparam>
    /// <param name="comparer">The comparer; it must be thread-safe, as every session of a factory uses it.</param>
    /// <exception cref="ArgumentException"><typeparamref name="TFact"/> is <see cref="object"/>, an interface or an abstract class: no fact's runtime type is, so the comparer would never apply.</exception>
    public void RegisterComparer<TFact>(IEqualityComparer<TFact> comparer)
    {
        ArgumentNullException.ThrowIfNull(comparer);
        if (typeof(TFact) == typeof(object) || typeof(TFact).IsInterface || typeof(TFact).IsAbstract)
        {
            throw new ArgumentException(
                $"A comparer applies to facts whose runtime type is exactly {typeof(TFact).Name}, and no fact's is; register it for the concrete fact type (RegisterComparer<MyFact>(...)).",
                nameof(comparer));
        }

        var entry = (typeof(TFact), (IEqualityComparer<object>)new Typed<TFact>(comparer));
        var at = _entries.FindIndex(e => e.Type == typeof(TFact));
        if (at >= 0)
        {
            _entries[at] = entry;
        }
        else
        {
            _entries.Add(entry);
        }
    }

    /// <summary>The comparers as they are now, for a factory; null when there are none (the default identity applies).</summary>
    internal FactIdentity? Snapshot() => _entries.Count == 0 && DefaultFactIdentityComparer is null
        ? null
        : new FactIdentity([.. _entries.Select(e => e.Type)], [.. _entries.Select(e => e.Comparer)], DefaultFactIdentityComparer);

    private sealed class Typed<TFact>(IEqualityComparer<TFact> comparer) : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => comparer.Equals((TFact)x!, (TFact)y!);

        public int GetHashCode(object obj) => comparer.GetHashCode((TFact)obj);
    }
}

/// <summary>
/// A factory's fact identity when comparers are registered (see <see cref="FactIdentityComparerRegistry"/>):
/// the comparer of working memory's keys. Immutable, so sessions on several threads share it.
/// </summary>
internal sealed class FactIdentity(Type[] types, IEqualityComparer<object>[] comparers, IEqualityComparer<object>? fallback = null) : IEqualityComparer<object>
{
    /// <summary>Whether a comparer (one registered for this object's runtime type, or the default one) decides the fact's identity.</summary>
    public bool Handles(object fact) => fallback is not null || IndexOf(fact.GetType()) >= 0;

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        var type = x.GetType();
        var at = IndexOf(type);
        if (at < 0)
        {
            // An unregistered key keeps the default identity, unless the other key's type is registered:
            // a fact of a registered type is the same only as a fact of that very type.
            return IndexOf(y.GetType()) < 0 && (fallback?.Equals(x, y) ?? x.Equals(y));
        }

        return type == y.GetType() && comparers[at].Equals(x, y);
    }

    public int GetHashCode(object obj)
    {
        var at = IndexOf(obj.GetType());
        return at >= 0 ? comparers[at].GetHashCode(obj) : fallback?.GetHashCode(obj) ?? obj.GetHashCode();
    }

    private int IndexOf(Type type)
    {
        for (var i = 0; i < types.Length; i++)
        {
            if (ReferenceEquals(types[i], type))
            {
                return i;
            }
        }

        return -1;
    }
}
