namespace Intimacy.Rules;

/// <summary>Placeholder until the engine lands.</summary>
public static class EnginePlaceholder
{
}
