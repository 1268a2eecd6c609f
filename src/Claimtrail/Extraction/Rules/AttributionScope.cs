using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>The stretch of text an attribution covers: its speaker, cue and content together.</summary>
internal static class AttributionScope
{
    public static TextSpan Of(Attribution attribution)
    {
        var start = Math.Min(attribution.ContentExtent.Start, attribution.CueSpan.Start);
        var end = Math.Max(attribution.ContentExtent.End, attribution.CueSpan.End);
        if (attribution.Speaker.Span is { } speaker)
        {
            start = Math.Min(start, speaker.Start);
            end = Math.Max(end, speaker.End);
        }

        return new TextSpan(start, end);
    }

    /// <summary>Token index range [first, end) of <paramref name="span"/>.</summary>
    public static (int First, int End) Tokens(TokenWindow w, TextSpan span)
    {
        var first = w.TokenAt(span.Start);
        var end = first;
        while (end < w.Count && w.Tokens[end].End <= span.End)
        {
            end++;
        }

        return (first, end);
    }
}
