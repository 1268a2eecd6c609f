using Claimtrail.Ledger;
using Claimtrail.Reviews;

namespace Claimtrail.Cli.Commands;

/// <summary>
/// The desk's lines of a ledger export on import: accounts and token hashes stored as they come (each at its recorded
/// time), the audit log gathered and written back whole at the end; sightings recorded as they come, claim
/// embeddings stored a batch at a time; and the feeds' watch state, stored as it comes.
/// </summary>
internal sealed class DeskImport
{
    private const int EmbeddingBatch = 500;
    private readonly List<AuditEntry> _audit = [];
    private readonly List<ClaimEmbedding> _embeddings = [];
    private AuditHead? _head;

    /// <summary>Accounts stored (an account already there is left as it is).</summary>
    public int Users { get; private set; }

    /// <summary>API token hashes stored.</summary>
    public int Tokens { get; private set; }

    /// <summary>Desk gazetteer placements stored (one for the same name and larger place is replaced).</summary>
    public int Places { get; private set; }

    /// <summary>Audit entries restored.</summary>
    public int AuditEntries { get; private set; }

    /// <summary>Whether the export had any desk line.</summary>
    public bool Any { get; private set; }

    /// <summary>Why the last step failed.</summary>
    public string? LastError { get; private set; }

    /// <summary>Takes one desk line; false (with <see cref="LastError"/>) when it could not be stored.</summary>
    public async Task<bool> AddAsync(ILedger ledger, ReplayClock clock, LedgerJsonLines.Read line, CancellationToken cancellationToken)
    {
        try
        {
            if (line.Sighting is { } sighting)
            {
                Sightings += await ledger.RecordSightingAsync(sighting, cancellationToken).ConfigureAwait(false) ? 1 : 0;
                return true;
            }

            if (line.ClaimEmbedding is { } embedding)
            {
                _embeddings.Add(embedding);
                return _embeddings.Count < EmbeddingBatch || await FlushEmbeddingsAsync(ledger, cancellationToken).ConfigureAwait(false);
            }

            if (line.Feed is { } feed)
            {
                // A feed's watch state belongs to the ledger, not to the desk's accounts: it is stored and not counted here.
                await ledger.SaveFeedCheckpointAsync(feed, cancellationToken).ConfigureAwait(false);
                return true;
            }

            Any = true;
            if (line.User is { } user)
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
            else if (line.DeskPlace is { } place)
            {
                await ledger.AddDeskPlaceAsync(place, cancellationToken).ConfigureAwait(false);
                Places++;
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
        catch (Exception ex) when (ex is LedgerException or ArgumentException)
        {
            LastError = ex.Message;
            return false;
        }
    }

    /// <summary>Sightings recorded.</summary>
    public int Sightings { get; private set; }

    /// <summary>Claim embeddings stored.</summary>
    public int Embeddings { get; private set; }

    /// <summary>Stores the claim embeddings gathered so far; false (with <see cref="LastError"/>) when they could not be stored.</summary>
    public async Task<bool> FlushEmbeddingsAsync(ILedger ledger, CancellationToken cancellationToken)
    {
        if (_embeddings.Count == 0)
        {
            return true;
        }

        try
        {
            Embeddings += await ledger.AddClaimEmbeddingsAsync(_embeddings, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (LedgerException ex)
        {
            LastError = ex.Message;
            return false;
        }
        finally
        {
            _embeddings.Clear();
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
