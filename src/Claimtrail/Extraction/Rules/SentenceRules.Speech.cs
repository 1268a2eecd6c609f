using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

internal sealed partial class SentenceRules
{
    // "X said (that) Y", "Y, X said", "“Y,” said X", "videos … which suggest Y", "experts point out that Y".
    private int TrySpeech(int i)
    {
        var phraseLength = PhraseSets.Speech.Match(_w, i);
        var isVerb = phraseLength > 0 || _w.In(i, Lexicon.SpeechVerbs) || (_w.In(i, Lexicon.ShowVerbs) && EvidenceSubject(i) >= 0);
        // "the site Fen Notes wrote": a capitalised verb form after a capitalised word is part of a name.
        if (!isVerb || IsNounUse(i) || (i > _first && _w.IsCapitalised(i) && _w.IsCapitalised(i - 1)))
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
                    Emit(cue, speaker, [_w.Span(contentStart, quoteEnd)], [], null, Construction.Quote);
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

                Emit(cue, speaker, [_w.Span(ClauseStart(comma), comma)], [], null, Construction.Speech);
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

        Emit(cue, source, fragments, [], null, evidenceSubject >= 0 ? Construction.Evidence : Construction.Speech);
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

    // A relay aside between subject and verb ("Activists – writes Y – claim") leaves the verb a verb.
    private bool PrecededBySubject(int i) => i > _first && (_relay[i - 1 - _first] || _w.IsCapitalised(i - 1) || _w.Is(i - 1, "they") || _w.Is(i - 1, "we") || _w.Is(i - 1, "i") || _w.Is(i - 1, "you"));
}
