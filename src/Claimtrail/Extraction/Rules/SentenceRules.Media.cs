using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

internal sealed partial class SentenceRules
{
    private static readonly string[] TimeWords =
    [
        "earlier", "this", "last", "week", "month", "year", "weekend", "days", "yesterday", "today", "recently", "on",
        "over", "the", "past", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning",
    ];

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

        Emit(_w.Span(i, i + 2), _s.Speakers.FromTokens(speakerStart, speakerEnd), fragments, [], null, Construction.Circulation);
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

        Emit(_w.Span(cueStart, cueEnd), speaker, [_w.Span(cueEnd, contentEnd)], [], null, Construction.Publication);
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
}
