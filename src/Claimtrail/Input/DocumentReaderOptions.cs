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
}
