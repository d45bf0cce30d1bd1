using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;

namespace Intimacy.Recommendations.Planning;

/// <summary>An item on its way into a plan: merged candidates, before the veto and staging.</summary>
internal sealed class Draft(InterventionIndex.Entry entry, ItemAudience audience)
{
    public InterventionIndex.Entry Entry { get; } = entry;

    public ItemAudience Audience { get; } = audience;

    public int Priority { get; set; }

    public Indicator Indicator { get; set; } = Indicator.Info;

    public List<Reason> Reasons { get; } = [];

    /// <summary>Set when the veto holds the item back: the gate or contraindication id.</summary>
    public string? HeldBy { get; set; }

    /// <summary>The precedence of what holds it back (lower wins); contraindications come after the table's rows.</summary>
    public int HeldByRank { get; set; } = int.MaxValue;

    public List<Reason>? WithheldReasons { get; set; }

    /// <summary>Who may see the reasons of what holds it back (<see cref="HeldBy"/>), and so its id.</summary>
    public Disclosure HeldByDisclosure { get; private set; } = Disclosure.ClinicianOnly;

    public string Id => Entry.Intervention.Id;

    public void Hold(string heldBy, int rank, Reason why)
    {
        if (rank < HeldByRank)
        {
            HeldBy = heldBy;
            HeldByRank = rank;
            HeldByDisclosure = why.Disclosure;
        }
        else if (rank == HeldByRank && heldBy == HeldBy)
        {
            // The same gate for both partners: visible where either reason is, never shared by accident.
            HeldByDisclosure = Privacy.Either([HeldByDisclosure, why.Disclosure]);
        }

        (WithheldReasons ??= []).Add(why);
    }
}
