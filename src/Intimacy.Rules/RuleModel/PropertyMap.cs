using System.Collections;

namespace Intimacy.Rules.RuleModel;

internal sealed class PropertyMap : IPropertyMap
{
    private readonly RuleProperty[] _properties;

    public PropertyMap(IEnumerable<RuleProperty> properties)
    {
        _properties = properties.ToArray();
    }

    public int Count => _properties.Length;

    public object? this[string name] => TryGetValue(name, out var value) ? value : null;

    public bool ContainsKey(string name) => TryGetValue(name, out _);

    public bool TryGetValue(string name, out object? value)
    {
        foreach (var property in _properties)
        {
            if (property.Name == name)
            {
                value = property.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<RuleProperty> GetEnumerator() => ((IEnumerable<RuleProperty>)_properties).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
