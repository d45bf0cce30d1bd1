namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>Builds an <see cref="AndElement"/> or an <see cref="OrElement"/>.</summary>
public sealed class GroupBuilder : IElementBuilder
{
    private readonly List<IElementBuilder> _children = [];
    private readonly DeclarationNames _names;

    internal GroupBuilder(GroupType groupType, DeclarationNames names)
    {
        GroupType = groupType;
        _names = names;
    }

    /// <summary>Logical operator of the group.</summary>
    public GroupType GroupType { get; }

    /// <summary>Declarations bound by patterns created directly in this group, in order.</summary>
    public IEnumerable<Declaration> Declarations =>
        _children.OfType<PatternBuilder>().Select(p => p.Declaration).ToArray();

    /// <summary>Creates a pattern over facts of a type.</summary>
    /// <param name="type">Fact type.</param>
    /// <param name="name">Declaration name; generated when <c>null</c>.</param>
    /// <returns>The pattern builder.</returns>
    public PatternBuilder Pattern(Type type, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Pattern(new Declaration(type, name ?? _names.Next()));
    }

    /// <summary>Creates a pattern that binds an existing declaration.</summary>
    /// <param name="declaration">The declaration.</param>
    /// <returns>The pattern builder.</returns>
    public PatternBuilder Pattern(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var builder = new PatternBuilder(declaration, _names);
        _children.Add(builder);
        return builder;
    }

    /// <summary>Creates a nested group.</summary>
    /// <param name="groupType">Operator of the nested group.</param>
    /// <returns>The nested group builder.</returns>
    public GroupBuilder Group(GroupType groupType)
    {
        var builder = new GroupBuilder(groupType, _names);
        _children.Add(builder);
        return builder;
    }

    /// <summary>Creates a negation.</summary>
    /// <returns>The builder.</returns>
    public NotBuilder Not()
    {
        var builder = new NotBuilder(_names);
        _children.Add(builder);
        return builder;
    }

    /// <summary>Creates an existence check.</summary>
    /// <returns>The builder.</returns>
    public ExistsBuilder Exists()
    {
        var builder = new ExistsBuilder(_names);
        _children.Add(builder);
        return builder;
    }

    /// <summary>Creates a universal quantifier.</summary>
    /// <returns>The builder.</returns>
    public ForAllBuilder ForAll()
    {
        var builder = new ForAllBuilder(_names);
        _children.Add(builder);
        return builder;
    }

    /// <summary>Builds the element.</summary>
    /// <returns>The group.</returns>
    public GroupElement Build()
    {
        var children = _children.Select(c => c.BuildElement()).ToArray();
        return GroupType == GroupType.And ? new AndElement(children) : new OrElement(children);
    }

    RuleLeftElement IElementBuilder.BuildElement() => Build();
}
