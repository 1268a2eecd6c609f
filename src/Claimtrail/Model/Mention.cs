using Claimtrail.Text;

namespace Claimtrail.Model;

/// <summary>One place in one report where something is claimed, with who claims it and how.</summary>
public sealed record Mention
{
    /// <summary>Stable id: derived from the report id and the content span.</summary>
    public required string Id { get; init; }

    /// <summary>The extent of the content in the report text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The pieces of a discontinuous content span; a single piece when contiguous.</summary>
    public required IReadOnlyList<TextSpan> Fragments { get; init; }

    /// <summary>What is claimed, as written (fragments joined with a space).</summary>
    public required string Content { get; init; }

    /// <summary>Who states it.</summary>
    public required Speaker Speaker { get; init; }

    /// <summary>The words that introduce the attribution ("claims", "according to").</summary>
    public required string Cue { get; init; }

    /// <summary>Where the cue stands.</summary>
    public required TextSpan CueSpan { get; init; }

    /// <summary>Sources the content passed through, nearest the report first.</summary>
    public IReadOnlyList<RelayLink> Relay { get; init; } = [];

    /// <summary>The speaker's stance towards the content.</summary>
    public Stance Stance { get; init; } = Stance.Asserts;

    /// <summary>Words that hedge the content ("allegedly", "impossible to verify").</summary>
    public IReadOnlyList<string> Hedges { get; init; } = [];

    /// <summary>Material the mention cites.</summary>
    public IReadOnlyList<EvidenceRef> Evidence { get; init; } = [];

    /// <summary>Places named in the mention.</summary>
    public IReadOnlyList<PlaceRef> Places { get; init; } = [];

    /// <summary>Named entities inside the mention's content or source.</summary>
    public IReadOnlyList<EntityMention> Entities { get; init; } = [];

    /// <summary>
    /// How far the content is a checkable factual claim worth a fact-checker's time, from 0 to 1
    /// (see <see cref="CheckWorthiness.CheckWorthinessModel"/>); null when the pipeline had no scorer.
    /// </summary>
    public double? CheckWorthiness { get; init; }

    /// <summary>Name and version of the extractor that produced the mention.</summary>
    public required string Extractor { get; init; }
}
