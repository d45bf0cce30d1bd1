namespace Intimacy.Rules.Network;

/// <summary>A network object a session keeps across resets (see <c>Sessions.Recycler</c>).</summary>
internal interface IReusable
{
    /// <summary>Drops every reference and flag, so that the object holds nothing of the run it served.</summary>
    void Clear();
}
