using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;

namespace Claimtrail.Text;

/// <summary>
/// An English word list with frequency tiers (SCOWL sizes: 10 = the most common words, 60 = rare ones).
/// Look-ups ignore case. <see cref="Shared"/> is the list shipped with the program, built by
/// <c>tools/build-wordlist.sh</c>. Immutable and safe to share between threads.
/// </summary>
public sealed class WordLexicon
{
    /// <summary>The tier of the most common words.</summary>
    public const int MostCommonTier = 10;

    /// <summary>The highest tier of words counted as common (SCOWL size 35: everyday vocabulary).</summary>
    public const int CommonTier = 35;

    /// <summary>The tier of the rarest words in the shipped list.</summary>
    public const int RarestTier = 60;

    private const string ResourceName = "Claimtrail.Resources.english-words.tsv.gz";

    // Loading parses 79,465 lines from a 257 KB gzip stream: about 40 ms measured on this project's
    // 2-core machines (up to 0.2 s while other builds run), paid once, on first use, not at start-up.
    // The compound counts used by glued-word repair add about 30 ms on the first repair.
    private static readonly Lazy<WordLexicon> SharedLexicon = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, byte> _tiers;
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Lazy<CompoundCounts> _compounds;

    /// <summary>Creates a lexicon in which every word of <paramref name="words"/> has <see cref="MostCommonTier"/>.</summary>
    public WordLexicon(IEnumerable<string> words)
        : this(Tiered(words))
    {
    }

    private WordLexicon(IEnumerable<KeyValuePair<string, int>> tiers)
    {
        _tiers = new Dictionary<string, byte>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, tier) in tiers)
        {
            if (word.Length == 0)
            {
                continue;
            }

            var clamped = (byte)Math.Clamp(tier, 1, byte.MaxValue);
            // The same word may be listed in two spellings of case ("OK", "ok"): keep the more common tier.
            if (!_tiers.TryGetValue(word, out var existing) || clamped < existing)
            {
                _tiers[word] = clamped;
            }
        }

        _lookup = _tiers.GetAlternateLookup<ReadOnlySpan<char>>();
        _compounds = new Lazy<CompoundCounts>(() => CompoundCounts.Build(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The lexicon shipped with the program (loaded once, on first use).</summary>
    public static WordLexicon Shared => SharedLexicon.Value;

    /// <summary>How long loading <see cref="Shared"/> took, once it has been loaded.</summary>
    public static TimeSpan? SharedLoadTime { get; private set; }

    /// <summary>Number of distinct words (ignoring case).</summary>
    public int Count => _tiers.Count;

    /// <summary>Creates a lexicon from words and their tiers (lower is more common).</summary>
    public static WordLexicon FromTiers(IEnumerable<KeyValuePair<string, int>> tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        return new WordLexicon(tiers);
    }

    /// <summary>Reads a lexicon from a stream of <c>word&lt;TAB&gt;tier</c> lines (the shipped format, unzipped).</summary>
    public static WordLexicon Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<KeyValuePair<string, int>>(90_000);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var tier = int.Parse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture);
            entries.Add(new KeyValuePair<string, int>(line[..tab], tier));
        }

        return new WordLexicon(entries);
    }

    /// <summary>True when <paramref name="word"/> is a known English word (ignoring case).</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>
    /// The frequency tier of <paramref name="word"/>: <see cref="MostCommonTier"/> (10) for the most
    /// common words up to <see cref="RarestTier"/> (60); null when the word is unknown.
    /// </summary>
    public int? TierOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var tier) ? tier : null;

    /// <summary>True when <paramref name="word"/> is known and at most <paramref name="maxTier"/> (default: common words).</summary>
    public bool IsCommon(ReadOnlySpan<char> word, int maxTier = CommonTier) =>
        _lookup.TryGetValue(word, out var tier) && tier <= maxTier;

    /// <summary>
    /// True when <paramref name="word"/> is known as it stands or as a regular inflection or prefixed form of
    /// a known word ("re-" + word, word + "-ed", "-ing", "-s", "'s", …). A cheap test, not a morphological analysis.
    /// </summary>
    public bool ContainsWordOrInflection(ReadOnlySpan<char> word) =>
        Contains(word) || Inflections.IsInflectionOfKnown(this, word);

    /// <summary>
    /// How many known words are <paramref name="word"/> followed by another known word of three letters or
    /// more ("air" in "airbase", "aircraft", …): high for words that often start closed compounds.
    /// </summary>
    internal int CompoundsStartingWith(ReadOnlySpan<char> word) => _compounds.Value.StartingWith(word);

    /// <summary>How many known words are another known word of three letters or more followed by <paramref name="word"/>.</summary>
    internal int CompoundsEndingWith(ReadOnlySpan<char> word) => _compounds.Value.EndingWith(word);

    internal IEnumerable<string> Words => _tiers.Keys;

    private static IEnumerable<KeyValuePair<string, int>> Tiered(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Select(w => new KeyValuePair<string, int>(w, MostCommonTier));
    }

    private static WordLexicon LoadShipped()
    {
        var clock = Stopwatch.StartNew();
        using var stream = typeof(WordLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The word list resource {ResourceName} is missing from {typeof(WordLexicon).Assembly.GetName().Name}.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var lexicon = Load(reader);
        SharedLoadTime = clock.Elapsed;
        return lexicon;
    }
}
