using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace Intimacy.Rules.Compilation;

/// <summary>The text of a rule's expression for an error message.</summary>
internal static partial class ExpressionText
{
    /// <summary>
    /// An expression's text as its author wrote it: reads of captured variables without the compiler's closure
    /// (<c>value(Rule+&lt;&gt;c__DisplayClass0_0).order</c> becomes <c>order</c>). Only for messages: it is not cheap.
    /// </summary>
    public static string Readable(Expression expression) => ClosureRead().Replace(expression.ToString(), string.Empty);

    [GeneratedRegex(@"value\([^()]*<>c__DisplayClass[^()]*\)\.(CS\$<>8__locals\d+\.)*")]
    private static partial Regex ClosureRead();
}
