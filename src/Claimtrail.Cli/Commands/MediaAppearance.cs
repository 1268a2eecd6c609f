namespace Claimtrail.Cli.Commands;

/// <summary>Where a media file appeared, as <c>media find</c> and <c>media show</c> print it.</summary>
/// <param name="Reference">The path in the export or on disk, or the URL.</param>
/// <param name="SeenAt">When the ledger stored the appearance.</param>
/// <param name="ReportId">The report (post) that carried it; null for a file ingested on its own.</param>
/// <param name="Source">The report's source (URL, or the export's path and message).</param>
/// <param name="Publisher">Who published the report, when known.</param>
/// <param name="Published">When the report was published, when known.</param>
public sealed record MediaAppearance(string Reference, DateTimeOffset SeenAt, string? ReportId, string? Source, string? Publisher, DateTimeOffset? Published);
