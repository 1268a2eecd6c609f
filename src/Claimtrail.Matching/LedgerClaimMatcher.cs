using Claimtrail.Ledger;
using Claimtrail.Matching.Index;
using Claimtrail.Model;

namespace Claimtrail.Matching;

/// <summary>
/// Claim matching across a ledger: before a report is stored, each of its claims is looked up in the ledger's
/// claim index; when the matcher says an indexed claim states the same proposition, the report's mentions are
/// linked to that claim instead of a new one. A claim that matches nothing is stored with its embedding, so the
/// next report can find it.
/// </summary>
/// <remarks>
/// A claim is a proposition; whether a mention states it or answers it (denies, confirms, declines to comment) is
/// the mention's stance, recorded on the mention. So a denial is matched to the claim it denies and linked to it as
/// a response, never as a mention stating it (see <see cref="Provenance.ProvenanceBuilder.IsResponse"/>); two claims
/// are compared as propositions only.
/// </remarks>
public sealed class LedgerClaimMatcher
{
    /// <summary>Nearest claims taken from the index for each new claim.</summary>
    public const int Candidates = 5;

    /// <summary>Below this cosine a candidate is not worth the full matcher: the shipped model never matches there.</summary>
    public const float CandidateFloor = 0.5f;

    private readonly ILedger _ledger;
    private readonly LedgerClaimIndex _index;
    private readonly ISentenceEmbedder _embedder;
    private readonly IClaimMatcher _matcher;
    private readonly string _model;
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>A matcher over <paramref name="ledger"/> and its open <paramref name="index"/>.</summary>
    public LedgerClaimMatcher(ILedger ledger, LedgerClaimIndex index, ISentenceEmbedder embedder, IClaimMatcher matcher, string model)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        _ledger = ledger;
        _index = index;
        _embedder = embedder;
        _matcher = matcher;
        _model = model;
    }

    /// <summary>Claims matched to a stored claim so far.</summary>
    public int Matched { get; private set; }

    /// <summary>
    /// <paramref name="claims"/> as they should be stored: each either renamed to the stored claim it matches (its
    /// mentions linked there; claims of the report that match one stored claim are merged) or carrying its
    /// embedding as a new claim.
    /// </summary>
    public async Task<IReadOnlyList<Claim>> ResolveAsync(IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count == 0)
        {
            return claims;
        }

        // Claims other processes stored since the last look are candidates too.
        await _index.SyncAsync(_ledger, cancellationToken).ConfigureAwait(false);
        var fresh = claims.Where(c => !_index.Contains(c.Id)).ToList();
        var vectors = fresh.Count == 0 ? [] : _embedder.Embed([.. fresh.Select(c => c.Text)], cancellationToken);
        var resolved = new List<Claim>(claims.Count);
        var at = 0;
        foreach (var claim in claims)
        {
            if (_index.Contains(claim.Id))
            {
                // The same words were stated before: the exact id already names the stored claim.
                resolved.Add(claim);
                continue;
            }

            var vector = vectors[at++];
            var match = await BestMatchAsync(claim.Text, vector, cancellationToken).ConfigureAwait(false);
            if (match is { } stored)
            {
                Matched++;
                resolved.Add(claim with { Id = stored.Id, Text = stored.Text, Embedding = null });
            }
            else
            {
                resolved.Add(claim with { Embedding = new ClaimEmbedding(claim.Id, _model, vector) });
            }
        }

        // Two claims of one report may meet in one stored claim: one claim, the mentions of both.
        return [.. resolved
            .GroupBy(c => c.Id, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.First() : g.First() with { Mentions = [.. g.SelectMany(c => c.Mentions).Distinct(StringComparer.Ordinal)] })];
    }

    /// <summary>Takes the embeddings a store added into the index (and any other process's).</summary>
    public Task<int> RememberAsync(CancellationToken cancellationToken = default) => _index.SyncAsync(_ledger, cancellationToken);

    private async Task<(string Id, string Text)?> BestMatchAsync(string text, float[] vector, CancellationToken cancellationToken)
    {
        (string Id, string Text, double Score)? best = null;
        foreach (var (claimId, cosine) in _index.Search(vector, Candidates))
        {
            if (cosine < CandidateFloor)
            {
                continue;
            }

            var candidate = await TextOfAsync(claimId, cancellationToken).ConfigureAwait(false);
            if (candidate is null)
            {
                continue;
            }

            var result = _matcher.Match(new ClaimStatement(text), new ClaimStatement(candidate), cancellationToken);
            if (result.IsMatch && (best is null || result.Score > best.Value.Score))
            {
                best = (claimId, candidate, result.Score);
            }
        }

        return best is { } found ? (found.Id, found.Text) : null;
    }

    private async Task<string?> TextOfAsync(string claimId, CancellationToken cancellationToken)
    {
        if (_texts.TryGetValue(claimId, out var text))
        {
            return text;
        }

        // A stored claim keeps its text, so it can be remembered for the process's life.
        var claim = await _ledger.GetClaimAsync(claimId, cancellationToken).ConfigureAwait(false);
        if (claim is not null)
        {
            _texts[claimId] = claim.Text;
        }

        return claim?.Text;
    }
}
