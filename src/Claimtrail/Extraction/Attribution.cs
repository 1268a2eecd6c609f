using Claimtrail.Model;
using Claimtrail.Text;

namespace Claimtrail.Extraction;

/// <summary>A raw attribution as an extractor finds it: cue, speaker, content and relay chain.</summary>
/// <param name="CueSpan">Where the cue stands.</param>
/// <param name="Speaker">Who states the content (with its span), or <see cref="Speaker.None"/>.</param>
/// <param name="Content">The content's pieces in text order; one piece when contiguous.</param>
/// <param name="Relay">Sources it passed through, nearest the report first.</param>
public sealed record Attribution(TextSpan CueSpan, Speaker Speaker, IReadOnlyList<TextSpan> Content, IReadOnlyList<RelayLink> Relay)
{
    /// <summary>The whole extent of the content, from its first piece to its last.</summary>
    public TextSpan ContentExtent => new(Content[0].Start, Content[^1].End);

    /// <summary>The stretch of text the attribution covers: speaker, cue and content together.</summary>
    public TextSpan Scope
    {
        get
        {
            var start = Math.Min(ContentExtent.Start, CueSpan.Start);
            var end = Math.Max(ContentExtent.End, CueSpan.End);
            if (Speaker.Span is { } speaker)
            {
                start = Math.Min(start, speaker.Start);
                end = Math.Max(end, speaker.End);
            }

            return new TextSpan(start, end);
        }
    }

    /// <summary>The shape of reported speech it was read from, when the extractor knows.</summary>
    public Construction Construction { get; init; }

    /// <summary>A stance the extractor read off the cue itself ("has not commented"), if any.</summary>
    public Stance? CueStance { get; init; }
}
