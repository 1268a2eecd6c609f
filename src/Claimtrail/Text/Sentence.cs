namespace Claimtrail.Text;

/// <summary>A sentence as a span of text and a range of tokens.</summary>
/// <param name="Span">The sentence's extent in the text.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">Number of tokens in it.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>Index just past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
