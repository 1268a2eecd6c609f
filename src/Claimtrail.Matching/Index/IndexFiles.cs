namespace Claimtrail.Matching.Index;

/// <summary>
/// Where a ledger's claim index lives: <c>BASE.usearch</c> (the graph), <c>BASE.keys</c> (claim ids by key) and
/// <c>BASE.json</c> (model, dimensions, watermark, count; written last, so a reader that finds them disagreeing
/// rebuilds instead of trusting a half-written set), and <c>BASE.lock</c>, held while the files are read or replaced.
/// </summary>
/// <param name="Base">The path the four names start with.</param>
public sealed record IndexFiles(string Base)
{
    /// <summary>The USearch graph.</summary>
    public string Graph => Base + ".usearch";

    /// <summary>Claim ids by key.</summary>
    public string Keys => Base + ".keys";

    /// <summary>The header: what the files hold and up to which embedding.</summary>
    public string Header => Base + ".json";

    /// <summary>The lock file.</summary>
    public string Lock => Base + ".lock";

    /// <summary>
    /// The index files of a ledger: beside a SQLite file (<c>desk.db.claims.*</c>) unless <paramref name="folder"/> is
    /// given; for a database, in <paramref name="folder"/> (or the user's local application data when null). In a
    /// folder the name is drawn from the whole target (a file's full path, a connection string), so two ledgers never
    /// share an index, whatever their names.
    /// </summary>
    public static IndexFiles For(string target, bool isFile, string? folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        if (isFile && folder is null)
        {
            return new IndexFiles(target + ".claims");
        }

        var root = folder ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "claimtrail", "indexes");
        Directory.CreateDirectory(root);
        var identity = isFile ? Path.GetFullPath(target) : target;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(identity)))[..16];
        return new IndexFiles(Path.Combine(root, (isFile ? Path.GetFileName(target) + "-" : string.Empty) + hash + ".claims"));
    }
}
