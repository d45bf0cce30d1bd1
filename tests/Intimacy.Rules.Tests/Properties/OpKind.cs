using System.Text;

namespace Intimacy.Rules.Tests.Properties;

public enum OpKind
{
    Insert,
    Update,
    Retract,
    Fire,
}
