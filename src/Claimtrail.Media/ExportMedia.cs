namespace Claimtrail.Media;

/// <summary>
/// Resolves a media reference of a Telegram export (<c>photos/photo_1@01-03-2024_18-00-00.jpg</c>) to a file inside the
/// export's folder, safely: absolute paths, <c>..</c> that leaves the folder, and symbolic links that point outside
/// it are refused, so a hostile export cannot make the ingest read other files.
/// </summary>
public static class ExportMedia
{
    /// <summary>The reason given for a reference whose file is not there: the export left it out, or it was moved.</summary>
    public const string NotInExport = "not in the export (the export left the file out, or it was moved)";

    /// <summary>The file <paramref name="reference"/> names inside <paramref name="folder"/>, or null with the reason it is not used.</summary>
    public static string? Resolve(string folder, string reference, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(reference);
        reason = null;
        if (reference.Length == 0 || reference.Contains('\0', StringComparison.Ordinal) || reference.Contains("://", StringComparison.Ordinal))
        {
            reason = "not a path in the export";
            return null;
        }

        if (Path.IsPathRooted(reference) || reference.StartsWith('\\'))
        {
            reason = "an absolute path; only paths inside the export are read";
            return null;
        }

        var root = Path.GetFullPath(folder);
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, reference.Replace('\\', '/')));
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            reason = "a path that leaves the export folder";
            return null;
        }

        if (!File.Exists(full))
        {
            reason = NotInExport;
            return null;
        }

        // Every link along the way must still land inside the export.
        var real = Real(full, root);
        if (real is null || !real.StartsWith(prefix, StringComparison.Ordinal))
        {
            reason = "a link that points outside the export folder";
            return null;
        }

        return full;
    }

    private static string? Real(string path, string root)
    {
        var current = root;
        var realRoot = new DirectoryInfo(root).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? root;
        foreach (var part in Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            FileSystemInfo entry = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (entry.LinkTarget is not null)
            {
                var target = entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                if (target is null)
                {
                    return null;
                }

                var targetFull = Path.GetFullPath(target);
                var inRoot = targetFull.StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) || targetFull.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
                if (!inRoot)
                {
                    return targetFull;
                }

                current = targetFull.StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    ? Path.Combine(root, Path.GetRelativePath(realRoot, targetFull))
                    : targetFull;
            }
        }

        return current;
    }
}
