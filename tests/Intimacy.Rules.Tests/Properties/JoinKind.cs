using System.Text;

namespace Intimacy.Rules.Tests.Properties;

/// <summary>How a pattern relates to an earlier one: none, <c>B == earlier.A</c>, or <c>A &gt; earlier.A</c>.</summary>
public enum JoinKind
{
    None,
    Equal,
    Greater,
}
