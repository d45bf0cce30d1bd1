using System.Runtime.CompilerServices;

namespace Intimacy.Simulation.Aggregation;

/// <summary>
/// Numbers the codes an aggregate meets (finding codes, intervention ids, gate ids, breakdown values)
/// densely from 0 in order of first sight, so counters are arrays indexed by number rather than
/// dictionaries keyed by strings. Output never depends on the numbering: reports sort by the text.
/// </summary>
/// <remarks>
/// A plan names a few dozen codes, and the engine hands out the same string instances each time (rule
/// constants, catalog ids). So a lookup first tries a small direct-mapped cache indexed by the length
/// and three characters of the code and confirmed by reference (measured about 3 ns, against 10 to 15 ns
/// for a dictionary lookup by reference or by text); on a miss it falls back to a dictionary by text
/// and refreshes the cache entry. A cache entry is only ever a shortcut: equal text always gets the
/// same number.
/// </remarks>
internal sealed class CodeTable
{
    private const int CacheSize = 512;

    private readonly Dictionary<string, int> _byText = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];
    private readonly string?[] _cachedCodes = new string?[CacheSize];
    private readonly int[] _cachedNumbers = new int[CacheSize];

    public int Count => _texts.Count;

    public string this[int number] => _texts[number];

    /// <summary>The code's number, giving it the next one when it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Number(string code)
    {
        var slot = Slot(code);
        return ReferenceEquals(_cachedCodes[slot], code) ? _cachedNumbers[slot] : Miss(code, slot);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(string code)
    {
        var length = code.Length;
        if (length == 0)
        {
            return 0;
        }

        var mix = (uint)length * 0x9E3779B1u;
        mix ^= code[length - 1] * 0x85EBCA77u;
        mix ^= code[length >> 1] * 0xC2B2AE3Du;
        mix ^= code[length >> 2] * 0x27D4EB2Fu;
        return (int)((mix ^ (mix >> 15)) & (CacheSize - 1));
    }

    private int Miss(string code, int slot)
    {
        if (!_byText.TryGetValue(code, out var number))
        {
            number = _texts.Count;
            _texts.Add(code);
            _byText.Add(code, number);
        }

        _cachedCodes[slot] = code;
        _cachedNumbers[slot] = number;
        return number;
    }
}
