namespace Claimtrail.Cli.Commands;

/// <summary>How an ingest went, file by file.</summary>
/// <param name="New">Reports stored.</param>
/// <param name="Duplicate">Reports already in the ledger.</param>
/// <param name="Failed">Files that could not be read, analysed or stored.</param>
/// <param name="Interrupted">True when the run was cancelled before every file was done.</param>
public sealed record IngestCounts(int New, int Duplicate, int Failed, bool Interrupted)
{
    /// <summary>Files dealt with.</summary>
    public int Done => New + Duplicate + Failed;
}
