using Claimtrail.Fingerprints;
using Claimtrail.Ledger;

namespace Claimtrail.Web.Services;

/// <summary>
/// The ledger's media joined to reports, with the possibly recycled ones flagged (<see cref="ClaimMediaView"/>), kept for
/// a short while: building it reads every media file's fingerprints and appearances, which a claim page or a filtered list
/// should not pay on each view. Media ingested meanwhile shows once the view is older than <see cref="Lifetime"/>.
/// </summary>
public sealed class MediaViewCache(IMediaLedger ledger, TimeProvider clock)
{
    /// <summary>How long a view is used before it is built again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private Task<ClaimMediaView>? _view;
    private DateTimeOffset _taken;

    /// <summary>The view, built again when older than <see cref="Lifetime"/>; concurrent callers share one build.</summary>
    public Task<ClaimMediaView> GetAsync()
    {
        var now = clock.GetUtcNow();
        var current = Volatile.Read(ref _view);
        if (current is null || current.IsFaulted || current.IsCanceled || now - _taken > Lifetime)
        {
            // Not tied to one request's cancellation: other requests may be waiting on the same build.
            var fresh = ClaimMediaView.LoadAsync(ledger, CancellationToken.None);
            if (Interlocked.CompareExchange(ref _view, fresh, current) == current)
            {
                _taken = now;
                return fresh;
            }

            return Volatile.Read(ref _view)!;
        }

        return current;
    }
}
