using System.Text;

namespace Intimacy.Rules.Tests.Properties;

/// <summary>A session operation; Update and Retract pick a live caller fact by <see cref="Slot"/>.</summary>
public sealed record OpSpec(OpKind Kind, int Slot, int FactKind, int A, int B)
{
    public override string ToString() => Kind switch
    {
        OpKind.Insert => $"insert k{FactKind} a{A} b{B}",
        OpKind.Update => $"update slot{Slot} a{A} b{B}",
        OpKind.Retract => $"retract slot{Slot}",
        _ => "fire",
    };
}
