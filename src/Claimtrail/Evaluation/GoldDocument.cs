namespace Claimtrail.Evaluation;

/// <summary>A document of an attribution evaluation set with its annotated relations.</summary>
/// <param name="Id">The document id (<c>doc_id</c>).</param>
/// <param name="Text">The text every span points into, exactly as the data set gives it.</param>
/// <param name="Attributions">The annotated relations.</param>
public sealed record GoldDocument(string Id, string Text, IReadOnlyList<GoldAttribution> Attributions);
