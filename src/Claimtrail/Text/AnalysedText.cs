namespace Claimtrail.Text;

/// <summary>Normalised text with its tokens and sentences: what every extraction stage reads.</summary>
public sealed class AnalysedText
{
    private AnalysedText(string text, List<Token> tokens, List<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <summary>The text all offsets point into.</summary>
    public string Text { get; }

    /// <summary>Its tokens in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Its sentences in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Tokenises and segments <paramref name="text"/>.</summary>
    public static AnalysedText Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSegmenter.Segment(text, tokens);
        return new AnalysedText(text, tokens, sentences);
    }

    /// <summary>The sentence that contains <paramref name="offset"/>, or the nearest before it.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Sentences[mid].Span.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
