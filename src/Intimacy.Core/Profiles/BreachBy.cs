namespace Intimacy.Core.Profiles;

/// <summary>Whose actions broke the couple's trust or agreement, as the respondent reports it.</summary>
public enum BreachBy
{
    /// <summary>The respondent.</summary>
    Self,

    /// <summary>The respondent's partner.</summary>
    Partner,

    /// <summary>Both partners.</summary>
    Both,
}
