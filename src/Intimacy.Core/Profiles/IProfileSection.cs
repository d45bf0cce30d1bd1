namespace Intimacy.Core.Profiles;

/// <summary>A group of answers given by one partner, shown or hidden together.</summary>
public interface IProfileSection
{
    /// <summary>Who may see the answers in this section and anything derived from them.</summary>
    Visibility Visibility { get; }
}
