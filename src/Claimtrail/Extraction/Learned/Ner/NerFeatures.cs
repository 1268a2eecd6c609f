using Claimtrail.Geo;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Learned.Ner;

/// <summary>
/// The tagger's features for each token of a sentence, as hash buckets of a <see cref="WeightTable"/>: the word and
/// its neighbours, prefixes and suffixes, shape and capitalisation pattern, position, whether the embedded gazetteer
/// holds the word or the words around it (and as what: country, region, town of what size), also when the word is in
/// lower case, whether it is a common English word or a demonym, whether the same word is written with a capital
/// elsewhere in the document, whether the sentence is a headline or has no capital at all, and the pair of words
/// around it. Every feature comes twice: once as it is, once joined with the domain.
/// </summary>
internal sealed class NerFeatures
{
    /// <summary>Feature templates per token.</summary>
    public const int Templates = 33;

    /// <summary>Buckets per token: each template plain and joined with the domain.</summary>
    public const int PerToken = Templates * 2;

    /// <summary>Version of the templates; a model made with others is refused.</summary>
    public const int Version = 2;

    private const int MaxGazetteerTokens = 3;
    private const ulong Start = 0x5354415254UL;
    private const ulong End = 0x454E44UL;
    private const ulong NotLower = 7777;

    // Most look-ups repeat (names recur, and so do the runs of capitals tried against the gazetteer): answers are kept,
    // up to a bound, for the tagger's lifetime. Their values depend only on the shipped data, never on the document.
    private const int MaxCached = 200_000;

    private readonly Gazetteer? _gazetteer;
    private readonly WordLexicon? _lexicon;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ulong> _gazetteerCache = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TokenInfo> _tokenCache = new(StringComparer.Ordinal);

    // Entries added since the last clear. ConcurrentDictionary.Count takes every lock of the dictionary, and asking it
    // on each miss showed in profiles; an approximate count is enough to bound the caches.
    private int _gazetteerCount;
    private int _tokenCount;

    public NerFeatures(Gazetteer? gazetteer, WordLexicon? lexicon)
    {
        _gazetteer = gazetteer;
        _lexicon = lexicon;
    }

    /// <summary>What a token's text alone gives: its hashes, class, prefixes, suffixes, word-list tier, whether it is a nationality, and what the gazetteer says of it in lower case.</summary>
    private readonly record struct TokenInfo(ulong Word, ulong Shape, Case Case, ulong Prefix2, ulong Prefix3, ulong Prefix4, ulong Suffix2, ulong Suffix3, ulong Suffix4, ulong Tier, bool Demonym, ulong LowerPlace);

    /// <summary>Capitalisation classes of a token.</summary>
    private enum Case : byte
    {
        Lower,
        Title,
        Upper,
        Letter,
        Mixed,
        Digits,
        Alphanumeric,
        Punctuation,
        Handle,
        Hashtag,
        Link,
        Other,
    }

    /// <summary>
    /// What the document says about its words: the (lower-cased) words it writes with an initial capital somewhere
    /// other than at the start of a sentence, so a word in an all-capitals headline or at a sentence's start is known
    /// as a name when the body writes it as one.
    /// </summary>
    public HashSet<ulong> Remember(IEnumerable<IReadOnlyList<string>> sentences) => RememberDescribed(sentences.Select(Describe));

    private static HashSet<ulong> RememberDescribed(IEnumerable<TokenInfo[]> sentences)
    {
        var names = new HashSet<ulong>();
        foreach (var info in sentences)
        {
            for (var i = 1; i < info.Length; i++)
            {
                if (info[i].Case is Case.Title or Case.Mixed)
                {
                    names.Add(info[i].Word);
                }
            }
        }

        return names;
    }

    /// <summary>
    /// The buckets of every sentence of one document (<see cref="PerToken"/> per token), as <see cref="Remember"/> and
    /// <see cref="Extract"/> would give them, with each token described once for both: tagging a document looks up
    /// every token's description, and doing it twice cost a fifth of the tagger's time.
    /// </summary>
    public int[][] ExtractDocument(IReadOnlyList<IReadOnlyList<string>> sentences, NerDomain domain, WeightTable table)
    {
        var described = new TokenInfo[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            described[s] = Describe(sentences[s]);
        }

        var memory = RememberDescribed(described);
        var buckets = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            buckets[s] = new int[sentences[s].Count * PerToken];
            ExtractDescribed(sentences[s], described[s], domain, memory, table, buckets[s]);
        }

        return buckets;
    }

    /// <summary>Writes <see cref="PerToken"/> buckets of <paramref name="table"/> per token into <paramref name="buckets"/>.</summary>
    public void Extract(IReadOnlyList<string> tokens, NerDomain domain, HashSet<ulong> memory, WeightTable table, Span<int> buckets) =>
        ExtractDescribed(tokens, Describe(tokens), domain, memory, table, buckets);

    private TokenInfo[] Describe(IReadOnlyList<string> tokens)
    {
        var info = new TokenInfo[tokens.Count];
        for (var i = 0; i < info.Length; i++)
        {
            info[i] = Describe(tokens[i]);
        }

        return info;
    }

    private void ExtractDescribed(IReadOnlyList<string> tokens, TokenInfo[] info, NerDomain domain, HashSet<ulong> memory, WeightTable table, Span<int> buckets)
    {
        var n = tokens.Count;
        var words = new ulong[n];
        var shapes = new ulong[n];
        var cases = new Case[n];
        for (var i = 0; i < n; i++)
        {
            words[i] = info[i].Word;
            shapes[i] = info[i].Shape;
            cases[i] = info[i].Case;
        }

        var gazetteer = GazetteerMarks(tokens, cases);
        var headline = IsHeadline(cases);
        var style = headline ? 2UL : IsLowerSentence(cases) ? 1UL : 0UL;
        var domainTag = 0xD0UL + (ulong)domain;
        Span<ulong> f = stackalloc ulong[Templates];
        for (var i = 0; i < n; i++)
        {
            var t0 = info[i];
            var c = (ulong)cases[i];
            var w = words[i];
            var previous = i > 0 ? words[i - 1] : Start;
            var next = i + 1 < n ? words[i + 1] : End;
            var previousShape = i > 0 ? shapes[i - 1] : Start;
            var nextShape = i + 1 < n ? shapes[i + 1] : End;
            var previousCase = i > 0 ? (ulong)cases[i - 1] : 99;
            var nextCase = i + 1 < n ? (ulong)cases[i + 1] : 99;
            f[0] = 1;
            f[1] = FeatureHash.Mix(1, w);
            f[2] = FeatureHash.Mix(2, w, shapes[i]);
            f[3] = FeatureHash.Mix(3, t0.Prefix2);
            f[4] = FeatureHash.Mix(4, t0.Prefix3);
            f[5] = FeatureHash.Mix(5, t0.Prefix4);
            f[6] = FeatureHash.Mix(6, t0.Suffix2);
            f[7] = FeatureHash.Mix(7, t0.Suffix3);
            f[8] = FeatureHash.Mix(8, t0.Suffix4);
            f[9] = FeatureHash.Mix(9, shapes[i]);
            f[10] = FeatureHash.Mix(10, c, i == 0 ? 1UL : 0UL);
            f[11] = FeatureHash.Mix(11, previous);
            f[12] = FeatureHash.Mix(12, next);
            f[13] = FeatureHash.Mix(13, i > 1 ? words[i - 2] : Start);
            f[14] = FeatureHash.Mix(14, i + 2 < n ? words[i + 2] : End);
            f[15] = FeatureHash.Mix(15, previousShape, shapes[i]);
            f[16] = FeatureHash.Mix(16, shapes[i], nextShape);
            f[17] = FeatureHash.Mix(17, previous, w);
            f[18] = FeatureHash.Mix(18, w, next);
            f[19] = FeatureHash.Mix(19, gazetteer[i]);
            f[20] = FeatureHash.Mix(20, c, t0.Demonym ? 1UL : 0UL);
            f[21] = FeatureHash.Mix(21, c, memory.Contains(w) ? 1UL : 0UL, i == 0 ? 1UL : 0UL);
            f[22] = FeatureHash.Mix(22, c, t0.Tier);
            f[23] = FeatureHash.Mix(23, c, (ulong)Math.Min(tokens[i].Length, 12));
            f[24] = FeatureHash.Mix(24, previous, c);
            f[25] = FeatureHash.Mix(25, previousCase, c, nextCase);
            f[26] = FeatureHash.Mix(26, (ulong)Math.Min(i, 3), headline ? 1UL : 0UL, c);
            f[27] = FeatureHash.Mix(27, next, c);
            f[28] = FeatureHash.Mix(28, i > 0 ? gazetteer[i - 1] : Start, gazetteer[i], i + 1 < n ? gazetteer[i + 1] : End);
            f[29] = FeatureHash.Mix(29, i > 0 ? info[i - 1].Suffix3 : Start, c);
            f[30] = FeatureHash.Mix(30, t0.LowerPlace);
            f[31] = FeatureHash.Mix(31, style, c);
            f[32] = FeatureHash.Mix(32, previous, next);
            var o = i * PerToken;
            for (var t = 0; t < Templates; t++)
            {
                buckets[o + (2 * t)] = table.Bucket(f[t]);
                buckets[o + (2 * t) + 1] = table.Bucket(FeatureHash.Mix(f[t], domainTag));
            }
        }
    }

    private TokenInfo Describe(string token)
    {
        if (_tokenCache.TryGetValue(token, out var known))
        {
            return known;
        }

        var span = token.AsSpan();
        var c = ClassOf(token);
        var info = new TokenInfo(
            FeatureHash.Word(span),
            FeatureHash.Shape(span),
            c,
            Prefix(span, 2),
            Prefix(span, 3),
            Prefix(span, 4),
            FeatureHash.Suffix(span, 2),
            FeatureHash.Suffix(span, 3),
            FeatureHash.Suffix(span, 4),
            LexiconTier(span),
            IsDemonym(token, c),
            c == Case.Lower ? LowerGazetteerKind(token) : NotLower);
        if (_tokenCache.TryAdd(token, info) && Interlocked.Increment(ref _tokenCount) > MaxCached)
        {
            _tokenCache.Clear();
            Interlocked.Exchange(ref _tokenCount, 0);
        }

        return info;
    }

    private static ulong Prefix(ReadOnlySpan<char> token, int length) =>
        FeatureHash.Word(token.Length <= length ? token : token[..length]);

    private static Case ClassOf(string token)
    {
        if (token.Length == 0)
        {
            return Case.Other;
        }

        var first = token[0];
        if (first == '@' && token.Length > 1)
        {
            return Case.Handle;
        }

        if (first == '#' && token.Length > 1)
        {
            return Case.Hashtag;
        }

        if (token.StartsWith("http", StringComparison.OrdinalIgnoreCase) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return Case.Link;
        }

        int upper = 0, lower = 0, digits = 0, other = 0;
        foreach (var ch in token)
        {
            if (char.IsUpper(ch))
            {
                upper++;
            }
            else if (char.IsLower(ch))
            {
                lower++;
            }
            else if (char.IsDigit(ch))
            {
                digits++;
            }
            else
            {
                other++;
            }
        }

        var letters = upper + lower;
        return letters switch
        {
            0 when digits > 0 => Case.Digits,
            0 => char.IsPunctuation(first) ? Case.Punctuation : Case.Other,
            _ when digits > 0 => Case.Alphanumeric,
            _ when upper == 0 => Case.Lower,
            _ when lower == 0 => letters == 1 ? Case.Letter : Case.Upper,
            _ when char.IsUpper(first) && upper == 1 => Case.Title,
            _ => Case.Mixed,
        };
    }

    private static bool IsCapitalised(Case c) => c is Case.Title or Case.Upper or Case.Letter or Case.Mixed;

    // A sentence with no lower-case word (beyond a stray one) is a headline or a table row: capitals say little there.
    private static bool IsHeadline(Case[] cases)
    {
        int upper = 0, lower = 0;
        foreach (var c in cases)
        {
            upper += c == Case.Upper ? 1 : 0;
            lower += c == Case.Lower ? 1 : 0;
        }

        return upper >= 2 && lower <= 1;
    }

    // A sentence with no capital at all: capitals say nothing there either, in the other direction from a headline.
    private static bool IsLowerSentence(Case[] cases)
    {
        int capitals = 0, lower = 0;
        foreach (var c in cases)
        {
            capitals += IsCapitalised(c) ? 1 : 0;
            lower += c == Case.Lower ? 1 : 0;
        }

        return capitals == 0 && lower > 0;
    }

    // Posts write places in lower case ("amsterdam", "china"); what the gazetteer says of a lower-case word, with the
    // word's own weights, lets the tagger learn which such words are places.
    // Asked once per distinct token (the answer is kept with the token's description), so it skips the run cache.
    private ulong LowerGazetteerKind(string token)
    {
        if (_gazetteer is null || token.Length < 3)
        {
            return 0;
        }

        var found = _gazetteer.Find(token);
        return found.Count == 0 ? 0 : KindOf(found);
    }

    private static bool IsDemonym(string token, Case c) => IsCapitalised(c) && Demonyms.CountryOf(token) is not null;

    private ulong LexiconTier(ReadOnlySpan<char> token) =>
        _lexicon?.TierOf(token) is { } tier ? (ulong)(tier / 10) : 99;

    /// <summary>
    /// For each token, what the longest run of capitalised words through it is in the gazetteer: kind (country,
    /// region, or town by order of magnitude of population), the token's place in the run, and the run's length.
    /// </summary>
    private ulong[] GazetteerMarks(IReadOnlyList<string> tokens, Case[] cases)
    {
        var marks = new ulong[tokens.Count];
        if (_gazetteer is null)
        {
            return marks;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsCapitalised(cases[i]))
            {
                continue;
            }

            var longest = Math.Min(MaxGazetteerTokens, tokens.Count - i);
            for (var length = longest; length >= 1; length--)
            {
                if (!AllCapitalised(cases, i, length))
                {
                    continue;
                }

                var name = length switch
                {
                    1 => tokens[i],
                    2 => string.Concat(tokens[i], " ", tokens[i + 1]),
                    _ => string.Join(' ', tokens.Skip(i).Take(length)),
                };
                var kind = GazetteerKindOf(name);
                if (kind == 0)
                {
                    continue;
                }

                for (var k = 0; k < length; k++)
                {
                    marks[i + k] = FeatureHash.Mix(kind, k == 0 ? 1UL : 2UL, (ulong)length);
                }

                i += length - 1;
                break;
            }
        }

        return marks;
    }

    private static bool AllCapitalised(Case[] cases, int start, int length)
    {
        for (var k = start; k < start + length; k++)
        {
            if (!IsCapitalised(cases[k]))
            {
                return false;
            }
        }

        return true;
    }

    // 0 when the gazetteer does not hold the name.
    private ulong GazetteerKindOf(string name)
    {
        if (_gazetteerCache.TryGetValue(name, out var kind))
        {
            return kind;
        }

        var found = _gazetteer!.Find(name);
        kind = found.Count == 0 ? 0 : KindOf(found);
        if (_gazetteerCache.TryAdd(name, kind) && Interlocked.Increment(ref _gazetteerCount) > MaxCached)
        {
            _gazetteerCache.Clear();
            Interlocked.Exchange(ref _gazetteerCount, 0);
        }

        return kind;
    }

    private static ulong KindOf(IReadOnlyList<GazetteerEntry> entries)
    {
        var best = 1UL;
        foreach (var entry in entries)
        {
            var kind = entry.Kind switch
            {
                GazetteerKind.Country => 100UL,
                GazetteerKind.Region => 90UL,
                _ => (ulong)Math.Min(8, (int)Math.Log10(Math.Max(10, entry.Population))),
            };
            best = Math.Max(best, kind);
        }

        return best;
    }
}
