namespace Claimtrail.Input;

/// <summary>Limits for <see cref="DocumentReader"/>.</summary>
public sealed record DocumentReaderOptions
{
    /// <summary>The default size cap: 20 MB.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>The options used when none are given.</summary>
    public static DocumentReaderOptions Default { get; } = new();

    /// <summary>
    /// The largest file, in bytes, that is read. A larger one is refused before any of it is read, and a
    /// stream that turns out longer than its stated length is cut off at this size and refused.
    /// At least 1 and at most <see cref="Array.MaxLength"/>.
    /// </summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>
    /// The longest text of one post (a Telegram message, a JSONL line, a feed entry), in characters; a longer one
    /// is rejected with its id and the rest of the file goes on. Files of posts have no overall size cap: they are streamed.
    /// </summary>
    public int MaxPostChars { get; init; } = 1_000_000;

    /// <summary>
    /// The largest single record (one Telegram message object, one JSONL line), in bytes. Records are held whole
    /// one at a time, so this bounds memory. A JSONL line over it is rejected and skipped; a Telegram message over
    /// it ends the file with an error, since the JSON around it cannot be resynchronised.
    /// </summary>
    public int MaxRecordBytes { get; init; } = 32 * 1024 * 1024;
}
