namespace Claimtrail.Ledger;

/// <summary>The order of a claim listing.</summary>
public enum ClaimSort
{
    /// <summary>Newest first; when searching, most relevant first and newest among equals.</summary>
    Newest,

    /// <summary>Claims stated in the most distinct reports first, newest among equals.</summary>
    MostReports,

    /// <summary>Claims with the most independent origins first, then the most reports, newest among equals.</summary>
    MostOrigins,

    /// <summary>
    /// Most check-worthy first (the highest check-worthiness of a claim's mentions), newest among equals;
    /// claims without a score (stored before scoring existed) last.
    /// </summary>
    CheckWorthy,
}
