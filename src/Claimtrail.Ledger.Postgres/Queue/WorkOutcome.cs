namespace Claimtrail.Ledger.Postgres.Queue;

/// <summary>How an item ended.</summary>
public enum WorkOutcome
{
    /// <summary>Its report was stored.</summary>
    New,

    /// <summary>Its report was already in the ledger.</summary>
    Duplicate,

    /// <summary>It could not be analysed or stored; the error says why.</summary>
    Failed,
}
