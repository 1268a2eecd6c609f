using Claimtrail.Errors;

namespace Claimtrail.Input;

/// <summary>Reads articles from files (minimal; format detection and limits being written).</summary>
public static class DocumentReader
{
    /// <summary>Reads the file at <paramref name="path"/>; throws <see cref="InputException"/> naming it on failure.</summary>
    public static async Task<SourceDocument> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(path, "no such file");
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return new SourceDocument(path, text, DocumentFormat.PlainText);
    }
}
