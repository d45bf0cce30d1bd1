namespace Intimacy.Core.Validation;

/// <summary>The codes a <see cref="ValidationError"/> can carry.</summary>
public static class ValidationCodes
{
    /// <summary>A required value is missing.</summary>
    public const string Required = "required";

    /// <summary>A number is outside its allowed range, or an option is not one of the allowed ones.</summary>
    public const string Range = "range";

    /// <summary>Two or more answers contradict each other.</summary>
    public const string Combination = "combination";

    /// <summary>The profile was written for a format version this library does not read.</summary>
    public const string SchemaVersion = "schemaVersion";

    /// <summary>The JSON text is malformed or a value has the wrong type.</summary>
    public const string Json = "json";

    /// <summary>The JSON names a property the format does not have.</summary>
    public const string UnknownProperty = "unknownProperty";

    /// <summary>The JSON names the same property twice in one object.</summary>
    public const string DuplicateProperty = "duplicateProperty";
}
