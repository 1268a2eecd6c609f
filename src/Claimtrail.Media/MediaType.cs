using Claimtrail.Fingerprints;

namespace Claimtrail.Media;

/// <summary>What a file's first bytes show it to be.</summary>
/// <param name="Kind">Image or video.</param>
/// <param name="MimeType">The MIME type of the container or image format.</param>
public readonly record struct MediaType(MediaKind Kind, string MimeType);
