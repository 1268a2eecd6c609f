using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

internal sealed partial class SentenceRules
{
    // "– notes the online publication Agentstvo –", ", quoted from the site Meduza,", "via @channel".
    private void FindRelays()
    {
        for (var i = _first; i < _end; i++)
        {
            var inverted = i > _first && (_w.IsDash(i - 1) || _w.IsComma(i - 1)) && _w.In(i, Lexicon.SpeechVerbs) && i - 1 > _first && !_w.IsCapitalised(i);
            var sourceFirst = PhraseSets.SourceFirst.Match(_w, i, out var phrase, out _);
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

                    // The subject before the aside is still the speaker: "X – notes Y – have published …".
                    MarkRelay(i - 1, close + 1);
                    i = close;
                }
            }
            else if (sourceFirst > 0 && phrase is not "according to" && (i > _first || OpensSentence(phrase!)) && !Used(i))
            {
                var start = i + sourceFirst;
                var stop = start;
                while (stop < _end && stop - start < 8 && !_w.IsComma(stop) && !_w.IsDash(stop) && !_w.IsQuote(stop) &&
                       !_w.In(stop, Lexicon.TrailingNoise) && !_w.In(stop, Lexicon.SpeechVerbs) && !_w.In(stop, Lexicon.PublishVerbs) &&
                       !(_w.In(stop, Lexicon.ClauseBreakers) && !_w.Is(stop, "of") && phrase is not "citing"))
                {
                    stop++;
                }

                // "citing court filings", "citing police sources": what is cited need not be a name.
                if (stop > start && (HasName(start, stop) || phrase is "citing") && (phrase is not "via" || IsMediaSource(start, stop)))
                {
                    AddRelay(start, stop, phrase!, i);
                    Use(i, stop);
                    MarkRelay(i, stop);
                    i = stop - 1;
                }
            }
        }
    }

    // "Citing X, Y wrote …", "As reported by X, Y said …": cues that may open the sentence before their subject.
    private static bool OpensSentence(string phrase) => phrase is "citing" or "as reported by" or "as cited by" or "as quoted by";

    // "via @channel", "via the Telegram channel X", "via Reuters": a source; "via Vienna" is a route.
    private bool IsMediaSource(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_w.IsPunct(k, '@') || _w.In(k, Lexicon.ChannelNouns) || _w.In(k, Lexicon.OutletNouns) || _w.In(k, Lexicon.Platforms))
            {
                return true;
            }
        }

        return _s.Speakers.FromTokens(first, end).Kind is SourceKind.Outlet or SourceKind.Channel;
    }

    private void MarkRelay(int first, int end)
    {
        for (var k = Math.Max(first, _first); k < end && k - _first < _relay.Length; k++)
        {
            _relay[k - _first] = true;
        }
    }

    private void AddRelay(int first, int end, string cue, int cueIndex)
    {
        var speaker = _s.Speakers.FromTokens(first, end);
        _relays.Add((new RelayLink(speaker.Name, speaker.Kind, cue, speaker.Span), cueIndex));
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
                var citing = PhraseSets.SourceFirst.Match(_w, contentStart, out var phrase, out _);
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
                    Emit(cue, speaker, [_w.Span(contentStart, contentEnd)], relay, null, Construction.AccordingTo);
                    Use(i, contentEnd);
                }
            }
            else if (i - 2 >= _first && _w.IsComma(i - 1) && _w.Is(i - 2, "that") && sourceEnd < _end && _w.IsComma(sourceEnd))
            {
                // "Y wrote that, according to X, C": an aside inside a that-clause; C is X's, and Y relays it.
                var contentEnd = ContentEnd(sourceEnd + 1);
                if (contentEnd > sourceEnd + 1)
                {
                    Emit(cue, speaker, [_w.Span(sourceEnd + 1, contentEnd)], relay, null, Construction.AccordingTo);
                    Use(i, contentEnd);
                }
            }
            else if (i > _first && _w.IsComma(i - 1))
            {
                var contentStart = ClauseStart(i - 1);
                if (i - 1 > contentStart)
                {
                    Emit(cue, speaker, [_w.Span(contentStart, i - 1)], relay, null, Construction.AccordingTo);
                    Use(contentStart, sourceEnd);
                }
            }

            i = sourceEnd;
        }
    }
}
