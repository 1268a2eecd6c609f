using Claimtrail.Ledger;
using Claimtrail.Matching.Embeddings;
using Claimtrail.Matching.Index;

namespace Claimtrail.Matching;

/// <summary>
/// Claim matching for a process that stores reports (a CLI command, the web desk): the MiniLM embedder, the shipped
/// match model and the ledger's claim index, opened together and saved when the process is done. Not safe for
/// concurrent stores: the index and the embedder take one report at a time.
/// </summary>
public sealed class MatchingSession : IDisposable
{
    /// <summary>The environment variable naming the folder of a database ledger's index files.</summary>
    public const string IndexFolderVariable = "CLAIMTRAIL_INDEX_DIR";

    // Each new claim is compared with up to five stored ones, and each comparison embeds both texts: remembered
    // vectors spare most of that. This many vectors of 384 floats are about 30 MB.
    private const int RememberedVectors = 20_000;

    private readonly MiniLmEmbedder _embedder;
    private readonly CachingSentenceEmbedder _vectors;
    private readonly LedgerClaimIndex _index;

    private MatchingSession(MiniLmEmbedder embedder, CachingSentenceEmbedder vectors, LedgerClaimIndex index, LedgerClaimMatcher matcher)
    {
        _embedder = embedder;
        _vectors = vectors;
        _index = index;
        Matcher = matcher;
    }

    /// <summary>The matcher to resolve each report's claims with before storing it.</summary>
    public LedgerClaimMatcher Matcher { get; }

    /// <summary>
    /// Opens matching for the ledger <paramref name="db"/> (a <see cref="LedgerTarget"/>); the index files are read (or
    /// built from the ledger's embeddings when missing or stale). Without <paramref name="indexFolder"/> they lie beside a
    /// SQLite ledger, and for PostgreSQL in the folder <see cref="IndexFolderVariable"/> names, else the user's local
    /// application data.
    /// </summary>
    public static async Task<MatchingSession> OpenAsync(ILedger ledger, string db, string? indexFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var target = LedgerTarget.Parse(db);
        var isFile = target.Engine == LedgerEngine.Sqlite;

        // The variable serves database ledgers only: a SQLite ledger's index stays beside its file unless a folder is given.
        var folder = indexFolder ?? (!isFile && Environment.GetEnvironmentVariable(IndexFolderVariable) is { Length: > 0 } configured ? configured : null);
        var files = IndexFiles.For(target.Value, isFile, folder);

        // One ONNX thread per core would fight the analysis threads that run meanwhile; matching is one report at a time.
        var embedder = new MiniLmEmbedder(intraOpThreads: 1);
        var vectors = new CachingSentenceEmbedder(embedder, RememberedVectors);
        try
        {
            var index = await LedgerClaimIndex.OpenAsync(ledger, files, MiniLmEmbedder.ModelName, embedder.Dimensions, cancellationToken).ConfigureAwait(false);
            var matcher = new LedgerClaimMatcher(ledger, index, vectors, DefaultMatcher.Create(vectors), MiniLmEmbedder.ModelName);
            return new MatchingSession(embedder, vectors, index, matcher);
        }
        catch
        {
            vectors.Dispose();
            embedder.Dispose();
            throw;
        }
    }

    /// <summary>Writes the index files if they changed.</summary>
    public void Save() => _index.Save();

    /// <inheritdoc/>
    public void Dispose()
    {
        _index.Dispose();
        _vectors.Dispose();
        _embedder.Dispose();
    }
}
