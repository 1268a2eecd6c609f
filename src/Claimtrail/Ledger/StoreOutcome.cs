namespace Claimtrail.Ledger;

/// <summary>What storing a report did.</summary>
public enum StoreOutcome
{
    /// <summary>The report was not in the ledger and now is, with its mentions and claims.</summary>
    New,

    /// <summary>A report with the same content hash was already stored; nothing changed.</summary>
    Duplicate,
}
