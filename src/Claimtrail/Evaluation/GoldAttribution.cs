namespace Claimtrail.Evaluation;

/// <summary>One annotated attribution relation: who (if anyone) says what, introduced by which cue.</summary>
/// <param name="Id">The relation's id within its document ("E5").</param>
/// <param name="Source">The speaker span, or null when the annotation names no source.</param>
/// <param name="Cue">The words that introduce the relation ("said", "according to", ":").</param>
/// <param name="Content">What is attributed.</param>
public sealed record GoldAttribution(string Id, GoldSpan? Source, GoldSpan Cue, GoldSpan Content);
