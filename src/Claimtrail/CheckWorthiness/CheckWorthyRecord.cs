namespace Claimtrail.CheckWorthiness;

/// <summary>One labelled sentence of a check-worthiness data set.</summary>
/// <param name="Id">The record id.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="Label">True when the sentence is check-worthy.</param>
/// <param name="Document">The transcript it belongs to (CheckThat! <c>doc_id</c>), or null.</param>
/// <param name="Group">The block of sentences it belongs to (ClaimBuster <c>doc_group</c>), or null.</param>
/// <param name="Position">Its place in the transcript (<c>line_number</c>, <c>sentence_id</c>), to break ranking ties.</param>
public sealed record CheckWorthyRecord(string Id, string Sentence, bool Label, string? Document, string? Group, long Position)
{
    /// <summary>CheckThat! format: sentences of whole transcripts, ranked per transcript.</summary>
    public bool IsRanked => Document is not null;
}
