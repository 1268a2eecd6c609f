using Claimtrail.Text;

namespace Claimtrail.Evaluation;

/// <summary>An annotated span: possibly discontinuous, so scored on its <see cref="Fragments"/>.</summary>
/// <param name="Text">The annotated text as the data set gives it (fragments joined with a space).</param>
/// <param name="Fragments">The pieces of the span as UTF-16 offsets into the document text, in the data's order.</param>
public sealed record GoldSpan(string Text, IReadOnlyList<TextSpan> Fragments)
{
    /// <summary>From the start of the earliest piece to the end of the latest.</summary>
    public TextSpan Extent => new(Fragments.Min(f => f.Start), Fragments.Max(f => f.End));
}
