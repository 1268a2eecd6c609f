namespace Claimtrail.Text;

/// <summary>
/// Finds words that lost the space between them, typically at the edges of link text
/// ("Moscow callingquoted", "Meduzahas published"), and puts the space back.
/// </summary>
/// <remarks>
/// The rule, general and tuned on news text (../shared/corpus/news-en) so that real words and names survive.
/// <list type="bullet">
/// <item>Candidates: letters-only words of five letters or more that are not known words (nor a cheap
/// inflection or prefixed form of one), occur once in the text (ignoring case), are not all capitals or
/// camel case, are not part of a URL, address, handle or hashtag, and are not one edit away from a known
/// word (a misspelling: "belive" must not become "be live").</item>
/// <item>Right part: a known word, common (SCOWL tier 35 or less) or of six letters or more.</item>
/// <item>Lower-case words: the left part is a known word; two-letter parts only as function words glued
/// to a neighbour ("inthe", "regionby"); three-letter left parts only among the most common words; no
/// split when either part is rare while the other is too, or when any reading is a closed compound
/// (the right part ends three or more known compounds, or ends one while the left part starts three or
/// more: "air" + "base", "sports" + "car"), because compounds are far more often meant than glued; nor
/// when the left part starts three or more compounds and the right part is not a verb form, adverb or
/// function word ("home" + "buyers", but "watch" + "reported").</item>
/// <item>Capitalised words, mostly names, which often read as two words ("Germ" + "any", "Teterin" +
/// "sky", "Washing" + "ton"): the left part is a known word or a name (four letters or more, or seen
/// elsewhere in the text), and the right part is what follows a source's name in news prose: a short
/// function word or reporting verb ("has", "said", "from") or a common past-tense verb of six letters or
/// more ("claimed", "reported").</item>
/// <item>Of the splits allowed, the one with the most common parts wins (the lowest sum of tiers, a name
/// counting as tier 45). Text in which fewer than half the words are known English words is left alone.</item>
/// </list>
/// Measured on the whole news-en corpus (22.5 MB, 3.6 million words of edited Reuters and BBC news): 66
/// splits, 18 per million words: 24 real repairs ("shareholdersapproved"), 38 closed compounds opened
/// with their meaning kept ("followthrough", "foodservice"), 4 wrong (three garbled words, one place
/// name, "Tuscarawas"). GluedWordCorpusTests keeps the rate down.
/// </remarks>
internal sealed class GluedWordRepair
{
    private const int MinWord = 5;
    private const int NameTier = 45;
    private const double MinEnglishShare = 0.5;

    // Short words that follow a source's name in news: function words and reporting verbs. Words that
    // also end many names are left out ("and": Finland, "her": Thatcher, "the": Margrethe, "are": Delaware).
    private static readonly HashSet<string> ShortContinuations = new(StringComparer.OrdinalIgnoreCase)
    {
        "added", "also", "but", "cited", "did", "does", "for", "from", "had", "has", "have", "into", "noted",
        "said", "says", "that", "this", "told", "was", "were", "when", "who", "will", "with", "wrote",
    };

    private readonly WordLexicon _lexicon;

    public GluedWordRepair(WordLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary><paramref name="text"/> with the glued words split.</summary>
    public string Repair(string text)
    {
        // Most texts have no word that could be two, and are given back without tokenising them.
        if (!MaySplit(text))
        {
            return text;
        }

        var splits = FindSplits(text);
        if (splits.Count == 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + splits.Count);
        var copied = 0;
        foreach (var split in splits)
        {
            var at = split.Start + split.At;
            builder.Append(text, copied, at - copied).Append(' ');
            copied = at;
        }

        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The splits <see cref="Repair"/> would make, in text order.</summary>
    public List<GluedSplit> FindSplits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var splits = new List<GluedSplit>();
        var tokens = Tokenizer.Tokenize(text);
        var words = 0;
        var known = 0;
        List<Token>? candidates = null;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = token.In(text);
            words++;
            if (_lexicon.Contains(word))
            {
                known++;
            }
            else if (token.Length >= MinWord && IsCandidateShape(text, token, word))
            {
                (candidates ??= []).Add(token);
            }
        }

        // Most texts have no unknown long word: then the word counts, a dictionary of every word, are never built.
        if (candidates is null || words == 0 || known < words * MinEnglishShare)
        {
            return splits;
        }

        // Counted ignoring case: "baldwin" beside "Baldwin" is a name, not two words. Candidates are few, so each
        // count is a scan of the tokens rather than a dictionary of every word of every text.
        var counts = new WordCounts(text, tokens);
        foreach (var token in candidates)
        {
            var word = token.In(text);
            // The misspelling test is the dearest, so it runs only on words that would be split.
            if (counts.Of(word) == 1 && BestSplit(word, counts) is { } at
                && !Misspellings.IsOneEditFromKnown(_lexicon, word))
            {
                splits.Add(new GluedSplit(token.Start, token.Length, at));
            }
        }

        return splits;
    }

    /// <summary>
    /// False when <see cref="FindSplits"/> finds no split in <paramref name="text"/>, known without tokenising it: no
    /// run of letters is a candidate with a split its parts allow. May be true for a text with no split.
    /// </summary>
    public bool MaySplit(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A candidate is letters only, so it is a whole run of letters: the tokenizer starts and ends a word only where
        // letters start and end. The tests that need the whole text (how often a word occurs, the share of English
        // words) and the misspelling test only rule splits out, so they are left to FindSplits; counting every word as
        // occurring once lets through every split the real counts allow.
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var run = new Token(start, i, TokenKind.Word);
            var word = run.In(text);
            if (run.Length >= MinWord && !_lexicon.Contains(word) && IsCandidateShape(text, run, word)
                && BestSplit(word, WordCounts.EachOnce) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // The tests of a candidate that need no word counts; the word is known not to be in the lexicon.
    private bool IsCandidateShape(string text, Token token, ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            // Letters only, and no capital after the first letter: all capitals are acronyms, camel case is a brand.
            if (!char.IsLetter(word[i]) || (i > 0 && char.IsUpper(word[i])))
            {
                return false;
            }
        }

        return !InAddress(text, token) && !_lexicon.ContainsWordOrInflection(word);
    }

    // Part of a URL, e-mail address, file name, handle or hashtag: "meduza.io", "@moscowcalling", "#newsfeed".
    private static bool InAddress(string text, Token token)
    {
        if (token.Start > 0 && text[token.Start - 1] is '@' or '#' or '/' or '\\' or '_' or '.' or ':' or '=' or '?' or '&' or '~')
        {
            return true;
        }

        if (token.End < text.Length)
        {
            var next = text[token.End];
            if (next is '@' or '/' or '\\' or '_' or ':' or '=')
            {
                return true;
            }

            if (next == '.' && token.End + 1 < text.Length && char.IsLetterOrDigit(text[token.End + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private int? BestSplit(ReadOnlySpan<char> word, WordCounts counts)
    {
        var capitalised = char.IsUpper(word[0]);
        int? best = null;
        var bestCost = int.MaxValue;
        var bestBalance = 0;
        for (var at = 2; at <= word.Length - 2; at++)
        {
            var left = word[..at];
            var right = word[at..];
            // One reading as a closed compound ("sports" + "car") rules out the others ("sport" + "scar").
            // Capitalised words need no such test: only a name's typical successors split them.
            if (!capitalised && IsCompound(left, right))
            {
                return null;
            }

            if (Cost(left, right, capitalised, counts) is not { } cost)
            {
                continue;
            }

            var balance = Math.Min(left.Length, right.Length);
            if (cost < bestCost || (cost == bestCost && balance > bestBalance))
            {
                best = at;
                bestCost = cost;
                bestBalance = balance;
            }
        }

        return best;
    }

    // The cost of splitting into left + right (lower is better: the sum of the parts' tiers), or null when not allowed.
    private int? Cost(ReadOnlySpan<char> left, ReadOnlySpan<char> right, bool capitalised, WordCounts counts)
    {
        if (_lexicon.TierOf(right) is not { } rightTier)
        {
            return null;
        }

        var rightCommon = rightTier <= WordLexicon.CommonTier;
        if (!rightCommon && right.Length < 6)
        {
            return null;
        }

        var leftTier = _lexicon.TierOf(left);
        if (capitalised)
        {
            // Mostly names, and names often read as two words ("Germ" + "any", "Burn" + "ham", "Teterin" + "sky"):
            // split only before a word that follows a name in news prose.
            var name = leftTier is null && (left.Length >= 4 || counts.Of(left) > 0);
            if (!(name || leftTier is not null && left.Length >= 3) || !FollowsName(right, rightTier))
            {
                return null;
            }

            return (leftTier ?? NameTier) + rightTier;
        }

        if (leftTier is null || (leftTier > WordLexicon.CommonTier && !rightCommon))
        {
            return null;
        }

        // Two-letter parts: only function words glued to their neighbours ("ofthe", "regionby").
        if (left.Length == 2 && !(IsTwoLetterFunctionWord(left) && rightTier == WordLexicon.MostCommonTier))
        {
            return null;
        }

        if (right.Length == 2 && !(IsTwoLetterFunctionWord(right) && left.Length >= 4 && leftTier <= 20))
        {
            return null;
        }

        // Three-letter words that are not among the most common form names and jargon more often than
        // they lose a space ("tor" + "onto", "con" + "tango", "mob" + "log").
        if (left.Length == 3 && leftTier > WordLexicon.MostCommonTier)
        {
            return null;
        }

        // A left part that starts many compounds ("home", "feed", "show") glued to a noun is a closed
        // compound far more often than a lost space ("homebuyers", "feedgrains"); glued to a verb form,
        // an adverb or a function word it is not ("watchreported", "projectfinancing", "mediaallegedly").
        if (_lexicon.CompoundsStartingWith(left) >= 3 && !IsVerbFormOrFunctionWord(right))
        {
            return null;
        }

        return leftTier + rightTier;
    }

    private static bool IsVerbFormOrFunctionWord(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
        || ShortContinuations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    // A closed compound, not two words: known words on both sides, and the right part ends many known
    // compounds ("maker", "land", "up"), or does so at all while the left part starts many ("air" + "base").
    private bool IsCompound(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.Length < 3 || !_lexicon.Contains(left) || !_lexicon.Contains(right))
        {
            return false;
        }

        var endings = _lexicon.CompoundsEndingWith(right);
        return endings >= 3 || (endings >= 1 && _lexicon.CompoundsStartingWith(left) >= 3);
    }

    private static bool IsTwoLetterFunctionWord(ReadOnlySpan<char> word) =>
        word is "as" or "at" or "by" or "in" or "is" or "it" or "of" or "on" or "or" or "to";

    // Function words and reporting verbs, or a common past-tense verb of six letters or more ("claimed"):
    // what follows a source's name, and what names rarely end with.
    private static bool FollowsName(ReadOnlySpan<char> right, int rightTier) =>
        ShortContinuations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(right)
        || (rightTier <= WordLexicon.CommonTier && right.Length >= 6 && right.EndsWith("ed", StringComparison.Ordinal));
}
