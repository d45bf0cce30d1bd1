using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace WebQuestionnaire.Web;

/// <summary>
/// Keeps Data Protection key XML in memory. The app uses the ephemeral provider, but the framework's
/// key manager still starts at boot and would otherwise write a key under the user's profile; with
/// this repository nothing is ever written to disk.
/// </summary>
internal sealed class InMemoryKeyRepository : IXmlRepository
{
    private readonly Lock _gate = new();
    private readonly List<XElement> _elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_gate)
        {
            return [.. _elements.Select(e => new XElement(e))];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        lock (_gate)
        {
            _elements.Add(new XElement(element));
        }
    }
}
