using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Network;

/// <summary>Says which match a linked fact belongs to.</summary>
internal sealed class LinkedFactSource : IFactSource
{
    private readonly Activation _activation;

    public LinkedFactSource(Activation activation)
    {
        _activation = activation;
    }

    public FactSourceType SourceType => FactSourceType.Linked;

    public IEnumerable<IFact> Facts => _activation.Facts;

    public Activation Activation => _activation;
}
