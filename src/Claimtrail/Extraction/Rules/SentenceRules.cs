using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>
/// The rules applied to one sentence. Patterns live in partial files by family: relays, responses, media
/// (publication and circulation of photos and videos) and reported speech; this file holds the state and the
/// phrase helpers they share.
/// </summary>
internal sealed partial class SentenceRules
{
    private readonly ExtractionState _s;

    private readonly TokenWindow _w;

    private readonly int _first;

    private readonly int _end;

    private readonly bool[] _used;

    private readonly bool[] _relay;

    private readonly List<(RelayLink Link, int First)> _relays = [];

    private readonly List<Attribution> _local = [];

    public SentenceRules(ExtractionState state, Sentence sentence)
    {
        _s = state;
        _w = state.W;
        _first = sentence.FirstToken;
        _end = sentence.EndToken;

        // The sentence ends before its final stop; content never includes it.
        while (_end > _first && _w.Tokens[_end - 1].Kind == TokenKind.Punctuation && _w.Text[_w.Tokens[_end - 1].Start] is '.' or '!' or '?' or ';')
        {
            _end--;
        }

        _used = new bool[Math.Max(0, sentence.EndToken - _first)];
        _relay = new bool[_used.Length];
    }

    public void Run()
    {
        if (_end - _first < 3)
        {
            return;
        }

        FindRelays();
        FindAccordingTo();
        for (var i = _first; i < _end; i++)
        {
            if (!Used(i) && TryCirculation(i) > i)
            {
                break;
            }
        }

        for (var i = _first; i < _end; i++)
        {
            if (Used(i))
            {
                continue;
            }

            var next = TryResponse(i);
            next = next < 0 ? TryConditional(i) : next;
            next = next < 0 ? TryPublication(i) : next;
            next = next < 0 ? TrySpeech(i) : next;
            if (next > i)
            {
                i = next - 1;
            }
        }

        Commit();
    }

    private bool Used(int i) => i >= _first && i - _first < _used.Length && _used[i - _first];

    private void Use(int first, int end)
    {
        for (var k = Math.Max(first, _first); k < end && k - _first < _used.Length; k++)
        {
            _used[k - _first] = true;
        }
    }

    private bool HasName(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_w.IsCapitalised(k) || _w.IsPunct(k, '@'))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSentenceStart(int i)
    {
        var k = i - 1;
        while (k >= _first && (_w.In(k, Lexicon.LeadingNoise) || _w.IsComma(k)))
        {
            k--;
        }

        return k < _first;
    }

    private int ClauseStart(int before)
    {
        var k = _first;
        while (k < before && (_w.In(k, Lexicon.LeadingNoise) || _w.IsComma(k)))
        {
            k++;
        }

        return k;
    }

    // The source phrase that ends right before token i: back to a clause break, comma or used token.
    private (int First, int End) LeftPhrase(int i)
    {
        var end = i;

        // Step over a relay between subject and verb, before or after an auxiliary: "The channel X, quoted from the
        // site Y, has published", "The utility, reports Y, has warned".
        var stepped = true;
        while (stepped)
        {
            stepped = false;
            while (end > _first && (_relay[end - 1 - _first] || (_w.IsComma(end - 1) && end - 2 >= _first && _relay[end - 2 - _first])))
            {
                end--;
                stepped = true;
            }

            while (end > _first && _w.IsComma(end - 1))
            {
                end--;
            }

            while (end > _first && _w.In(end - 1, Lexicon.TrailingNoise))
            {
                end--;
                stepped = true;
            }
        }

        // An apposition before the cue: "the spokesman, Dmitry Peskov, told reporters".
        if (end - 1 > _first && _w.IsComma(end - 1) && !Used(end - 1))
        {
            var start = end - 1;
            while (start - 1 >= _first && !_w.IsComma(start - 1) && !Used(start - 1) && end - start <= 6)
            {
                start--;
            }

            if (start < end - 1 && HasName(start, end - 1) && (start == _first || _w.IsComma(start - 1)) && end - 1 - start <= 5)
            {
                return (start, end - 1);
            }
        }

        var first = end;
        while (first > _first && !Used(first - 1) && first - 1 >= end - 12)
        {
            var k = first - 1;
            if (_w.IsComma(k) || _w.IsDash(k) || _w.IsQuote(k) || _w.IsPunct(k, ':') || _w.IsPunct(k, '(') || _w.IsPunct(k, ')'))
            {
                break;
            }

            // "Residents of the district", "a source in the ministry", "doctors at the clinic": a qualified source.
            if (_w.In(k, Lexicon.ClauseBreakers) && !(_w.Is(k, "of") && _w.IsCapitalised(k + 1) && _w.IsCapitalised(k - 1)) &&
                !(_w.In(k, Lexicon.QualifierPrepositions) && k - 1 >= _first && _w.In(k - 1, Lexicon.QualifiedSources)))
            {
                break;
            }

            first = k;
        }

        while (first < end && _w.In(first, Lexicon.LeadingNoise))
        {
            first++;
        }

        return (first, end);
    }

    private Speaker ResolveSpeaker(int first, int end, bool relative)
    {
        if (end <= first)
        {
            return Speaker.None;
        }

        if (end - first == 2 && _w.Is(first, "the") && !_w.IsCapitalised(first + 1) && (_w.In(first + 1, Lexicon.ChannelNouns) || _w.In(first + 1, Lexicon.OutletNouns) ||
            _w.In(first + 1, Lexicon.PersonTitles) || _w.In(first + 1, Lexicon.OrganisationHeads)) && _s.LastSpeaker is { } previous)
        {
            // "The channel claims …" after "The Telegram channel Harbour Watch …": the same source, named here.
            return previous with { Span = _w.Span(first, end) };
        }

        if (!SpeakerResolver.IsPronoun(_w, first, end))
        {
            return _s.Speakers.FromTokens(first, end);
        }

        var pronoun = _w.LowerString(first);
        if (relative && _local.Count > 0)
        {
            // "…, which they have neither denied nor confirmed": they are the actors of the content just stated.
            var content = _local[^1].ContentExtent;
            var actor = _s.Entities.FirstOrDefault(e => content.Contains(e.Span) && e.Type is EntityType.Organisation or EntityType.Person);
            if (actor is not null)
            {
                return new Speaker(actor.Text, SpeakerResolver.KindOf(actor.Type), actor.Span);
            }

            // No typed entity: the content's leading proper name ("the Northern Brigade set …").
            var lead = _w.TokenAt(content.Start);
            var nameStart = _w.Is(lead, "the") ? lead + 1 : lead;
            var nameEnd = nameStart;
            while (nameEnd < _w.Count && _w.IsCapitalised(nameEnd) && nameEnd - nameStart < 5)
            {
                nameEnd++;
            }

            if (nameEnd > nameStart)
            {
                return _s.Speakers.FromTokens(nameStart, nameEnd);
            }
        }

        if (pronoun is "they")
        {
            // "Russian Telegram channels, including some blogs – notes X – they published …".
            var leadEnd = _first;
            while (leadEnd < first && !Used(leadEnd) && !_w.IsDash(leadEnd) && !_w.In(leadEnd, Lexicon.SpeechVerbs))
            {
                leadEnd++;
            }

            if (leadEnd > _first && leadEnd < first)
            {
                return _s.Speakers.FromTokens(_first, leadEnd);
            }

            return _s.LastSpeaker is { } last ? last with { Span = _w.Span(first, end) } : Speaker.None;
        }

        if (pronoun is "he" or "she")
        {
            return _s.LastPerson is { } person ? person with { Span = _w.Span(first, end) } : _s.Speakers.PersonBefore(first) ?? Speaker.None;
        }

        return Speaker.None;
    }

    // Content runs to the end of the sentence, short of ", which they have neither denied …" and ", according to X".
    private int ContentEnd(int start)
    {
        for (var k = start; k < _end; k++)
        {
            if (_w.IsComma(k) && (ResponseAhead(k + 1) || _w.Match(k + 1, "according to") > 0 || Used(k + 1)))
            {
                return k;
            }

            if (Used(k) && k > start)
            {
                return TrimEnd(start, k);
            }
        }

        return TrimEnd(start, _end);
    }

    private int TrimEnd(int start, int end)
    {
        while (end > start && (_w.IsComma(end - 1) || _w.IsDash(end - 1) || _w.IsPunct(end - 1, ':')))
        {
            end--;
        }

        return end;
    }

    private bool ResponseAhead(int k)
    {
        var from = _w.Is(k, "which") || _w.Is(k, "something") ? k + 1 : k;
        for (var j = from; j < Math.Min(_end, from + 3); j++)
        {
            if (PhraseSets.Responses.Match(_w, j) > 0)
            {
                return _w.Is(k, "which");
            }
        }

        return false;
    }

    private void Emit(TextSpan cue, Speaker speaker, IReadOnlyList<TextSpan> content, IReadOnlyList<RelayLink> relay, Stance? stance, Construction construction)
    {
        if (content.Count == 0 || content.All(c => c.IsEmpty))
        {
            return;
        }

        _local.Add(new Attribution(cue, speaker, [.. content.Where(c => !c.IsEmpty)], relay) { CueStance = stance, Construction = construction });
        if (speaker.Span is not null)
        {
            _s.LastSpeaker = speaker;
            if (speaker.Kind == SourceKind.Person)
            {
                _s.LastPerson = speaker;
            }
        }
    }

    private void Commit()
    {
        if (_local.Count == 0 && _relays.Count > 0)
        {
            // A relay cue with nothing else in the sentence is itself the attribution: "– notes Y –".
            var (link, cueIndex) = _relays[0];
            var contentStart = ClauseStart(_first);
            var contentEnd = _end;
            var cueSpan = _w.Tokens[cueIndex].Span;
            var speaker = new Speaker(link.Name, link.Kind, link.Span);
            var pieces = new List<TextSpan>();
            if (link.Span is { } span && span.Start > _w.Tokens[contentStart].Start)
            {
                pieces.Add(new TextSpan(_w.Tokens[contentStart].Start, cueSpan.Start));
                var after = _w.TokenAt(span.End);
                while (after < contentEnd && (_w.IsComma(after) || _w.IsDash(after)))
                {
                    after++;
                }

                if (after < contentEnd)
                {
                    pieces.Add(_w.Span(after, contentEnd));
                }
            }

            if (pieces.Count > 0)
            {
                _s.Result.Add(new Attribution(cueSpan, speaker, [.. pieces.Select(Trim)], []) { Construction = Construction.Parenthetical });
            }

            return;
        }

        foreach (var attribution in _local.OrderBy(a => a.CueSpan.Start))
        {
            var speaker = attribution.Speaker;
            var relay = attribution.Relay.ToList();

            // "X, citing Y, reported that …" and "Citing Y, X wrote …": Y is the origin and X relays it with its own cue.
            var citing = _relays.FindIndex(r => r.Link.Cue == "citing" && r.First < _w.TokenAt(attribution.CueSpan.Start) &&
                                                !string.Equals(r.Link.Name, speaker.Name, StringComparison.Ordinal) &&
                                                !relay.Any(l => string.Equals(l.Name, r.Link.Name, StringComparison.Ordinal)));
            if (citing >= 0 && speaker.Name.Length > 0 && attribution.Construction is Construction.Speech)
            {
                var origin = _relays[citing].Link;
                relay.Insert(0, new RelayLink(speaker.Name, speaker.Kind, attribution.CueSpan.Of(_w.Text), speaker.Span));
                speaker = new Speaker(origin.Name, origin.Kind, origin.Span);
            }

            relay.AddRange(_relays.Select(r => r.Link).Where(r => !string.Equals(r.Name, speaker.Name, StringComparison.Ordinal) &&
                                                                  !relay.Any(l => string.Equals(l.Name, r.Name, StringComparison.Ordinal))));
            _s.Result.Add(attribution with { Speaker = speaker, Relay = relay, Content = [.. attribution.Content.Select(Trim)] });
        }
    }

    private TextSpan Trim(TextSpan span)
    {
        var text = _w.Text;
        int start = span.Start, end = span.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or '\u2013' or '\u2014' or ':'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '\u2013' or '\u2014' or ':'))
        {
            end--;
        }

        return end > start ? new TextSpan(start, end) : span;
    }
}
