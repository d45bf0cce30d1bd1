namespace Intimacy.Testing;

/// <summary>
/// A full garbage collection for tests that check what stays reachable: collections and finalizers three times over (an
/// object a finalizer releases, or a weak table's entry, may need a second pass), then a last collection. Shared by the
/// test projects as a linked source file.
/// </summary>
internal static class FullCollection
{
    /// <summary>Collects until what is unreachable has gone.</summary>
    public static void Run()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        GC.Collect();
    }
}
