namespace Claimtrail.Ledger;

/// <summary>A clock that says whatever time it was set to: an import stores each report at its recorded ingest time.</summary>
public sealed class ReplayClock : TimeProvider
{
    /// <summary>The time the clock says now.</summary>
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
