using System.Text.RegularExpressions;
using Claimtrail.Text;

namespace Claimtrail.Matching;

/// <summary>
/// Prepares text for matching: drops what carries no proposition (links, the signature line of an
/// embedded social-media post) and splits a longer text into the sentences a claim may sit in.
/// </summary>
public static partial class MatchText
{
    // Smallest sentence worth comparing on its own; shorter pieces are captions and fragments.
    private const int MinimumSentenceTokens = 4;

    /// <summary>
    /// <paramref name="text"/> without links and without a trailing post signature such as
    /// "— Name (handle) August 21, 2019", which news sites and fact-checkers keep when they quote a post.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = Link().Replace(text, " ");
        cleaned = PostSignature().Replace(cleaned, string.Empty);
        return cleaned.Trim();
    }

    /// <summary>
    /// The pieces a claim in <paramref name="text"/> may be stated in: the whole text first, then, when it
    /// has more than one sentence, each sentence of at least four tokens.
    /// </summary>
    public static IReadOnlyList<string> Units(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = new List<string> { text };
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSegmenter.Segment(text, tokens);
        if (sentences.Count > 1)
        {
            foreach (var sentence in sentences)
            {
                if (sentence.TokenCount >= MinimumSentenceTokens)
                {
                    units.Add(text[sentence.Span.Start..sentence.Span.End]);
                }
            }
        }

        return units;
    }

    [GeneratedRegex(@"(?:https?://|pic\.twitter\.com/)\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"\s+—\s+[^—]{1,80}\(\S+\)\s+\p{Lu}\p{Ll}+ \d{1,2}, \d{4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PostSignature();
}
