using System.Diagnostics;

namespace Intimacy.Rules.RuleModel;

[DebuggerDisplay("{Name} ({Priority})")]
internal sealed class RuleDefinition : IRuleDefinition
{
    private readonly string[] _tags;

    public RuleDefinition(string name, string description, int priority, RuleRepeatability repeatability,
        IEnumerable<string> tags, IEnumerable<RuleProperty> properties, GroupElement leftHandSide, ActionGroupElement rightHandSide)
    {
        Name = name;
        Description = description;
        Priority = priority;
        Repeatability = repeatability;
        _tags = tags.ToArray();
        Properties = new PropertyMap(properties);
        LeftHandSide = leftHandSide;
        RightHandSide = rightHandSide;
    }

    public string Name { get; }

    public string Description { get; }

    public int Priority { get; }

    public RuleRepeatability Repeatability { get; }

    public IEnumerable<string> Tags => _tags;

    public IPropertyMap Properties { get; }

    public GroupElement LeftHandSide { get; }

    public ActionGroupElement RightHandSide { get; }

    public override string ToString() => Name;
}
