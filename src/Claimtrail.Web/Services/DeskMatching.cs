using Claimtrail.Ledger;
using Claimtrail.Matching;
using Claimtrail.Model;
using Microsoft.Extensions.Options;

namespace Claimtrail.Web.Services;

/// <summary>
/// The desk's one claim-matching session: opened on the first ingest (the embedder and the index take a moment and
/// memory a desk that only reads never needs), saved and closed when the app stops. Stores go through it one at a time.
/// </summary>
public sealed class DeskMatching(ILedger ledger, IOptions<DeskOptions> options) : IDisposable
{
    // The index and the embedder are not safe for concurrent writes, and two reports stating one new proposition must
    // not both add it: each store resolves against the claims the one before it added.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private MatchingSession? _session;
    private bool _disposed;

    /// <summary>
    /// Stores <paramref name="report"/> with its <paramref name="claims"/>, matched against the ledger's claims unless
    /// <c>Desk:Matching</c> is off. <paramref name="cancellationToken"/> ends only the wait; a started store completes.
    /// </summary>
    public async Task<StoreOutcome> StoreAsync(Report report, IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(claims);
        var settings = options.Value;
        if (!settings.Matching)
        {
            return await ledger.StoreAsync(report, claims, cancellationToken).ConfigureAwait(false);
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var indexFolder = string.IsNullOrWhiteSpace(settings.IndexFolder) ? null : settings.IndexFolder;
            _session ??= await MatchingSession.OpenAsync(ledger, settings.Database, indexFolder, cancellationToken).ConfigureAwait(false);
            return await MatchedStore.StoreAsync(ledger, _session.Matcher, report, claims).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Writes the index files if they changed and closes the session.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        // Waits for a store in progress: the index must not be saved or freed under it.
        _gate.Wait();
        try
        {
            _disposed = true;
            if (_session is { } session)
            {
                _session = null;
                try
                {
                    session.Save();
                }
                finally
                {
                    session.Dispose();
                }
            }
        }
        finally
        {
            _gate.Release();
            _gate.Dispose();
        }
    }
}
