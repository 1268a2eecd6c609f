using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>
/// Turns a run of tokens that names a source into a <see cref="Speaker"/>: the named entity inside it
/// when there is one ("The Telegram channel Moscow calling" → the channel "Moscow calling"), else the
/// phrase without its article, with a kind read off the entity type or the head noun.
/// </summary>
internal sealed class SpeakerResolver
{
    private static readonly HashSet<string> CollectiveHeads = new(StringComparer.Ordinal)
    {
        "experts", "analysts", "officials", "sources", "residents", "witnesses", "observers", "critics", "bloggers",
        "users", "people", "activists", "journalists", "reporters", "diplomats", "investigators", "researchers", "scientists",
        "doctors", "soldiers", "leaders", "commentators", "viewers", "locals", "eyewitnesses", "insiders", "lawmakers",
        "politicians", "media", "reports", "accounts", "posts", "videos", "photos", "photographs", "images", "footage",
    };

    private readonly TokenWindow _w;
    private readonly IReadOnlyList<EntityMention> _entities;

    public SpeakerResolver(TokenWindow w, IReadOnlyList<EntityMention> entities)
    {
        _w = w;
        _entities = entities;
    }

    public Speaker FromTokens(int first, int end)
    {
        while (first < end && (_w.In(first, Lexicon.LeadingNoise) || _w.IsComma(first) || _w.IsDash(first)))
        {
            first++;
        }

        while (end > first && (_w.IsComma(end - 1) || _w.IsDash(end - 1) || _w.In(end - 1, Lexicon.TrailingNoise)))
        {
            end--;
        }

        if (end <= first)
        {
            return Speaker.None;
        }

        var span = _w.Span(first, end);
        var named = _entities.FirstOrDefault(e => span.Contains(e.Span) && e.Type is not (EntityType.Place or EntityType.Equipment)) ??
                    _entities.FirstOrDefault(e => span.Contains(e.Span) && e.Type == EntityType.Place && e.Span == span);
        if (named is not null && !IsCollectivePhrase(first, end))
        {
            return new Speaker(FullName(named), KindOf(named.Type), span);
        }

        var nameStart = first;
        while (nameStart < end - 1 && (_w.Is(nameStart, "the") || _w.Is(nameStart, "a") || _w.Is(nameStart, "an")))
        {
            nameStart++;
        }

        return new Speaker(_w.TextOf(nameStart, end), KindFromHead(first, end), span);
    }

    // "Peskov" after "Dmitry Peskov" is the same person: use the fuller name seen earlier.
    private string FullName(EntityMention entity)
    {
        if (entity.Type != EntityType.Person || entity.Text.Contains(' ', StringComparison.Ordinal))
        {
            return entity.Text;
        }

        var fuller = _entities.FirstOrDefault(e => e.Type == EntityType.Person && e.Span.Start < entity.Span.Start &&
            e.Text.EndsWith(" " + entity.Text, StringComparison.Ordinal));
        return fuller?.Text ?? entity.Text;
    }

    private bool IsCollectivePhrase(int first, int end)
    {
        // "Russian Telegram channels, including some pro-Kremlin blogs": the named entity is not the speaker.
        var head = HeadIndex(first, end);
        return head >= 0 && !_w.IsCapitalised(head) && IsPlural(head) && _entities.All(e => !e.Span.Contains(_w.Tokens[head].Span));
    }

    private SourceKind KindFromHead(int first, int end)
    {
        var head = HeadIndex(first, end);
        if (head < 0)
        {
            return SourceKind.Unknown;
        }

        for (var k = first; k < end; k++)
        {
            if (_w.In(k, Lexicon.ChannelNouns) && !_w.IsCapitalised(k))
            {
                return IsPlural(k) ? SourceKind.Collective : SourceKind.Channel;
            }
        }

        if (_w.Is(head, "media") && head > first && _w.Is(head - 1, "social"))
        {
            return SourceKind.Collective;
        }

        if (_w.IsCapitalised(head))
        {
            return _w.In(head, Lexicon.OrganisationHeads) ? SourceKind.Institution : SourceKind.Unknown;
        }

        if (_w.In(head, Lexicon.OutletNouns))
        {
            return IsPlural(head) ? SourceKind.Collective : SourceKind.Outlet;
        }

        if (_w.In(head, Lexicon.OrganisationHeads))
        {
            return SourceKind.Institution;
        }

        if (_w.In(head, Lexicon.PersonTitles))
        {
            return SourceKind.Person;
        }

        var word = _w.LowerString(head);
        return CollectiveHeads.Contains(word) || IsPlural(head) ? SourceKind.Collective : SourceKind.Unknown;
    }

    // The head of a noun phrase is its last word before a comma or "including".
    private int HeadIndex(int first, int end)
    {
        var last = -1;
        for (var k = first; k < end; k++)
        {
            if (_w.IsComma(k) || _w.IsDash(k) || _w.Is(k, "including") || _w.Is(k, "on") || _w.Is(k, "in"))
            {
                break;
            }

            if (_w.IsWord(k))
            {
                last = k;
            }
        }

        return last;
    }

    private bool IsPlural(int i)
    {
        var word = _w.Lower(i);
        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' && !word.EndsWith("ous") && !word.EndsWith("is");
    }

    /// <summary>The person a "he" or "she" at <paramref name="pronoun"/> most likely is: the last person named before it.</summary>
    public Speaker? PersonBefore(int pronoun)
    {
        var offset = _w.Tokens[pronoun].Start;
        var person = _entities.LastOrDefault(e => e.Type == EntityType.Person && e.Span.End <= offset);
        return person is null ? null : new Speaker(FullName(person), SourceKind.Person, _w.Tokens[pronoun].Span);
    }

    public static SourceKind KindOf(EntityType type) => type switch
    {
        EntityType.Person => SourceKind.Person,
        EntityType.Organisation => SourceKind.Institution,
        EntityType.Outlet => SourceKind.Outlet,
        EntityType.Channel => SourceKind.Channel,
        EntityType.Place => SourceKind.Institution,
        _ => SourceKind.Unknown,
    };

    public static bool IsPronoun(TokenWindow w, int first, int end) => end - first == 1 && w.In(first, Lexicon.Pronouns);

    public static TextSpan? SpanOf(Speaker speaker) => speaker.Span;
}
