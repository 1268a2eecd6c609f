namespace Claimtrail.Matching.Index;

/// <summary>The header of a ledger's claim index files.</summary>
/// <param name="Schema">Always <see cref="CurrentSchema"/>.</param>
/// <param name="Model">The embedding model of every vector.</param>
/// <param name="Dimensions">Their length.</param>
/// <param name="Watermark">The highest embedding sequence the index holds.</param>
/// <param name="Count">How many vectors it holds.</param>
internal sealed record IndexHeader(string Schema, string Model, int Dimensions, long Watermark, long Count)
{
    public const string CurrentSchema = "claimtrail.claim-index/1";
}
