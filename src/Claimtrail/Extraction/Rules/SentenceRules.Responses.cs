using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

internal sealed partial class SentenceRules
{
    // "The Kremlin has not commented on the rumours", "no explanations came from military leaders".
    private int TryResponse(int i)
    {
        var n = PhraseSets.Responses.Match(_w, i, out _, out var response);
        if (n == 0)
        {
            return -1;
        }

        var (stance, side) = response;
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
            Emit(cue, speaker, [content], [], stance, Construction.Response);
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
            Emit(cue, speaker, _local[^1].Content, [], stance, Construction.Response);
        }
        else if (after < _end && (_w.Is(after, "on") || _w.Is(after, "about")) && ContentEnd(after + 1) > after + 1)
        {
            Emit(cue, speaker, [_w.Span(after + 1, ContentEnd(after + 1))], [], stance, Construction.Response);
        }
        else
        {
            Emit(cue, speaker, [cue], [], stance, Construction.Response);
        }

        Use(left.First, Math.Max(after, ContentEnd(after)));
        return ContentEnd(after);
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
            verified |= _w.In(comma, Lexicon.VerificationWords);
            comma++;
        }

        if (!verified || comma + 1 >= _end)
        {
            return -1;
        }

        var contentEnd = ContentEnd(comma + 1);
        Emit(_w.Span(i, comma), Speaker.None, [_w.Span(comma + 1, contentEnd)], [], Stance.Conditional, Construction.Conditional);
        Use(i, contentEnd);
        return contentEnd;
    }
}
