using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Compilation;

/// <summary>Expands AND/OR groups into a list of branches, each a plain sequence of elements.</summary>
internal static class DisjunctiveForm
{
    public static List<List<RuleLeftElement>> Expand(RuleLeftElement element)
    {
        switch (element)
        {
            case AndElement and:
                var result = new List<List<RuleLeftElement>> { new() };
                foreach (var child in and.ChildElements)
                {
                    var next = new List<List<RuleLeftElement>>();
                    foreach (var prefix in result)
                    {
                        foreach (var suffix in Expand(child))
                        {
                            next.Add([.. prefix, .. suffix]);
                        }
                    }

                    result = next;
                }

                return result;
            case OrElement or:
                return or.ChildElements.SelectMany(Expand).ToList();
            default:
                return [[element]];
        }
    }
}
