using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>
/// Named entities from capitalisation, descriptors and context: "the site Meduza" is an outlet, "the
/// spokesman, Dmitry Peskov" a person, "Teterinsky Street" and "in Ryazan" places, "Pantsir-S1" equipment.
/// A name typed once is typed the same everywhere in the report ("Peskov said" after "Dmitry Peskov").
/// A trained recogniser can replace this stage through <see cref="IEntityRecognizer"/>.
/// </summary>
public sealed class RuleEntityRecognizer : IEntityRecognizer
{
    private const int MaxNameTokens = 6;
    private readonly WordLexicon _lexicon;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalysedText, List<EntityMention>> _results = [];

    /// <summary>Creates the recogniser; <paramref name="lexicon"/> tells common words from names.</summary>
    public RuleEntityRecognizer(WordLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Recognize(AnalysedText text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The pipeline and the attribution rules both ask; the answer for one text is computed once.
        return _results.GetValue(text, RecognizeOnce);
    }

    private List<EntityMention> RecognizeOnce(AnalysedText text)
    {
        var w = TokenWindow.For(text);
        var found = new List<(int First, int End, EntityType? Type)>();
        var taken = new bool[w.Count];
        foreach (var sentence in text.Sentences)
        {
            if (sentence.TokenCount <= 2 && w.IsAllCaps(sentence.FirstToken))
            {
                continue; // A kicker such as "FLY." names nothing.
            }

            FindInSentence(w, sentence, found, taken);
        }

        return Resolve(w, found);
    }

    private void FindInSentence(TokenWindow w, Sentence sentence, List<(int First, int End, EntityType? Type)> found, bool[] taken)
    {
        var end = sentence.EndToken;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            if (taken[i])
            {
                continue;
            }

            if (TryDescribedName(w, i, end, i == sentence.FirstToken || w.IsOpenQuote(i - 1), out var first, out var last, out var type) ||
                TryEquipment(w, i, out first, out last, out type) ||
                TryHandle(w, i, end, out first, out last, out type) ||
                TryInstitutionPhrase(w, i, end, out first, out last, out type))
            {
                Take(found, taken, first, last, type);
                i = last - 1;
                continue;
            }

            if (!w.IsCapitalised(i))
            {
                continue;
            }

            if ((i == sentence.FirstToken || w.IsOpenQuote(i - 1)) && IsCommonWord(w, i))
            {
                continue; // Sentence-initial capitals say nothing; the next word gets its own turn.
            }

            var run = CapitalisedRun(w, i, end);
            var start = i;

            var classified = Classify(w, sentence, start, run, out var nameStart, out var nameEnd);
            if (classified is null && nameEnd > nameStart && found.Count > 0 && found[^1] is { Type: EntityType.Place } previous &&
                (w.Is(nameStart - 1, "and") || w.Is(nameStart - 1, "or") || w.IsComma(nameStart - 1)) && previous.End == nameStart - 1)
            {
                classified = EntityType.Place; // "in Ryazan and Saratov".
            }

            if (nameEnd > nameStart && !Overlaps(taken, nameStart, nameEnd))
            {
                Take(found, taken, nameStart, nameEnd, classified);
            }

            i = Math.Max(run, nameEnd) - 1;
        }
    }

    private static void Take(List<(int First, int End, EntityType? Type)> found, bool[] taken, int first, int end, EntityType? type)
    {
        found.Add((first, end, type));
        for (var k = first; k < end; k++)
        {
            taken[k] = true;
        }
    }

    private static bool Overlaps(bool[] taken, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (taken[k])
            {
                return true;
            }
        }

        return false;
    }

    // "the online publication Agentstvo", "the site Meduza", "the Telegram channel Moscow calling", "The Sirena publication".
    private bool TryDescribedName(TokenWindow w, int i, int end, bool sentenceStart, out int first, out int last, out EntityType? type)
    {
        first = last = 0;
        type = null;
        var isChannel = w.In(i, Lexicon.ChannelNouns) && (w.In(i - 1, Lexicon.Platforms) || w.Is(i - 1, "the"));
        var isOutlet = w.In(i, Lexicon.OutletNouns) && !w.IsCapitalised(i);
        if ((isChannel || isOutlet) && i + 1 < end && (w.IsCapitalised(i + 1) || w.IsOpenQuote(i + 1)))
        {
            var (s, e) = NameAfter(w, i + 1, end, allowLowerTail: isChannel);
            // After a descriptor a capitalised word is a name even when it is also a word ("the channel Grey Zone").
            if (e > s && !w.In(s, Lexicon.FunctionWords) && !w.In(s, Lexicon.Calendar))
            {
                first = s;
                last = e;
                type = isChannel ? EntityType.Channel : EntityType.Outlet;
                return true;
            }
        }

        // Name before the descriptor: "The Sirena publication", "the Kyiv Independent newspaper".
        if (w.IsCapitalised(i) && !w.In(i, Lexicon.FunctionWords) && !(sentenceStart && IsCommonWord(w, i)))
        {
            var run = CapitalisedRun(w, i, end);
            if (run < end && w.In(run, Lexicon.OutletNouns) && !w.IsCapitalised(run) && run - i <= 3)
            {
                first = i;
                last = run;
                type = EntityType.Outlet;
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End) NameAfter(TokenWindow w, int i, int end, bool allowLowerTail)
    {
        if (w.IsOpenQuote(i))
        {
            for (var k = i + 1; k < end && k < i + 10; k++)
            {
                if (w.IsCloseQuote(k) || (w.IsQuote(k) && k > i + 1))
                {
                    return k > i + 1 ? (i + 1, k) : (0, 0);
                }
            }

            return (0, 0);
        }

        var e = CapitalisedRun(w, i, end);
        if (allowLowerTail)
        {
            // Channel names are often a phrase: "Moscow calling". Stop at cue words and function words.
            while (e < end && e - i < 4 && w.IsWord(e) && !w.IsCapitalised(e) && !w.In(e, Lexicon.FunctionWords) &&
                   !w.In(e, Lexicon.SpeechVerbs) && !w.In(e, Lexicon.PublishVerbs) && !w.In(e, Lexicon.ClauseBreakers) &&
                   !w.In(e, Lexicon.TrailingNoise) && !IsQuotedFromCue(w, e))
            {
                e++;
            }
        }

        return (i, e);
    }

    private static bool IsQuotedFromCue(TokenWindow w, int i) => PhraseSets.SourceFirst.Match(w, i) > 0;

    // "Pantsir-S1", "S-400", "Su-34", "Tu-95MS": letters, a hyphen, and a model number.
    private static bool TryEquipment(TokenWindow w, int i, out int first, out int last, out EntityType? type)
    {
        first = i;
        last = i + 1;
        type = EntityType.Equipment;
        if (!w.IsWord(i) || !char.IsUpper(w.Text[w.Tokens[i].Start]))
        {
            return false;
        }

        var raw = w.Raw(i);
        var hyphen = raw.IndexOf('-');
        if (hyphen <= 0 || hyphen > 8 || hyphen == raw.Length - 1 || w.In(i, Lexicon.NotNames))
        {
            return false;
        }

        var model = raw[(hyphen + 1)..];
        var digits = 0;
        foreach (var c in model)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }

            digits += char.IsDigit(c) ? 1 : 0;
        }

        // The model part is a code that starts with a capital or a digit: "S1", "400", "95MS".
        return digits > 0 && model.Length <= 6 && (char.IsUpper(model[0]) || char.IsDigit(model[0]));
    }

    private static bool TryHandle(TokenWindow w, int i, int end, out int first, out int last, out EntityType? type)
    {
        first = i;
        last = i + 2;
        type = EntityType.Channel;
        return w.IsPunct(i, '@') && i + 1 < end && w.IsWord(i + 1) && w.Tokens[i + 1].Start == w.Tokens[i].End;
    }

    // Lower-case institutions: "the defense ministry".
    private static bool TryInstitutionPhrase(TokenWindow w, int i, int end, out int first, out int last, out EntityType? type)
    {
        first = i;
        last = i;
        type = EntityType.Organisation;
        if (w.IsCapitalised(i) && !w.Is(i, "defense") && !w.Is(i, "defence"))
        {
            return false;
        }

        var n = PhraseSets.LowerCaseInstitutions.Match(w, i);
        if (n > 0 && i + n <= end)
        {
            last = i + n;
            return true;
        }

        return false;
    }

    private EntityType? Classify(TokenWindow w, Sentence sentence, int start, int run, out int nameStart, out int nameEnd)
    {
        nameStart = start;
        nameEnd = run;

        // A leading title is a role, not part of the name: "President Vladimir Putin".
        var titled = false;
        while (nameStart < run - 1 && w.In(nameStart, Lexicon.PersonTitles))
        {
            nameStart++;
            titled = true;
        }

        for (var k = nameStart; k < nameEnd; k++)
        {
            if (w.In(k, Lexicon.OrganisationHeads))
            {
                return EntityType.Organisation;
            }
        }

        // "The Sirena publication", "the Rybar channel".
        if (nameEnd < sentence.EndToken && !w.IsCapitalised(nameEnd) && nameEnd - nameStart <= 3)
        {
            if (w.In(nameEnd, Lexicon.OutletNouns))
            {
                return EntityType.Outlet;
            }

            if (w.In(nameEnd, Lexicon.ChannelNouns) && !w.Lower(nameEnd).EndsWith('s') && !AnyIn(w, nameStart, nameEnd, Lexicon.Platforms))
            {
                return EntityType.Channel;
            }
        }

        if (w.In(nameEnd - 1, Lexicon.PlaceSuffixes))
        {
            return EntityType.Place;
        }

        // Lower-case tails: "Frunzenskaya embankment", "Ukrainian armed forces", "Moscow authorities".
        if (nameEnd < sentence.EndToken && w.In(nameEnd, Lexicon.PlaceSuffixes) && !w.IsCapitalised(nameEnd))
        {
            nameEnd++;
            return EntityType.Place;
        }

        var tail = PhraseSets.InstitutionTails.Match(w, nameEnd);
        if (tail > 0 && nameEnd - nameStart <= 2)
        {
            nameEnd += tail;
            return EntityType.Organisation;
        }

        if (IsDemonym(w, nameStart, nameEnd) || AllIn(w, nameStart, nameEnd, Lexicon.Calendar) || AllIn(w, nameStart, nameEnd, Lexicon.NotNames))
        {
            nameEnd = nameStart;
            return null;
        }

        if (titled || PrecededByTitle(w, nameStart))
        {
            return EntityType.Person;
        }

        if (nameEnd - nameStart == 1 && w.IsAllCaps(nameStart) && w.Tokens[nameStart].Length <= 6)
        {
            return EntityType.Organisation;
        }

        if (IsLocative(w, nameStart) || (w.Is(nameStart - 1, "of") && w.In(nameStart - 2, Lexicon.Directions)))
        {
            return EntityType.Place;
        }

        if (nameEnd - nameStart >= 2 && nameEnd - nameStart <= 3 && w.In(nameEnd, Lexicon.SpeechVerbs) && NoCommonWords(w, nameStart, nameEnd))
        {
            return EntityType.Person;
        }

        return null; // Typed later if the same name is typed elsewhere in the report.
    }

    private static bool IsLocative(TokenWindow w, int i)
    {
        var k = w.Is(i - 1, "the") ? i - 2 : i - 1;
        return w.In(k, Lexicon.LocativePrepositions);
    }

    private static bool PrecededByTitle(TokenWindow w, int i)
    {
        // "the spokesman, Dmitry Peskov" and "spokesman Dmitry Peskov".
        var k = w.IsComma(i - 1) ? i - 2 : i - 1;
        return w.In(k, Lexicon.PersonTitles);
    }

    private bool IsDemonym(TokenWindow w, int start, int end)
    {
        if (end - start != 1)
        {
            return false;
        }

        var word = w.Lower(start);
        return (word.EndsWith("ian") || word.EndsWith("ean") || word.EndsWith("ese") || word.EndsWith("ish") || word.EndsWith("ic")) &&
               !w.In(start + 1, Lexicon.SpeechVerbs) && !_lexicon.Contains(word[..^1]);
    }

    private static bool AnyIn(TokenWindow w, int start, int end, System.Collections.Frozen.FrozenSet<string> set)
    {
        for (var k = start; k < end; k++)
        {
            if (w.In(k, set))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllIn(TokenWindow w, int start, int end, System.Collections.Frozen.FrozenSet<string> set)
    {
        for (var k = start; k < end; k++)
        {
            if (!w.In(k, set))
            {
                return false;
            }
        }

        return end > start;
    }

    private bool NoCommonWords(TokenWindow w, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (IsCommonWord(w, k))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsCommonWord(TokenWindow w, int i) => w.In(i, Lexicon.FunctionWords) || _lexicon.IsCommon(w.Lower(i));

    // Capitalised words with inner connectors: "Ministry of Defense", "Losiny Ostrov National Park".
    private static int CapitalisedRun(TokenWindow w, int i, int end)
    {
        var k = i;
        while (k < end && k - i < MaxNameTokens)
        {
            if (w.IsCapitalised(k))
            {
                k++;
                continue;
            }

            if (k > i && (w.Is(k, "of") || w.Is(k, "de") || w.Is(k, "for")) && w.IsCapitalised(k + 1) && k + 1 < end)
            {
                k += 2;
                continue;
            }

            break;
        }

        return k;
    }

    private static List<EntityMention> Resolve(TokenWindow w, List<(int First, int End, EntityType? Type)> found)
    {
        // A name typed anywhere gives its type to untyped occurrences; a person's surname alone is the person.
        var known = new Dictionary<string, EntityType>(StringComparer.OrdinalIgnoreCase);
        foreach (var (first, end, type) in found)
        {
            if (type is { } t)
            {
                known.TryAdd(w.TextOf(first, end), t);
                if (t == EntityType.Place && end - first >= 2 && w.In(end - 1, Lexicon.PlaceSuffixes))
                {
                    known.TryAdd(w.TextOf(first, end - 1), t); // "Kestrel Bay" of "Kestrel Bay port".
                }

                if (t == EntityType.Person && end - first >= 2)
                {
                    known.TryAdd(w.TextOf(end - 1, end), t);
                }
            }
        }

        var result = new List<EntityMention>(found.Count);
        foreach (var (first, end, type) in found.OrderBy(f => f.First))
        {
            var text = w.TextOf(first, end);
            if ((type ?? (known.TryGetValue(text, out var t) ? t : null)) is { } resolved)
            {
                result.Add(new EntityMention(text, resolved, w.Span(first, end)));
            }
        }

        return result;
    }
}
