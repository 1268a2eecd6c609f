using Claimtrail.Errors;

namespace Claimtrail.Ledger;

/// <summary>The ledger cannot be opened or written: a missing or newer database, a storage failure.</summary>
public sealed class LedgerException : ClaimtrailException
{
    /// <summary>Creates the exception with a message.</summary>
    public LedgerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the storage error that caused it.</summary>
    public LedgerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
