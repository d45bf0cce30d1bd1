using System.Globalization;
using System.Text;

namespace Intimacy.Core.Tests.Originality;

/// <summary>
/// Finds runs of consecutive words that a shipped text shares with one of the five seed articles
/// the domain was taken from (the project rule: every text is in the project's own words).
/// </summary>
/// <remarks>
/// <para>Texts and seeds are compared as normalised word sequences: lower-cased, curly apostrophes
/// folded and apostrophes dropped ("don't" is "dont"), every other non-alphanumeric character a word
/// break. So case, punctuation and hyphens ("non-sexual" is "non sexual") cannot hide a copy.</para>
/// <para>Threshold: <see cref="RunLength"/> = 7 consecutive words. When it was chosen, the longest
/// run any shipped text shared with a seed, once the allow-listed titles and headings were masked,
/// was 6 words (the barrier name "Perfectionism and a need for control", the seed's own phrase for
/// the concept, and the locator "busy lifestyles (caring for children or elderly parents)"); the
/// longest run in a descriptive sentence was 5 ("about desires, limits and fantasies",
/// "taking each other for granted"). A copied sentence is almost always longer: of the seeds'
/// 729 sentences, headings and list items of three words or more, 85% have 7 words or more (the
/// median is 14). A copy shorter than that is caught by review, not by
/// this test.</para>
/// <para>Allow-list (<see cref="AllowedPhrases"/>): the seed articles' titles, which a source must
/// name, and the few section headings and questions that citation locators quote to point into an
/// article. Each entry must occur in a seed (checked by a test), and it is masked only where it
/// occurs as a whole; the words around it are still checked.</para>
/// </remarks>
internal static class SeedCopyDetector
{
    /// <summary>Shortest shared run of consecutive words that counts as copied.</summary>
    public const int RunLength = 7;

    /// <summary>Titles and headings of the seed articles that shipped texts may quote (normalised form).</summary>
    public static IReadOnlyList<string> AllowedPhrases { get; } =
    [
        // Titles of the five seed articles (Sources.cs names them; docs list them).
        "how to rekindle intimacy and repair emotional connections in your relationship",
        "rebuilding emotional intimacy strategies for stronger connections",
        "rekindling the spark rebuilding emotional intimacy in your relationship",
        "how to restore intimacy in a relationship",
        // Section headings and FAQ questions quoted by citation locators (Citation.At).
        "couples therapy when and why to consider professional guidance",
        "how sex therapy can help partners reconnect sexually",
        "psychological barriers to intimacy",
        "what sex therapy can address",
        "signs that professional help might be needed",
        "knowing love languages and emphasizing quality time",
    ];

    /// <summary>The normalised words of a text.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in text.ToLowerInvariant())
        {
            var c = raw is '\u2019' or '\u2018' ? '\'' : raw;
            if (c == '\'')
            {
                continue;
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>Indexes seed texts (name → full text) for <see cref="SeedIndex.FindRuns"/>.</summary>
    public static SeedIndex Index(IReadOnlyDictionary<string, string> seeds) => new(seeds);

    /// <summary>A searchable set of seed word sequences.</summary>
    internal sealed class SeedIndex
    {
        private readonly Dictionary<string, IReadOnlyList<string>> _seeds;
        private readonly Dictionary<string, List<(string Seed, int Position)>> _starts = new(StringComparer.Ordinal);

        public SeedIndex(IReadOnlyDictionary<string, string> seeds)
        {
            _seeds = seeds.ToDictionary(s => s.Key, s => Words(s.Value), StringComparer.Ordinal);
            foreach (var (name, words) in _seeds)
            {
                for (var i = 0; i + 3 <= words.Count; i++)
                {
                    var key = Key(words, i);
                    if (!_starts.TryGetValue(key, out var list))
                    {
                        _starts[key] = list = [];
                    }

                    list.Add((name, i));
                }
            }
        }

        /// <summary>True when the normalised phrase occurs in some seed.</summary>
        public bool Contains(string phrase)
        {
            var words = Words(phrase);
            return _seeds.Values.Any(seed => IndexOf(seed, words, 0) >= 0);
        }

        /// <summary>
        /// Every maximal run of at least <paramref name="minimum"/> words that the text shares with
        /// a seed, after masking the allowed phrases.
        /// </summary>
        public IReadOnlyList<SharedRun> FindRuns(string text, int minimum = RunLength)
        {
            var words = Words(text).ToArray();
            foreach (var allowed in AllowedPhrases)
            {
                var phrase = Words(allowed);
                for (var at = IndexOf(words, phrase, 0); at >= 0; at = IndexOf(words, phrase, at + phrase.Count))
                {
                    for (var k = 0; k < phrase.Count; k++)
                    {
                        words[at + k] = "\u0000";
                    }
                }
            }

            var runs = new List<SharedRun>();
            for (var i = 0; i + 3 <= words.Length; i++)
            {
                if (!_starts.TryGetValue(Key(words, i), out var hits))
                {
                    continue;
                }

                foreach (var (seed, j) in hits)
                {
                    var seedWords = _seeds[seed];
                    if (i > 0 && j > 0 && words[i - 1] == seedWords[j - 1])
                    {
                        continue; // not the start of a maximal run
                    }

                    var length = 3;
                    while (i + length < words.Length && j + length < seedWords.Count && words[i + length] == seedWords[j + length])
                    {
                        length++;
                    }

                    if (length >= minimum)
                    {
                        runs.Add(new SharedRun(seed, length, string.Join(' ', words.Skip(i).Take(length))));
                    }
                }
            }

            return runs.DistinctBy(r => r.Words).ToList();
        }

        private static string Key(IReadOnlyList<string> words, int at) => string.Join(' ', words[at], words[at + 1], words[at + 2]);

        private static int IndexOf(IReadOnlyList<string> haystack, IReadOnlyList<string> needle, int from)
        {
            for (var i = from; i + needle.Count <= haystack.Count; i++)
            {
                var k = 0;
                while (k < needle.Count && haystack[i + k] == needle[k])
                {
                    k++;
                }

                if (k == needle.Count)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>A run of words a text shares with a seed.</summary>
    internal sealed record SharedRun(string Seed, int Length, string Words)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Length} words shared with {Seed}: \"{Words}\"");
    }
}
