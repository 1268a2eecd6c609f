using Claimtrail.Media;

namespace Claimtrail.Cli.Commands;

/// <summary>One media reference of a post after fingerprinting: the file's fingerprint, or why there is none.</summary>
/// <param name="Reference">The reference as the post gives it.</param>
/// <param name="File">The fingerprinted file, when it was found and read.</param>
/// <param name="Error">Why a file that is there could not be fingerprinted.</param>
/// <param name="Absent">Why the file is not read (outside the export, not a photo or video): a skip, not a failure.</param>
public sealed record FingerprintedMedia(string Reference, MediaFile? File, string? Error, string? Absent);
