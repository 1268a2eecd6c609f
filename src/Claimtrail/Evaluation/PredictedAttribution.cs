using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Evaluation;

/// <summary>An attribution as a system predicts it, reduced to the three spans that are scored.</summary>
/// <param name="Cue">Where the cue stands.</param>
/// <param name="Source">Where the speaker is named, or null when the prediction names no one.</param>
/// <param name="Content">The content's pieces.</param>
public sealed record PredictedAttribution(TextSpan Cue, TextSpan? Source, IReadOnlyList<TextSpan> Content)
{
    /// <summary>The scored spans of a pipeline mention: its cue, its speaker's span and its content fragments.</summary>
    public static PredictedAttribution FromMention(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return new PredictedAttribution(mention.CueSpan, mention.Speaker.Span, mention.Fragments);
    }
}
