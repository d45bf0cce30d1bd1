namespace Intimacy.Rules.RuleModel;

/// <summary>
/// Lets a fact say which object identifies it in working memory. Without it, facts are identified by
/// their own <see cref="object.Equals(object)"/> and <see cref="object.GetHashCode"/>.
/// </summary>
public interface IIdentityProvider
{
    /// <summary>Returns the object that identifies this fact.</summary>
    /// <returns>The identity object; equal identities mean the same fact.</returns>
    object GetIdentity();
}
