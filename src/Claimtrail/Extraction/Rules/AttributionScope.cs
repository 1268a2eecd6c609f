using Claimtrail.Text;

namespace Claimtrail.Extraction.Rules;

/// <summary>Token ranges of an attribution's scope, for the rule stages.</summary>
internal static class AttributionScope
{
    public static TextSpan Of(Attribution attribution) => attribution.Scope;

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
