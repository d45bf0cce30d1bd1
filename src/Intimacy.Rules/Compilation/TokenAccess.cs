using System.Linq.Expressions;
using System.Reflection;
using Intimacy.Rules.Network;

namespace Intimacy.Rules.Compilation;

/// <summary>Builds expressions and values that read declarations out of tokens.</summary>
internal static class TokenAccess
{
    private static readonly FieldInfo ParentField = typeof(Token).GetField(nameof(Token.Parent))!;
    private static readonly FieldInfo FactField = typeof(Token).GetField(nameof(Token.Fact))!;
    private static readonly FieldInfo ObjectField = typeof(Fact).GetField(nameof(Fact.Object))!;

    public static Expression Read(Expression token, int up, Type type)
    {
        var current = token;
        for (var i = 0; i < up; i++)
        {
            current = Expression.Field(current, ParentField);
        }

        Expression value = Expression.Field(Expression.Field(current, FactField), ObjectField);
        return type == typeof(object) ? value : Expression.Convert(value, type);
    }

    public static object? Read(Token? token, int up)
    {
        var current = token;
        for (var i = 0; i < up && current is not null; i++)
        {
            current = current.Parent;
        }

        return current?.Fact?.Object;
    }
}
