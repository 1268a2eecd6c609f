using System.Collections.Frozen;
using Claimtrail.Extraction.Learned;

namespace Claimtrail.CheckWorthiness;

/// <summary>
/// The features of one sentence for the check-worthiness model, hashed into a fixed table. What makes a
/// sentence worth checking is mostly lexical (figures, comparisons, named actors, past events) and what makes
/// it not is opinion, questions, first-person talk and hedging, so the templates are words and word pairs,
/// word endings (tense and plurals without a tagger), and a few counts: numbers, percentages and money,
/// capitalised names inside the sentence, past and future tense markers, hedges, first person, length.
/// One pass over the characters, no allocation per word beyond the feature list: the scorer runs on every
/// mention of every report.
/// </summary>
internal static class CheckWorthinessFeatures
{
    /// <summary>Version of the templates; a model made with others is refused.</summary>
    public const int Version = 1;

    /// <summary>Bits of the hashed table: 2^18 weights.</summary>
    public const int Bits = 18;

    private const ulong WordSalt = 0x11, PairSalt = 0x22, SuffixSalt = 0x33, FlagSalt = 0x44, FirstSalt = 0x55;

    private static readonly FrozenSet<string> Hedges = new[]
    {
        "may", "might", "could", "perhaps", "maybe", "probably", "possibly", "allegedly", "reportedly", "apparently",
        "think", "believe", "guess", "suppose", "seems", "seem", "likely", "feel", "hope", "should", "would",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FirstPerson = new[] { "i", "i'm", "i've", "me", "my", "we", "we're", "we've", "our", "us" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Past = new[] { "was", "were", "had", "did", "said", "went", "made", "took", "got", "gave", "voted", "passed" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Future = new[] { "will", "going", "gonna", "shall", "tomorrow", "plan" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Money = new[] { "million", "billion", "trillion", "percent", "dollars", "dollar", "tax", "taxes", "budget", "deficit", "debt" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HedgeLookup = Hedges.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPersonLookup = FirstPerson.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastLookup = Past.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureLookup = Future.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MoneyLookup = Money.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the feature indices of <paramref name="text"/> to <paramref name="features"/> (cleared first).</summary>
    public static void Extract(ReadOnlySpan<char> text, List<int> features)
    {
        features.Clear();
        var mask = (1 << Bits) - 1;
        Span<char> buffer = stackalloc char[48];
        ulong previous = FeatureHash.Word("<s>");
        int words = 0, numbers = 0, names = 0, hedges = 0, firstPerson = 0, past = 0, future = 0, money = 0;
        var percent = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '%')
            {
                percent = true;
            }

            if (!char.IsLetterOrDigit(c) && c != '$')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '.' or ',' or '$') && !(text[i] is '.' or ',' && (i + 1 >= text.Length || !char.IsDigit(text[i + 1]))))
            {
                i++;
            }

            var raw = text[start..i];
            var length = Math.Min(raw.Length, buffer.Length);
            for (var k = 0; k < length; k++)
            {
                buffer[k] = FeatureHash.Fold(raw[k]);
            }

            var word = buffer[..length];
            var isNumber = char.IsDigit(raw[0]) || raw[0] == '$';
            var hash = isNumber ? FeatureHash.Word("<num>") : FeatureHash.Word(word);
            features.Add(Index(FeatureHash.Mix(WordSalt, hash), mask));
            features.Add(Index(FeatureHash.Mix(PairSalt, previous, hash), mask));
            if (!isNumber && word.Length > 4)
            {
                features.Add(Index(FeatureHash.Mix(SuffixSalt, FeatureHash.Suffix(word, 3)), mask));
            }

            if (words == 0)
            {
                features.Add(Index(FeatureHash.Mix(FirstSalt, hash), mask));
            }

            numbers += isNumber ? 1 : 0;
            names += words > 0 && char.IsUpper(raw[0]) ? 1 : 0;
            ReadOnlySpan<char> key = word;
            hedges += HedgeLookup.Contains(key) ? 1 : 0;
            firstPerson += FirstPersonLookup.Contains(key) ? 1 : 0;
            past += PastLookup.Contains(key) || (word.Length > 4 && word.EndsWith("ed")) ? 1 : 0;
            future += FutureLookup.Contains(key) ? 1 : 0;
            money += MoneyLookup.Contains(key) || raw[0] == '$' ? 1 : 0;
            previous = hash;
            words++;
        }

        features.Add(Flag("bias", 0, mask));
        features.Add(Flag("numbers", Bucket(numbers), mask));
        features.Add(Flag("names", Bucket(names), mask));
        features.Add(Flag("hedges", Bucket(hedges), mask));
        features.Add(Flag("first-person", Bucket(firstPerson), mask));
        features.Add(Flag("past", Bucket(past), mask));
        features.Add(Flag("future", Bucket(future), mask));
        features.Add(Flag("money", Bucket(money), mask));
        features.Add(Flag("percent", percent ? 1 : 0, mask));
        features.Add(Flag("question", text.TrimEnd().EndsWith("?") ? 1 : 0, mask));
        features.Add(Flag("length", words switch { < 5 => 0, < 10 => 1, < 20 => 2, < 40 => 3, _ => 4 }, mask));
        features.Add(Flag("number-and-past", numbers > 0 && past > 0 ? 1 : 0, mask));
    }

    private static int Bucket(int count) => Math.Min(count, 3);

    private static int Flag(string name, int value, int mask) => Index(FeatureHash.Mix(FlagSalt, FeatureHash.Word(name), (ulong)value), mask);

    private static int Index(ulong hash, int mask) => (int)(hash & (ulong)mask);
}
