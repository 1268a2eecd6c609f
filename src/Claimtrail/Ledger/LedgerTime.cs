namespace Claimtrail.Ledger;

/// <summary>The resolution of the times a ledger stamps (ingest, first seen): one microsecond on every engine.</summary>
public static class LedgerTime
{
    /// <summary>
    /// <paramref name="value"/> in UTC, cut to whole microseconds: PostgreSQL keeps no finer time, and a ledger
    /// copied between engines must read back the same.
    /// </summary>
    public static DateTimeOffset Stamp(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
