using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>
/// Attribution from cue lexicons and the shape of reported speech: "X said (that) Y", "“Y,” X said",
/// "According to X, Y", "X – notes Y – …" (a relay), "X, quoted from Y, has published videos that allegedly
/// show Y", "Photos showing Y circulated on X", "X has not commented", "If Y is confirmed, Z".
/// Rules carry the relay chains, responses and evidence constructions a verification desk needs; a trained
/// tagger can replace or complement them through <see cref="IAttributionExtractor"/>.
/// </summary>
public sealed class RuleAttributionExtractor : IAttributionExtractor
{
    private static readonly string[] TimeWords =
    [
        "earlier", "this", "last", "week", "month", "year", "weekend", "days", "yesterday", "today", "recently", "on",
        "over", "the", "past", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning",
    ];

    private readonly IEntityRecognizer _entities;

    /// <summary>Creates the extractor over the built-in entity recogniser.</summary>
    public RuleAttributionExtractor()
        : this(new RuleEntityRecognizer(WordLexicon.Shared))
    {
    }

    /// <summary>Creates the extractor; <paramref name="entities"/> names and types the speakers.</summary>
    public RuleAttributionExtractor(IEntityRecognizer entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _entities = entities;
    }

    /// <inheritdoc />
    public string Version => "rules/1";

    /// <inheritdoc />
    public IReadOnlyList<Attribution> Extract(AnalysedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var w = new TokenWindow(text);
        var state = new State(w, new SpeakerResolver(w, _entities.Recognize(text)), _entities.Recognize(text));
        foreach (var sentence in text.Sentences)
        {
            new SentenceRules(state, sentence).Run();
        }

        return state.Result;
    }

    private sealed class State(TokenWindow w, SpeakerResolver speakers, IReadOnlyList<EntityMention> entities)
    {
        public TokenWindow W { get; } = w;

        public SpeakerResolver Speakers { get; } = speakers;

        public IReadOnlyList<EntityMention> Entities { get; } = entities;

        public List<Attribution> Result { get; } = [];

        public Speaker? LastPerson { get; set; }

        public Speaker? LastSpeaker { get; set; }
    }

    private sealed class SentenceRules
    {
        private readonly State _s;
        private readonly TokenWindow _w;
        private readonly int _first;
        private readonly int _end;
        private readonly bool[] _used;
        private readonly bool[] _relay;
        private readonly List<(RelayLink Link, int First)> _relays = [];
        private readonly List<Attribution> _local = [];

        public SentenceRules(State state, Sentence sentence)
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

        // "– notes the online publication Agentstvo –", ", quoted from the site Meduza,", "via @channel".
        private void FindRelays()
        {
            for (var i = _first + 1; i < _end; i++)
            {
                var inverted = (_w.IsDash(i - 1) || _w.IsComma(i - 1)) && _w.In(i, Lexicon.SpeechVerbs) && i - 1 > _first;
                var sourceFirst = _w.MatchAny(i, Lexicon.SourceFirstPhrases, out var phrase);
                if (inverted)
                {
                    var close = i + 1;
                    while (close < _end && close - i <= 8 && !_w.IsDash(close) && !_w.IsComma(close))
                    {
                        close++;
                    }

                    if (close < _end && close > i + 1 && (_w.IsDash(close) || _w.IsComma(close)) && HasName(i + 1, close) && close < _end - 2)
                    {
                        AddRelay(i + 1, close, _w.TextOf(i, i + 1), i);
                        Use(i - 1, close + 1);
                        i = close;
                    }
                }
                else if (sourceFirst > 0 && phrase is not "according to" && i > _first && !Used(i))
                {
                    var start = i + sourceFirst;
                    var stop = start;
                    while (stop < _end && stop - start < 8 && !_w.IsComma(stop) && !_w.IsDash(stop) && !_w.IsQuote(stop) &&
                           !_w.In(stop, Lexicon.TrailingNoise) && !_w.In(stop, Lexicon.SpeechVerbs) && !_w.In(stop, Lexicon.PublishVerbs) &&
                           !(_w.In(stop, Lexicon.ClauseBreakers) && !_w.Is(stop, "of")))
                    {
                        stop++;
                    }

                    if (stop > start && HasName(start, stop))
                    {
                        AddRelay(start, stop, phrase!, i);
                        Use(i, stop);
                        for (var k = i; k < stop; k++)
                        {
                            _relay[k - _first] = true;
                        }

                        i = stop - 1;
                    }
                }
            }
        }

        private void AddRelay(int first, int end, string cue, int cueIndex)
        {
            var speaker = _s.Speakers.FromTokens(first, end);
            _relays.Add((new RelayLink(speaker.Name, speaker.Kind, cue, speaker.Span), cueIndex));
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

        // "According to X, Y" and "Y, according to X".
        private void FindAccordingTo()
        {
            for (var i = _first; i < _end; i++)
            {
                if (Used(i) || _w.Match(i, "according to") == 0)
                {
                    continue;
                }

                var sourceStart = i + 2;
                var sourceEnd = sourceStart;
                while (sourceEnd < _end && !_w.IsComma(sourceEnd) && !_w.IsDash(sourceEnd) && sourceEnd - sourceStart < 12)
                {
                    sourceEnd++;
                }

                if (sourceEnd == sourceStart)
                {
                    continue;
                }

                var cue = _w.Span(i, i + 2);
                var relay = new List<RelayLink>();
                var speaker = _s.Speakers.FromTokens(sourceStart, sourceEnd);
                var leading = IsSentenceStart(i);
                if (leading)
                {
                    var contentStart = sourceEnd < _end && _w.IsComma(sourceEnd) ? sourceEnd + 1 : sourceEnd;

                    // "According to X, citing Y, …": Y is the speaker, X relays.
                    var citing = _w.MatchAny(contentStart, Lexicon.SourceFirstPhrases, out var phrase);
                    if (citing > 0)
                    {
                        var innerEnd = contentStart + citing;
                        while (innerEnd < _end && !_w.IsComma(innerEnd))
                        {
                            innerEnd++;
                        }

                        relay.Add(new RelayLink(speaker.Name, speaker.Kind, "according to", speaker.Span));
                        speaker = _s.Speakers.FromTokens(contentStart + citing, innerEnd);
                        contentStart = innerEnd < _end ? innerEnd + 1 : innerEnd;
                    }

                    var contentEnd = ContentEnd(contentStart);
                    if (contentEnd > contentStart)
                    {
                        Emit(cue, speaker, [_w.Span(contentStart, contentEnd)], relay, null);
                        Use(i, contentEnd);
                    }
                }
                else if (i > _first && _w.IsComma(i - 1))
                {
                    var contentStart = ClauseStart(i - 1);
                    if (i - 1 > contentStart)
                    {
                        Emit(cue, speaker, [_w.Span(contentStart, i - 1)], relay, null);
                        Use(contentStart, sourceEnd);
                    }
                }

                i = sourceEnd;
            }
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

        // "The Kremlin has not commented on the rumours", "no explanations came from military leaders".
        private int TryResponse(int i)
        {
            foreach (var (phrase, stance, side) in ResponseCues.All)
            {
                var n = _w.Match(i, phrase);
                if (n == 0)
                {
                    continue;
                }

                var cue = _w.Span(i, i + n);
                Speaker speaker;
                TextSpan content;
                if (side == ResponseCues.SourceSide.After)
                {
                    var stop = i + n;
                    while (stop < _end && !_w.IsComma(stop) && !_w.IsDash(stop))
                    {
                        stop++;
                    }

                    speaker = _s.Speakers.FromTokens(i + n, stop);
                    content = _w.Span(ClauseStart(i), stop);
                    Emit(cue, speaker, [content], [], stance);
                    Use(i, stop);
                    return stop;
                }

                var left = LeftPhrase(i);
                var relative = left.First > _first && (_w.Is(left.First - 1, "which") || _w.Is(left.First - 1, "that"));
                speaker = ResolveSpeaker(left.First, left.End, relative);
                var after = i + n;
                if (relative && _local.Count > 0)
                {
                    // "…, which they have neither denied nor confirmed": the response is to the content just stated.
                    Emit(cue, speaker, _local[^1].Content, [], stance);
                }
                else if (after < _end && (_w.Is(after, "on") || _w.Is(after, "about")) && ContentEnd(after + 1) > after + 1)
                {
                    Emit(cue, speaker, [_w.Span(after + 1, ContentEnd(after + 1))], [], stance);
                }
                else
                {
                    Emit(cue, speaker, [cue], [], stance);
                }

                Use(left.First, Math.Max(after, ContentEnd(after)));
                return ContentEnd(after);
            }

            return -1;
        }

        // "If the installation is confirmed, it could be a precaution": the writer's own conditional claim.
        private int TryConditional(int i)
        {
            if (!_w.Is(i, "if") || !IsSentenceStart(i))
            {
                return -1;
            }

            var comma = i + 1;
            var verified = false;
            while (comma < _end && !_w.IsComma(comma))
            {
                verified |= _w.Is(comma, "confirmed") || _w.Is(comma, "true") || _w.Is(comma, "verified") || _w.Is(comma, "accurate") || _w.Is(comma, "proven");
                comma++;
            }

            if (!verified || comma + 1 >= _end)
            {
                return -1;
            }

            var contentEnd = ContentEnd(comma + 1);
            Emit(_w.Span(i, comma), Speaker.None, [_w.Span(comma + 1, contentEnd)], [], Stance.Conditional);
            Use(i, contentEnd);
            return contentEnd;
        }

        // "Photos showing S-400 systems circulated on Russian Telegram channels earlier this week …".
        private int TryCirculation(int i)
        {
            if (!(_w.Is(i, "circulated") || _w.Is(i, "circulating") || _w.Is(i, "appeared") || _w.Is(i, "spread") || _w.Is(i, "surfaced")) ||
                !(_w.Is(i + 1, "on") || _w.Is(i + 1, "in") || _w.Is(i + 1, "across")))
            {
                return -1;
            }

            var evidence = -1;
            for (var k = _first; k < i; k++)
            {
                if (IsEvidenceNoun(k))
                {
                    evidence = k;
                    break;
                }
            }

            if (evidence < 0)
            {
                return -1;
            }

            var speakerStart = i + 2;
            var speakerEnd = speakerStart;
            while (speakerEnd < _end && !_w.IsComma(speakerEnd) && !_w.IsDash(speakerEnd) && !IsTimeWord(speakerEnd) && speakerEnd - speakerStart < 6)
            {
                speakerEnd++;
            }

            var tail = speakerEnd;
            while (tail < _end && (IsTimeWord(tail) || _w.IsComma(tail)))
            {
                tail++;
            }

            var contentStart = evidence;
            while (contentStart - 1 >= _first && IsModifier(contentStart - 1))
            {
                contentStart--;
            }

            var contentEnd = i;
            while (contentEnd > contentStart && (_w.Is(contentEnd - 1, "were") || _w.Is(contentEnd - 1, "was") || _w.Is(contentEnd - 1, "are") ||
                   _w.Is(contentEnd - 1, "is") || _w.Is(contentEnd - 1, "have") || _w.Is(contentEnd - 1, "has") || _w.Is(contentEnd - 1, "been")))
            {
                contentEnd--;
            }

            var fragments = new List<TextSpan> { _w.Span(contentStart, contentEnd) };
            if (_end - tail >= 2)
            {
                fragments.Add(_w.Span(tail, _end));
            }

            Emit(_w.Span(i, i + 2), _s.Speakers.FromTokens(speakerStart, speakerEnd), fragments, [], null);
            Use(contentStart, Math.Max(speakerEnd, fragments.Count > 1 ? _end : speakerEnd));
            return speakerEnd;
        }

        // "X has published several videos that allegedly show Y"; "they published photos of … which they say would show …".
        private int TryPublication(int i)
        {
            if (!_w.In(i, Lexicon.PublishVerbs) || _w.Is(i, "shows") || _w.Is(i, "showed"))
            {
                return -1;
            }

            var evidence = -1;
            for (var k = i + 1; k < _end && k <= i + 6; k++)
            {
                if (IsEvidenceNoun(k))
                {
                    evidence = k;
                    break;
                }
            }

            if (evidence < 0)
            {
                return -1;
            }

            var show = -1;
            for (var k = evidence + 1; k < _end && k <= evidence + 8; k++)
            {
                if (_w.In(k, Lexicon.ShowVerbs))
                {
                    show = k;
                    break;
                }
            }

            var cueStart = i;
            while (cueStart - 1 >= _first && (_w.Is(cueStart - 1, "has") || _w.Is(cueStart - 1, "have") || _w.Is(cueStart - 1, "had")))
            {
                cueStart--;
            }

            var left = LeftPhrase(cueStart);
            var speaker = ResolveSpeaker(left.First, left.End, relative: false);
            var shortEvidence = evidence - i <= 3 && show > 0 && !HasComma(evidence, show);
            var cueEnd = shortEvidence ? show + 1 : i + 1;
            var contentEnd = ContentEnd(cueEnd);
            if (contentEnd <= cueEnd)
            {
                return -1;
            }

            Emit(_w.Span(cueStart, cueEnd), speaker, [_w.Span(cueEnd, contentEnd)], [], null);
            Use(left.First, contentEnd);
            return contentEnd;
        }

        private bool HasComma(int first, int end)
        {
            for (var k = first; k < end; k++)
            {
                if (_w.IsComma(k))
                {
                    return true;
                }
            }

            return false;
        }

        // "X said (that) Y", "Y, X said", "“Y,” said X", "videos … which suggest Y", "experts point out that Y".
        private int TrySpeech(int i)
        {
            var phraseLength = _w.MatchAny(i, Lexicon.SpeechPhrases, out _);
            var isVerb = phraseLength > 0 || _w.In(i, Lexicon.SpeechVerbs) || (_w.In(i, Lexicon.ShowVerbs) && EvidenceSubject(i) >= 0);
            if (!isVerb || IsNounUse(i))
            {
                return -1;
            }

            var cueEnd = i + Math.Max(1, phraseLength);
            if (phraseLength == 0 && (_w.Is(cueEnd, "of") || _w.Is(cueEnd, "about") || _w.Is(cueEnd, "for") || _w.Is(cueEnd, "with") || _w.Is(cueEnd, "at") || _w.Is(cueEnd, "up")))
            {
                return -1; // "thought of the strikes", "asked about it": not reported speech.
            }

            // "told reporters to …", "told Reuters that …": the addressee belongs to the cue.
            if ((_w.Is(i, "told") || _w.Is(i, "tells") || _w.Is(i, "informed") || _w.Is(i, "assured")) && phraseLength == 0)
            {
                var k = cueEnd;
                while (k < _end && k - cueEnd < 4 && !_w.Is(k, "that") && !_w.Is(k, "to") && !_w.IsComma(k) && !_w.IsPunct(k, ':') && !_w.IsQuote(k))
                {
                    k++;
                }

                if (k < _end && k - cueEnd <= 3)
                {
                    cueEnd = k;
                }
            }

            var cue = _w.Span(i, cueEnd);

            // Quote before the cue: "“…,” Peskov said" or "“…,” said Peskov".
            var between = i - 1;
            while (between >= _first && between >= i - 10 && !_w.IsQuote(between) && (_w.IsWord(between) || _w.IsComma(between)))
            {
                between--;
            }

            if (between >= _first && _w.IsQuote(between) && !Used(between))
            {
                var quoteEnd = between + 1;
                var open = between - 1;
                while (open >= _first && !_w.IsOpenQuote(open) && !(_w.IsQuote(open) && open < between))
                {
                    open--;
                }

                if (open >= _first)
                {
                    var contentStart = ClauseStart(open) < open && !Used(ClauseStart(open)) ? ClauseStart(open) : open;
                    Speaker speaker;
                    int stop;
                    if (between + 1 < i && !(between + 2 == i && _w.IsComma(between + 1)))
                    {
                        speaker = AppositionSpeaker(between + 1, i);
                        stop = cueEnd;
                    }
                    else
                    {
                        stop = cueEnd;
                        while (stop < _end && !_w.IsComma(stop) && stop - cueEnd < 6 && !_w.Is(stop, "when") && !_w.Is(stop, "as") && !_w.Is(stop, "in") && !_w.Is(stop, "on"))
                        {
                            stop++;
                        }

                        speaker = ResolveSpeaker(cueEnd, stop, relative: false);
                    }

                    var contentEnd = quoteEnd;
                    while (contentEnd > contentStart && (_w.IsComma(contentEnd - 1) || _w.IsQuote(contentEnd - 1)))
                    {
                        contentEnd--;
                    }

                    if (contentEnd > contentStart)
                    {
                        Emit(cue, speaker, [_w.Span(contentStart, quoteEnd)], [], null);
                        Use(contentStart, stop);
                        return stop;
                    }
                }
            }

            // Content before: "The bridge will reopen in May, the mayor said."
            if (cueEnd >= _end - 3 && i > _first)
            {
                var comma = i - 1;
                while (comma > _first && !_w.IsComma(comma) && i - comma <= 6)
                {
                    comma--;
                }

                if (_w.IsComma(comma) && comma > ClauseStart(comma))
                {
                    var speaker = ResolveSpeaker(comma + 1, i, relative: false);
                    if (speaker.Span is null && cueEnd < _end)
                    {
                        speaker = ResolveSpeaker(cueEnd, _end, relative: false);
                    }

                    Emit(cue, speaker, [_w.Span(ClauseStart(comma), comma)], [], null);
                    Use(ClauseStart(comma), _end);
                    return _end;
                }
            }

            // Source before, content after.
            var left = LeftPhrase(i);
            var evidenceSubject = EvidenceSubject(i);
            Speaker source;
            if (evidenceSubject >= 0 && PublishedBy(EvidencePhraseEnd(evidenceSubject), i) is { } publisher)
            {
                // "Satellite images published by the outlet X suggest …": X stands behind the images.
                source = publisher;
            }
            else if (evidenceSubject >= 0)
            {
                source = _s.Speakers.FromTokens(evidenceSubject, EvidencePhraseEnd(evidenceSubject));
                if (SentenceMentions("social media") is var where && where.Length > 0 && source.Span is { } span)
                {
                    source = source with { Name = source.Name + " on " + where };
                    _ = span;
                }
            }
            else
            {
                var relative = left.First > _first && (_w.Is(left.First - 1, "which") || _w.Is(left.First - 1, "who"));
                source = ResolveSpeaker(left.First, left.End, relative);
            }

            var start = cueEnd;
            while (start < _end && (_w.Is(start, "that") || _w.IsComma(start) || _w.IsPunct(start, ':')))
            {
                start++;
            }

            var end = ContentEnd(start);
            if (end <= start || (source.Span is null && _w.In(i, Lexicon.ShowVerbs)))
            {
                return -1;
            }

            if (source.Span is null && !IsSentenceStart(i))
            {
                return -1; // A bare verb with no source and no quote is more often not an attribution.
            }

            var fragments = new List<TextSpan> { _w.Span(start, end) };
            var last = end;
            if (_w.IsOpenQuote(start) && !ClosedWithin(start, end))
            {
                last = ExtendQuote(fragments);
            }

            Emit(cue, source, fragments, [], null);
            Use(left.First, end);
            return Math.Max(end, last);
        }

        // "the council's spokeswoman, Maria Lenz," names Maria Lenz; "the mayor" names the mayor.
        private Speaker AppositionSpeaker(int first, int end)
        {
            while (first < end && _w.IsComma(first))
            {
                first++;
            }

            while (end > first && _w.IsComma(end - 1))
            {
                end--;
            }

            var segmentEnd = end;
            for (var k = end - 1; k >= first; k--)
            {
                if (!_w.IsComma(k))
                {
                    continue;
                }

                if (HasName(k + 1, segmentEnd))
                {
                    return ResolveSpeaker(k + 1, segmentEnd, relative: false);
                }

                segmentEnd = k;
            }

            return ResolveSpeaker(first, segmentEnd, relative: false);
        }

        private string SentenceMentions(string phrase)
        {
            for (var k = _first; k < _end; k++)
            {
                if (_w.Match(k, phrase) > 0)
                {
                    return phrase;
                }
            }

            return string.Empty;
        }

        private bool ClosedWithin(int openIndex, int end)
        {
            for (var k = openIndex + 1; k < end; k++)
            {
                if (_w.IsCloseQuote(k) || (_w.IsQuote(k) && _w.Text[_w.Tokens[k].Start] == '"'))
                {
                    return true;
                }
            }

            return false;
        }

        // A quotation that runs on past this sentence continues as content until its closing mark.
        private int ExtendQuote(List<TextSpan> fragments)
        {
            var k = _end;
            var limit = Math.Min(_w.Count, _end + 400);
            while (k < limit && !_w.IsCloseQuote(k) && !(_w.IsQuote(k) && _w.Text[_w.Tokens[k].Start] == '"'))
            {
                k++;
            }

            if (k < limit)
            {
                fragments[^1] = new TextSpan(fragments[^1].Start, _w.Tokens[k].End);
                return k + 1;
            }

            return _end;
        }

        private bool IsNounUse(int i)
        {
            // "the claims", "his report", "a statement": determiners make the cue word a noun.
            if (i > _first && (_w.Is(i - 1, "the") || _w.Is(i - 1, "a") || _w.Is(i - 1, "an") || _w.Is(i - 1, "his") ||
                _w.Is(i - 1, "her") || _w.Is(i - 1, "their") || _w.Is(i - 1, "its") || _w.Is(i - 1, "these") || _w.Is(i - 1, "those") || _w.Is(i - 1, "such") || _w.Is(i - 1, "to")))
            {
                return true;
            }

            return _w.Is(i, "report") || _w.Is(i, "state") || _w.Is(i, "claim") || _w.Is(i, "note") || _w.Is(i, "questions") ? !PrecededBySubject(i) : false;
        }

        private bool PrecededBySubject(int i) => i > _first && (_w.IsCapitalised(i - 1) || _w.Is(i - 1, "they") || _w.Is(i - 1, "we") || _w.Is(i - 1, "i") || _w.Is(i - 1, "you"));

        // The subject of "which suggest …" or "footage shows …" when it is evidence: its first token, or -1.
        private int EvidenceSubject(int i)
        {
            if (!_w.In(i, Lexicon.ShowVerbs))
            {
                return -1;
            }

            var k = i - 1;
            if (_w.Is(k, "which") || _w.Is(k, "that"))
            {
                k--;
            }

            // Skip a parenthetical between dashes: "videos … are circulating – impossible to verify – which suggest".
            for (var back = k; back >= _first && back >= i - 25; back--)
            {
                if (IsEvidenceNoun(back))
                {
                    var start = back;
                    while (start - 1 >= _first && (IsEvidenceNoun(start - 1) || _w.Is(start - 1, "and") || _w.Is(start - 1, "or") || IsModifier(start - 1)))
                    {
                        start--;
                    }

                    while (start < back && (_w.Is(start, "and") || _w.Is(start, "or")))
                    {
                        start++;
                    }

                    return start;
                }
            }

            return -1;
        }

        private Speaker? PublishedBy(int from, int cue)
        {
            if (!_w.In(from, Lexicon.PublishVerbs) && !_w.Is(from, "obtained") || !_w.Is(from + 1, "by") || from + 2 >= cue)
            {
                return null;
            }

            var end = cue;
            while (end > from + 2 && (_w.Is(end - 1, "which") || _w.Is(end - 1, "that") || _w.IsComma(end - 1)))
            {
                end--;
            }

            var speaker = _s.Speakers.FromTokens(from + 2, end);
            return speaker.Span is null ? null : speaker;
        }

        private bool IsModifier(int k) => _w.IsWord(k) && (_w.Is(k, "new") || _w.Is(k, "several") || _w.Is(k, "some") || _w.Is(k, "many") || _w.Is(k, "the") || _w.Is(k, "amateur") || _w.Is(k, "satellite") || _w.Is(k, "video") || _w.Is(k, "leaked"));

        private int EvidencePhraseEnd(int start)
        {
            var k = start;
            while (k < _end && (IsEvidenceNoun(k) || _w.Is(k, "and") || _w.Is(k, "or") || IsModifier(k)))
            {
                k++;
            }

            return k;
        }

        private bool IsEvidenceNoun(int k) => k >= 0 && k < _w.Count && Lexicon.EvidenceNouns.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(_w.Lower(k));

        private bool IsTimeWord(int k) => TimeWords.Any(t => _w.Is(k, t));

        // The source phrase that ends right before token i: back to a clause break, comma or used token.
        private (int First, int End) LeftPhrase(int i)
        {
            var end = i;

            // Step over a relay between subject and verb: "The channel X, quoted from the site Y, has published".
            while (end > _first && (_relay[end - 1 - _first] || (_w.IsComma(end - 1) && end - 2 >= _first && _relay[end - 2 - _first])))
            {
                end--;
            }

            while (end > _first && _w.IsComma(end - 1))
            {
                end--;
            }

            while (end > _first && _w.In(end - 1, Lexicon.TrailingNoise))
            {
                end--;
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

                if (_w.In(k, Lexicon.ClauseBreakers) && !(_w.Is(k, "of") && _w.IsCapitalised(k + 1) && _w.IsCapitalised(k - 1)))
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

            return pronoun is "he" or "she" && _s.LastPerson is { } person ? person with { Span = _w.Span(first, end) } : Speaker.None;
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
                foreach (var (phrase, _, _) in ResponseCues.All)
                {
                    if (_w.Match(j, phrase) > 0)
                    {
                        return _w.Is(k, "which");
                    }
                }
            }

            return false;
        }

        private void Emit(TextSpan cue, Speaker speaker, IReadOnlyList<TextSpan> content, IReadOnlyList<RelayLink> relay, Stance? stance)
        {
            if (content.Count == 0 || content.All(c => c.IsEmpty))
            {
                return;
            }

            _local.Add(new Attribution(cue, speaker, [.. content.Where(c => !c.IsEmpty)], relay) { CueStance = stance });
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
                    _s.Result.Add(new Attribution(cueSpan, speaker, [.. pieces.Select(Trim)], []));
                }

                return;
            }

            foreach (var attribution in _local.OrderBy(a => a.CueSpan.Start))
            {
                var relay = attribution.Relay.ToList();
                relay.AddRange(_relays.Select(r => r.Link).Where(r => !string.Equals(r.Name, attribution.Speaker.Name, StringComparison.Ordinal)));
                _s.Result.Add(attribution with { Relay = relay, Content = [.. attribution.Content.Select(Trim)] });
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
}
