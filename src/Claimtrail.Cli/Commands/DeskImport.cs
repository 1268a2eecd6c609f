using Claimtrail.Ledger;
using Claimtrail.Reviews;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// The desk's lines of a ledger export on import: accounts and token hashes stored as they come (each at its recorded
/// time), the audit log gathered and written back whole at the end; and the feeds' watch state, stored as it comes.
/// </summary>
internal sealed class DeskImport
{
    private readonly List<AuditEntry> _audit = [];
    private AuditHead? _head;

    /// <summary>Accounts stored (an account already there is left as it is).</summary>
    public int Users { get; private set; }

    /// <summary>API token hashes stored.</summary>
    public int Tokens { get; private set; }

    /// <summary>Audit entries restored.</summary>
    public int AuditEntries { get; private set; }

    /// <summary>Whether the export had any desk line.</summary>
    public bool Any { get; private set; }

    /// <summary>Why the last step failed.</summary>
    public string? LastError { get; private set; }

    /// <summary>Takes one desk line; false (with <see cref="LastError"/>) when it could not be stored.</summary>
    public async Task<bool> AddAsync(ILedger ledger, ReplayClock clock, LedgerJsonLines.Read line, CancellationToken cancellationToken)
    {
        // A feed's watch state belongs to the ledger, not to the desk's accounts: it is stored and not counted here.
        Any |= line.Feed is null;
        try
        {
            if (line.Feed is { } feed)
            {
                await ledger.SaveFeedCheckpointAsync(feed, cancellationToken).ConfigureAwait(false);
            }
            else if (line.User is { } user)
            {
                Users += await ledger.AddUserAsync(user, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
            else if (line.ApiToken is { } token)
            {
                if (await ledger.FindApiTokenUserAsync(token.TokenHash, cancellationToken).ConfigureAwait(false) is null)
                {
                    clock.Now = token.Created;
                    await ledger.AddApiTokenAsync(token.UserName, token.TokenHash, token.Label, cancellationToken).ConfigureAwait(false);
                    Tokens++;
                }
            }
            else if (line.Audit is { } entry)
            {
                _audit.Add(entry);
            }
            else if (line.AuditHead is { } head)
            {
                _head = head;
            }

            return true;
        }
        catch (LedgerException ex)
        {
            LastError = ex.Message;
            return false;
        }
    }

    /// <summary>Writes the gathered audit log back, unless the ledger already holds exactly it; false (with <see cref="LastError"/>) when it cannot.</summary>
    public async Task<bool> RestoreAuditLogAsync(ILedger ledger, CancellationToken cancellationToken)
    {
        if (_audit.Count == 0 && _head is null)
        {
            return true;
        }

        var head = _head ?? (_audit.Count == 0 ? AuditHead.Empty : new AuditHead(_audit[^1].Sequence, _audit[^1].Hash));
        try
        {
            if (await ledger.GetAuditHeadAsync(cancellationToken).ConfigureAwait(false) == head)
            {
                // Imported before: the log is there already.
                return true;
            }

            await ledger.RestoreAuditLogAsync(_audit, head, cancellationToken).ConfigureAwait(false);
            AuditEntries = _audit.Count;
            return true;
        }
        catch (LedgerException ex)
        {
            LastError = ex.Message;
            return false;
        }
    }
}
