namespace Claimtrail.Ledger;

/// <summary>The storage engines a ledger can live on.</summary>
public enum LedgerEngine
{
    /// <summary>One SQLite file: the embedded default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database: for several people, web and worker processes.</summary>
    Postgres,
}
