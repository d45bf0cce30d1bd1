namespace Intimacy.Rules.RuleModel;

/// <summary>A named, typed variable of a rule: a pattern's alias, a <c>Let</c> binding or a query result.</summary>
public sealed class Declaration : IEquatable<Declaration>
{
    /// <summary>Creates a declaration.</summary>
    /// <param name="type">Type of the value the declaration holds.</param>
    /// <param name="name">Name, unique within the rule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> or <paramref name="name"/> is null.</exception>
    public Declaration(Type type, string name)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrEmpty(name);
        Type = type;
        Name = name;
    }

    /// <summary>Name of the declaration, matched against lambda parameter names.</summary>
    public string Name { get; }

    /// <summary>Name including the declaring element, for messages.</summary>
    public string FullName => Name;

    /// <summary>Type of the value the declaration holds.</summary>
    public Type Type { get; }

    /// <summary>The element that binds this declaration, once built.</summary>
    public RuleLeftElement? Target { get; internal set; }

    /// <inheritdoc />
    public bool Equals(Declaration? other) => other is not null && other.Name == Name && other.Type == Type;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Declaration);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Type);

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Type.Name}";
}
